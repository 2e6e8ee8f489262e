import { defineRule } from "../types.js";
import { glossary, keepCase } from "./glossary.js";

export default defineRule({
  id: "terms/use",
  category: "terms",
  meta: {
    description: "Use the brand glossary's approved form",
    defaultSeverity: "warning",
    fixable: true,
  },
  checkBlock(block, context) {
    const { use } = glossary(context.config);
    const base = block.range[0];
    for (const m of use.findAll(block.text, false)) {
      const found = block.text.slice(m.start, m.end);
      if (m.value.exactCase && found !== m.value.variant) continue;
      const replacement = m.value.exactCase ? m.value.use : keepCase(found, m.value.use);
      if (replacement === found) continue;
      const why = m.value.message ?? "The glossary keeps the brand's words consistent across every channel.";
      context.report({
        range: [base + m.start, base + m.end],
        message: `Write "${replacement}", not "${found}". ${why}`,
        fix: { range: [base + m.start, base + m.end], text: replacement },
        data: { found, use: m.value.use },
      });
    }
  },
});
