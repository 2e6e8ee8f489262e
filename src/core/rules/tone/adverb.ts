import { defineRule } from "../types.js";
import raw from "./adverb.yaml";
import { compileList, reportList } from "./list-rule.js";

const compiled = compileList(raw, "tone/adverb");

/** write-good's adverb-where check: -ly adverbs and "just", "maybe", "stuff", "things". */
export default defineRule({
  id: "tone/adverb",
  category: "tone",
  meta: {
    description: compiled.list.description,
    defaultSeverity: "info",
    fixable: false,
  },
  checkDocument(document, context) {
    reportList(compiled, document, context);
  },
});
