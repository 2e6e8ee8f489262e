import { defineGovernanceRule } from "./types.js";

/** Two prompt files with one id: both are reported, each naming the other. */
export default defineGovernanceRule({
  id: "library/duplicate-id",
  category: "library",
  meta: {
    description: "Two prompts with the same id",
    defaultSeverity: "error",
    fixable: false,
  },
  check(prompt, context) {
    const id = prompt.fields.id;
    if (id === undefined) return;
    const others = context.library.withId(id).filter((e) => e.path !== context.entry.path);
    if (others.length === 0) return;
    const names = others.map((e) => e.relativePath).join(", ");
    context.report({
      range: prompt.locate(["id"]),
      message: `The id "${id}" is also used by ${names}. Provenance stamps and the prompt picker find prompts by id, so each id must be unique. Rename one of them (and keep the other's id, which copy may already cite).`,
    });
  },
});
