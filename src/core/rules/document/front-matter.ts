import { defineRule } from "../types.js";
import type { Range } from "../../text/line-index.js";

const WHY = "Until it is fixed, Copydesk cannot read this document's metadata (`channel:`, `ai:`, `reviewedBy:`), so channel and disclosure checks run without it.";

/**
 * Front matter that does not parse as YAML, is not a mapping, or is never closed (a Copydesk
 * addition to the specification's table). Other rules skip the metadata of such a document.
 */
export default defineRule({
  id: "document/front-matter",
  category: "document",
  meta: {
    description: "Front matter that is not a readable YAML mapping",
    defaultSeverity: "error",
    fixable: false,
  },
  checkDocument(document, context) {
    for (const problem of document.structureProblems) {
      if (!/front matter/i.test(problem.message)) continue;
      context.report({ range: problem.range, message: problem.message });
    }
    for (const error of document.frontMatter?.errors ?? []) {
      const how = /mapping/.test(error.message) ? "" : " Correct the YAML here (quote values that contain `: ` or start with a special character such as `*`, `&`, `@` or `%`).";
      context.report({ range: widen(document.text, error.range), message: `${error.message}${how} ${WHY}` });
    }
  },
});

/** A one-character YAML error position, widened to the word it starts, so the editor's squiggle is visible. */
function widen(text: string, range: Range): Range {
  if (range[1] - range[0] !== 1 || !/[\p{L}\p{N}_]/u.test(text[range[0]] ?? "")) return range;
  let end = range[1];
  while (end < text.length && /[\p{L}\p{N}_-]/u.test(text[end]!)) end++;
  return [range[0], end];
}
