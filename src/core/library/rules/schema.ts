import { defineGovernanceRule } from "./types.js";

/**
 * Front matter and template problems: unreadable files, YAML errors (duplicate keys included),
 * fields missing, of the wrong type or unknown, and templates Mustache cannot parse.
 */
export default defineGovernanceRule({
  id: "library/schema",
  category: "library",
  meta: {
    description: "A prompt file whose front matter or template is not valid",
    defaultSeverity: "error",
    fixable: false,
  },
  check(prompt, context) {
    for (const problem of prompt.problems) context.report({ range: problem.range, message: problem.message });
  },
});
