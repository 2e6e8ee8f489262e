import { defineGovernanceRule } from "./types.js";
import { declaredVariables } from "./helpers.js";
import { editDistance } from "../../text/edit-distance.js";

/** A `{{name}}` in the template with no declaration under `variables:`. */
export default defineGovernanceRule({
  id: "library/undeclared-variable",
  category: "library",
  meta: {
    description: "A template variable with no declaration",
    defaultSeverity: "error",
    fixable: false,
  },
  check(prompt, context) {
    if (!prompt.raw) return; // unreadable front matter: library/schema
    const declared = declaredVariables(prompt);
    for (const tag of prompt.template.tags) {
      if (tag.kind === "partial" || declared.includes(tag.variable)) continue;
      const near = closest(tag.variable, declared);
      context.report({
        range: tag.range,
        message:
          `The template uses {{${tag.name}}}, but \`${tag.variable}\` is not declared under \`variables:\`, so writers are never asked for it and it renders empty. ` +
          (near ? `Did you mean {{${near}}}? ` : "") +
          `Declare it (\`${tag.variable}: { description: …, required: true }\`) or fix the name.`,
      });
    }
  },
});

/** The declared name within two edits, if any. */
function closest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of names) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
