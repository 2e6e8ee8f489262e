import { defineRule } from "../types.js";
import raw from "./e-prime.yaml";
import { compileList, reportList } from "./list-rule.js";

/** As e-prime: curly apostrophes count as straight ones ("it’s"). */
const compiled = compileList(raw, "tone/e-prime", { foldQuotes: true });

/** write-good's E-Prime check (off by default): every form of "to be". */
export default defineRule({
  id: "tone/e-prime",
  category: "tone",
  meta: {
    description: compiled.list.description,
    defaultSeverity: "off",
    fixable: false,
  },
  checkDocument(document, context) {
    reportList(compiled, document, context);
  },
});
