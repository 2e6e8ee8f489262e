import { defineGovernanceRule } from "./types.js";
import { idOf } from "./helpers.js";

/**
 * A deprecated prompt without `replacedBy`, or whose `replacedBy` names no prompt, a retired one,
 * itself, or leads back to itself through other deprecated prompts (a cycle).
 */
export default defineGovernanceRule({
  id: "library/replacement-missing",
  category: "library",
  meta: {
    description: "A deprecated prompt with no usable replacement",
    defaultSeverity: "warning",
    fixable: false,
  },
  check(prompt, context) {
    if (prompt.fields.status !== "deprecated") return;
    const id = idOf(prompt);
    const target = prompt.fields.replacedBy;
    if (target === undefined || target === null) {
      if (prompt.raw?.replacedBy !== undefined && prompt.raw?.replacedBy !== null) return; // invalid value: library/schema
      context.report({
        range: prompt.locate(["status"]),
        message: `${id} is deprecated but names no replacement, so writers who meet it are left without a way forward. Add \`replacedBy: <prompt id>\`, or retire it if nothing replaces it.`,
      });
      return;
    }
    const at = prompt.locate(["replacedBy"]);
    if (target === prompt.fields.id) {
      context.report({ range: at, message: `${id} names itself as its replacement. Set \`replacedBy\` to the prompt writers should use instead.` });
      return;
    }
    const replacement = context.library.prompt(target);
    if (!replacement) {
      context.report({ range: at, message: `${id} is replaced by "${target}", but the library has no prompt with that id. Fix the id, or add the replacement prompt.` });
      return;
    }
    if (replacement.status === "retired") {
      context.report({ range: at, message: `${id} is replaced by "${target}", which is retired. Point \`replacedBy\` at a prompt writers can still use.` });
      return;
    }
    // Follow the chain through deprecated prompts; coming back to a prompt already seen is a cycle.
    const chain = [prompt.fields.id ?? id, target];
    let current = replacement;
    while (current.status === "deprecated" && current.replacedBy) {
      if (chain.includes(current.replacedBy)) {
        chain.push(current.replacedBy);
        context.report({ range: at, message: `The replacements form a cycle: ${chain.join(" → ")}. Writers following it never reach a usable prompt. Point one of them at an approved prompt.` });
        return;
      }
      chain.push(current.replacedBy);
      const next = context.library.prompt(current.replacedBy);
      if (!next) return; // the broken link is reported on the prompt that has it
      current = next;
    }
  },
});
