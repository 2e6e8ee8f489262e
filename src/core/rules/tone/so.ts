import { defineRule } from "../types.js";
import { isWordCodeAt, reportStart, wordAt, writeGoodPieces } from "./sentence-start.js";
import { forEachRun } from "./runs.js";

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
    forEachRun(document, context, (block) => {
      const pieces = writeGoodPieces(document, block);
      const text = block.text;
      const base = block.range[0];
      for (const s of pieces) {
        const at = s.first;
        if (!wordAt(text, at, "so") || at + 2 >= s.end || isWordCodeAt(text, at + 2, s.end)) continue;
        const start = reportStart(document, block, s);
        const word = text.slice(at, at + 2);
        context.report({
          range: [base + start, base + start + 2],
          message: `Starting a sentence with “${word}” adds no meaning: it reads as filler, and delays the point. Cut it and start with what follows.`,
          data: { match: word },
        });
      }
    });
  },
});
