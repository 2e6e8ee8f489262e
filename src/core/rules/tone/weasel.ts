import { defineRule } from "../types.js";
import raw from "./weasel.yaml";
import { compileList, reportList } from "./list-rule.js";

const compiled = compileList(raw, "tone/weasel");
/** Words allowed right after "too " (write-good: "too many", "too few"). */
const afterToo = new Set((compiled.list.exceptions ?? []).map((e) => e.replace(/^too /i, "").toLowerCase()));

/** write-good's weasel-words check: "very", "quite", "extremely", "many"… */
export default defineRule({
  id: "tone/weasel",
  category: "tone",
  meta: {
    description: compiled.list.description,
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    reportList(compiled, document, context, (run, start, end) => {
      if (!afterToo.has(run.text.slice(start, end).toLowerCase())) return;
      // As write-good: `text.substr(index - 4, 4)` on the whole text (near the very start, a negative
      // index counts from the end, as `substr` does), compared case-sensitively.
      const before = start >= 4 ? run.text.substr(start - 4, 4) : document.text.substr(run.range[0] + start - 4, 4);
      return { skip: before === "too " };
    });
  },
});
