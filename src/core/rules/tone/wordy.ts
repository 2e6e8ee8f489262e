import { defineRule } from "../types.js";
import raw from "./wordy.yaml";
import { matchCase } from "./data.js";
import { compileList, reportList } from "./list-rule.js";

/** As too-wordy: flexible spaces, and no match right after a hyphen. */
const compiled = compileList(raw, "tone/wordy", { flexibleSpaces: true, notAfterHyphen: true });
const swaps = compiled.list.swap ?? {};
const swapMessage = compiled.list.swapMessage ?? compiled.list.message;

/**
 * write-good's too-wordy check: "in order to", "utilize", "due to the fact that"… Where one plain
 * word or phrase always says the same (the list's `swap:`), the fix puts it in, keeping the case of
 * what was written.
 */
export default defineRule({
  id: "tone/wordy",
  category: "tone",
  meta: {
    description: compiled.list.description,
    defaultSeverity: "warning",
    fixable: true,
  },
  checkDocument(document, context) {
    reportList(compiled, document, context, (run, start, end, phrase) => {
      const swap = swaps[phrase.toLowerCase()];
      if (swap === undefined) return;
      return { template: swapMessage, replacement: matchCase(run.text.slice(start, end), swap) };
    });
  },
});
