import { defineRule } from "../types.js";
import { forEachSentenceOpening, isWordCodeAt, wordAt } from "./sentence-start.js";

/**
 * write-good's "starts with so" check: a sentence (as write-good splits them) that opens with "so"
 * as a word and has something after it (`So, we…`, `So-called…`; not a bare `So.`).
 */
export default defineRule({
  id: "tone/so",
  category: "tone",
  meta: {
    description: "Sentences that start with “So”",
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    forEachSentenceOpening(document, context, ({ text, piece, reportStart }) => {
      const at = piece.first;
      if (!wordAt(text, at, "so") || at + 2 >= piece.end || isWordCodeAt(text, at + 2, piece.end)) return;
      const start = reportStart();
      const word = text.slice(at, at + 2);
      context.report({
        range: [start, start + 2],
        message: `Starting a sentence with “${word}” adds no meaning: it reads as filler, and delays the point. Cut it and start with what follows.`,
        data: { match: word },
      });
    });
  },
});
