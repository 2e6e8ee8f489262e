import { z } from "zod";
import { defineRule } from "../types.js";
import { sentencesOf } from "../../text/sentences.js";
import { firstWordEndingAfter, proseWords } from "../../text/words.js";

const Options = z.strictObject({
  max: z.number().int().positive().default(30).describe("Words allowed in a sentence when the document's channel sets no `maxSentenceWords`."),
});

/**
 * Sentences longer than the channel's `maxSentenceWords` (else the `max` option, 30 words). Words
 * are counted as a reader counts them: `don't`, `e-mail` and `3.5` are one word each. Tables are
 * left out: their cells are fragments, not sentences.
 */
export default defineRule<z.infer<typeof Options>>({
  id: "tone/sentence-length",
  category: "tone",
  meta: {
    description: "Sentences over the word limit",
    defaultSeverity: "info",
    fixable: false,
    options: Options,
    scopes: ["paragraph", "heading", "html"],
  },
  checkBlock(block, context) {
    const limit = context.channel?.maxSentenceWords ?? context.options.max;
    const words = proseWords(block);
    if (words.count <= limit) return;
    const whose = context.channel?.maxSentenceWords !== undefined ? `the ${context.channel.name} channel's limit` : "the limit";
    for (const sentence of sentencesOf(block)) {
      const first = firstWordEndingAfter(words, sentence.start);
      const after = firstWordEndingAfter(words, sentence.end);
      const count = after - first;
      if (count <= limit) continue;
      context.report({
        range: [block.range[0] + sentence.start, block.range[0] + sentence.end],
        message:
          `This sentence has ${count} words, over ${whose} of ${limit}: long sentences lose readers, especially on phones. ` +
          "Split it where the thought turns (at “and”, “but”, “which”), or cut what the reader does not need.",
        data: { words: count, limit },
      });
    }
  },
});
