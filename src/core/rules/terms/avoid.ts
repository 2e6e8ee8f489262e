import { defineRule } from "../types.js";
import { glossary } from "./glossary.js";

export default defineRule({
  id: "terms/avoid",
  category: "terms",
  meta: {
    description: "Avoid words the brand glossary rules out",
    defaultSeverity: "warning",
    fixable: false,
  },
  checkBlock(block, context) {
    const { avoid } = glossary(context.config);
    const base = block.range[0];
    for (const m of avoid.findAll(block.text)) {
      const found = block.text.slice(m.start, m.end);
      const advice = m.value.message ?? "Rephrase without it.";
      context.report({
        range: [base + m.start, base + m.end],
        message: `Avoid "${found}": the brand glossary rules it out. ${advice}`,
        data: { found },
      });
    }
  },
});
