import { defineRule } from "../types.js";
import { appendParagraph, normalizeSpace } from "../document/edits.js";
import { aiTag, declaresAi, disclosureLabel } from "./tag.js";

/**
 * `ai: assisted|generated` copy whose visible body lacks the channel's disclosure label. Visible
 * means prose: text in front matter, HTML comments, tags and URLs does not count. The comparison
 * is exact and case-sensitive, with runs of white space (and Markdown emphasis marks) ignored.
 */
export default defineRule({
  id: "disclosure/missing-label",
  category: "disclosure",
  meta: {
    description: "AI-assisted copy without its visible disclosure label",
    defaultSeverity: "warning",
    fixable: true,
  },
  checkDocument(document, context) {
    const tag = aiTag(document);
    if (!tag || !declaresAi(tag.value)) return;
    const label = disclosureLabel(context.config, context.channel);
    if (!label || normalizeSpace(label) === "") return;
    const visible = normalizeSpace(document.blocks.map((b) => b.text).join("\n"));
    if (visible.includes(normalizeSpace(label))) return;
    const where = context.channel && context.config.disclosure.labels[context.channel.name] !== undefined ? `the "${context.channel.name}" channel's label` : "the disclosure label";
    const fix = appendParagraph(document, label.trim());
    context.report({
      range: tag.range,
      message:
        `This copy is tagged \`ai: ${tag.value}\` but does not show ${where}, "${label.trim()}". Readers must be told, in the copy itself, that AI helped write it. ` +
        "Add the label exactly as configured (the quick fix adds it as the last paragraph); text inside HTML comments does not count.",
      ...(fix ? { fix } : {}),
    });
  },
});
