import { defineRule } from "../types.js";
import { isJsSpaceCode } from "../../text/words.js";
import { isWordCodeAt, reportStart, wordAt, writeGoodPieces } from "./sentence-start.js";
import { forEachRun } from "./runs.js";

/**
 * write-good's "there is / there are" check: a sentence (as write-good splits them) that opens with
 * "there", one whitespace character, then "is" or "are" as a word.
 */
export default defineRule({
  id: "tone/there-is",
  category: "tone",
  meta: {
    description: "Sentences that start with “There is” or “There are”",
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    forEachRun(document, context, (block) => {
      const pieces = writeGoodPieces(document, block);
      const text = block.text;
      const base = block.range[0];
      for (const s of pieces) {
        const at = s.first;
        if (!wordAt(text, at, "there") || at + 6 > s.end || !isJsSpaceCode(text.charCodeAt(at + 5))) continue;
        const verb = wordAt(text, at + 6, "is") ? 2 : wordAt(text, at + 6, "are") ? 3 : 0;
        if (verb === 0 || at + 6 + verb > s.end || isWordCodeAt(text, at + 6 + verb, s.end)) continue;
        const start = reportStart(document, block, s);
        const end = at + 6 + verb;
        const phrase = text.slice(at, at + 6 + verb).replace(/\s/, " ");
        context.report({
          range: [base + start, base + end],
          message: `“${phrase}” at the start of a sentence is unnecessary verbiage: it delays the subject. Start with the thing itself (“Three plans are available”, not “There are three plans”).`,
          data: { match: phrase },
        });
      }
    });
  },
});
