import { defineRule } from "../types.js";
import { directives } from "../../document/directives.js";
import type { CopyDocument } from "../../document/index.js";
import type { Range } from "../../text/line-index.js";
import { insertFrontMatterEntry } from "../document/edits.js";
import { frontMatterEntry } from "./tag.js";

/**
 * Copy with no `ai:` tag where one is required: by the channel (`requireAi`), by policy
 * (`disclosure.requireTag`), or because the copy carries a prompt provenance stamp.
 */
export default defineRule({
  id: "disclosure/missing-tag",
  category: "disclosure",
  meta: {
    description: "Copy with no AI-disclosure tag where one is required",
    defaultSeverity: "warning",
    fixable: true,
  },
  checkDocument(document, context) {
    const fm = document.frontMatter;
    // Unreadable or unclosed front matter is document/front-matter's finding; the tag may be in it.
    if ((fm && !fm.data) || document.structureProblems.length > 0) return;
    if (fm?.data && Object.prototype.hasOwnProperty.call(fm.data, "ai")) return;

    const stamp = directives(document).find((d) => d.kind === "prompt");
    const promptEntry = frontMatterEntry(document, "prompt");
    const promptRef = stamp?.kind === "prompt" ? (stamp.version ? `${stamp.id}@${stamp.version}` : stamp.id) : promptName(promptEntry?.value);

    let why: string;
    let range: Range;
    if (promptRef !== undefined) {
      why = `it carries the provenance stamp of prompt ${promptRef}, so it was made with AI`;
      range = stamp ? stamp.comment.range : promptEntry!.range;
    } else if (context.channel?.requireAi) {
      why = `the "${context.channel.name}" channel requires one (requireAi)`;
      range = firstLine(document);
    } else if (context.config.disclosure.requireTag) {
      why = "the disclosure policy requires one on all copy (disclosure.requireTag)";
      range = firstLine(document);
    } else return;

    const fix = insertFrontMatterEntry(document, "ai: assisted");
    context.report({
      range,
      message:
        `This copy has no \`ai:\` tag in its front matter, but ${why}. The tag is how reviewers, reports and readers know how the copy was made. ` +
        "Add `ai: none`, `ai: assisted` or `ai: generated` to the front matter (the quick fix adds `ai: assisted`; change it if that is not right).",
      ...(fix ? { fix } : {}),
    });
  },
});

/** The front matter's opening fence, else the first line of the body, as the place to show a document-level finding. */
function firstLine(document: CopyDocument): Range {
  const at = document.frontMatter ? document.frontMatter.range[0] : document.bodyStart;
  const line = document.lines.lineAt(at);
  return [at, Math.max(at, document.lines.lineEnd(line))];
}

/** A front-matter `prompt:` stamp as text (`id@version`, or an `{id, version}` mapping); undefined when empty. */
function promptName(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const { id, version } = value as { id?: unknown; version?: unknown };
    if (typeof id === "string" && id.trim()) return version !== undefined && version !== null ? `${id.trim()}@${String(version)}` : id.trim();
  }
  return undefined;
}
