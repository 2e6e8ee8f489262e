import { defineRule } from "../types.js";
import { AI_VALUES, aiTag, isAiValue, shown } from "./tag.js";

/** An `ai:` value outside `none | assisted | generated`, at the value in the front matter. */
export default defineRule({
  id: "disclosure/invalid",
  category: "disclosure",
  meta: {
    description: "An AI-disclosure tag outside the vocabulary",
    defaultSeverity: "error",
    fixable: true,
  },
  checkDocument(document, context) {
    const tag = aiTag(document);
    if (!tag || isAiValue(tag.value)) return;
    const lower = typeof tag.value === "string" ? tag.value.trim().toLowerCase() : undefined;
    const fixTo = lower !== undefined && isAiValue(lower) ? lower : undefined;
    const written = document.text.slice(tag.valueRange[0], tag.valueRange[1]);
    const empty = tag.valueRange[0] === tag.valueRange[1];
    context.report({
      range: empty ? tag.keyRange : tag.valueRange,
      message:
        `\`ai:\` is ${shown(tag.value)}, which is not an AI-disclosure value. Reports, filters and the other disclosure checks only understand ${AI_VALUES.map((v) => `\`${v}\``).join(", ")}. ` +
        (fixTo ? `Write \`${fixTo}\` in lower case.` : "Use one of them: `none` for human-written copy, `assisted` when AI helped, `generated` when AI wrote it."),
      ...(fixTo && !empty && !/^["']/.test(written) ? { fix: { range: tag.valueRange, text: fixTo } } : {}),
    });
  },
});
