import { defineRule } from "../types.js";
import { isJsSpaceCode } from "../../text/words.js";
import { forEachSentenceOpening, isWordCodeAt, wordAt } from "./sentence-start.js";

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
    forEachSentenceOpening(document, context, ({ text, piece, base, reportStart }) => {
      const at = piece.first;
      if (!wordAt(text, at, "there") || at + 6 > piece.end || !isJsSpaceCode(text.charCodeAt(at + 5))) return;
      const verb = wordAt(text, at + 6, "is") ? 2 : wordAt(text, at + 6, "are") ? 3 : 0;
      if (verb === 0 || at + 6 + verb > piece.end || isWordCodeAt(text, at + 6 + verb, piece.end)) return;
      const end = at + 6 + verb;
      const phrase = text.slice(at, end).replace(/\s/, " ");
      context.report({
        range: [reportStart(), base + end],
        message: `“${phrase}” at the start of a sentence is unnecessary verbiage: it delays the subject. Start with the thing itself (“Three plans are available”, not “There are three plans”).`,
        data: { match: phrase },
      });
    });
  },
});
