import { defineRule } from "../types.js";
import { provenanceStamps } from "../../library/stamps.js";

/**
 * Copy whose provenance stamp (`<!-- copydesk prompt: id@version -->`, or front matter `prompt:`)
 * names a prompt the library has deprecated or retired. Needs the library (`LintOptions.library`);
 * without one the rule is silent.
 */
export default defineRule({
  id: "library/deprecated-prompt",
  category: "library",
  meta: {
    description: "Copy made with a deprecated or retired prompt",
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    const library = context.library;
    if (!library) return;
    for (const stamp of provenanceStamps(document)) {
      const prompt = library.prompt(stamp.id);
      if (!prompt || (prompt.status !== "deprecated" && prompt.status !== "retired")) continue;
      const ref = stamp.version ? `${stamp.id}@${stamp.version}` : stamp.id;
      const replacement = prompt.replacedBy ? library.prompt(prompt.replacedBy) : undefined;
      const instead = replacement && replacement.status !== "retired"
        ? ` Its replacement is ${replacement.id}${replacement.version ? `@${replacement.version}` : ""}${replacement.title ? ` ("${replacement.title}")` : ""}: regenerate or review this copy with it, then update the stamp.`
        : " Review this copy against current guidance and rework it without the prompt, or with an approved one.";
      context.report({
        range: stamp.range,
        message:
          prompt.status === "retired"
            ? `This copy was made with prompt ${ref}, which the prompt library has retired: it is no longer approved for use.${instead}`
            : `This copy was made with prompt ${ref}, which the prompt library has deprecated.${instead}`,
      });
    }
  },
});
