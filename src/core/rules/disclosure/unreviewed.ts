import { defineRule } from "../types.js";
import { aiTag, declaresAi, frontMatterEntry } from "./tag.js";

/** `ai: assisted|generated` copy without a non-empty `reviewedBy:`. */
export default defineRule({
  id: "disclosure/unreviewed",
  category: "disclosure",
  meta: {
    description: "AI-assisted copy with no named human reviewer",
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    const tag = aiTag(document);
    if (!tag || !declaresAi(tag.value)) return;
    const reviewer = frontMatterEntry(document, "reviewedBy");
    if (reviewer && named(reviewer.value)) return;
    const problem = reviewer ? "its `reviewedBy:` is empty" : "it has no `reviewedBy:`";
    context.report({
      range: reviewer ? reviewer.range : tag.range,
      message:
        `This copy is tagged \`ai: ${tag.value}\` but ${problem}. AI-made copy needs a named person who checked it before it ships. ` +
        "Once someone has reviewed it, add `reviewedBy: <their name>` to the front matter.",
    });
  },
});

function named(value: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => typeof v === "string" && v.trim() !== "");
  return false;
}
