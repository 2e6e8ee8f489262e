import { defineRule } from "../types.js";
import raw from "./cliche.yaml";
import { compileList, reportList } from "./list-rule.js";

/** As no-cliches: a space in a phrase matches any run of whitespace, or none. */
const compiled = compileList(raw, "tone/cliche", { flexibleSpaces: true });

/** write-good's no-cliches check: "avoid like the plague", "think outside the box"… */
export default defineRule({
  id: "tone/cliche",
  category: "tone",
  meta: {
    description: compiled.list.description,
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    reportList(compiled, document, context);
  },
});
