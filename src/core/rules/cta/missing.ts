import { defineRule } from "../types.js";
import type { CopyDocument } from "../../document/index.js";
import type { Range } from "../../text/line-index.js";
import { appendParagraph } from "../document/edits.js";
import { findCta } from "./detect.js";

/**
 * A document whose channel sets `requireCta: true` and that has no call to action (see
 * `detect.ts` for what counts). Shown on the document's first line, so a suppression comment
 * above it applies; the fix adds the first configured CTA phrase as a new last paragraph.
 */
export default defineRule({
  id: "cta/missing",
  category: "cta",
  meta: {
    description: "Copy with no call to action where its channel requires one",
    defaultSeverity: "warning",
    fixable: true,
  },
  checkDocument(document, context) {
    const { channel, config } = context;
    if (!channel?.requireCta) return;
    if (findCta(document, config)) return;
    const phrase = config.cta.phrases.find((p) => p.trim() !== "")?.trim();
    const fix = phrase ? appendParagraph(document, phrase) : undefined;
    const examples = config.cta.phrases.slice(0, 3).map((p) => `"${p}"`).join(", ");
    context.report({
      range: firstLine(document),
      message:
        `This ${channel.name} copy has no call to action, and the "${channel.name}" channel requires one (requireCta), so readers know what to do next. ` +
        `Add a link whose text is an action ("[Shop the sale](…)"), a bold button line, or a configured phrase${examples ? ` such as ${examples}` : ""}.` +
        (fix ? ` The quick fix adds "${phrase}" as the last paragraph.` : ""),
      ...(fix ? { fix } : {}),
    });
  },
});

/** The first line of the body with any text on it (the title, usually), trimmed. */
function firstLine(document: CopyDocument): Range {
  const block = document.blocks[0];
  const at = block ? block.range[0] : document.bodyStart;
  const line = document.lines.lineAt(at);
  const end = Math.max(at, document.lines.lineEnd(line));
  const text = document.text.slice(at, end);
  return [at, at + text.trimEnd().length];
}
