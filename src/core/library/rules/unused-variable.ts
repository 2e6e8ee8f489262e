import { defineGovernanceRule } from "./types.js";
import { declaredVariables } from "./helpers.js";

/** A variable declared under `variables:` that the template never uses. */
export default defineGovernanceRule({
  id: "library/unused-variable",
  category: "library",
  meta: {
    description: "A declared variable the template never uses",
    defaultSeverity: "warning",
    fixable: false,
  },
  check(prompt, context) {
    if (prompt.template.error || prompt.template.skipped) return;
    const used = new Set(prompt.template.tags.map((t) => t.variable));
    for (const name of declaredVariables(prompt)) {
      if (used.has(name)) continue;
      context.report({
        range: prompt.locate(["variables", name], true),
        message: `The variable \`${name}\` is declared but the template never uses {{${name}}}, so writers are asked for a value that changes nothing. Use it in the template, or remove the declaration.`,
      });
    }
  },
});
