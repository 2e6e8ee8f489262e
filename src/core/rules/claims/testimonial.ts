import { defineRule } from "../types.js";
import { registerSpans, shownText } from "./analyze.js";
import { contains, formatMessage } from "./list.js";
import { testimonialList, testimonials } from "./quotes.js";

/**
 * Testimonials: quoted endorsements without a named person, and "customers say …". Phrases and
 * quotation cues: `testimonial.yaml`. A document rule, because the `— Name` line that credits a
 * quotation may open the next block.
 */
export default defineRule({
  id: "claims/testimonial",
  category: "claims",
  meta: { description: testimonialList.description, defaultSeverity: "info", fixable: false },
  checkDocument(document, context) {
    const blocks = document.blocks;
    for (const [i, block] of blocks.entries()) {
      const next = blocks[i + 1];
      // A block's testimonials depend on its kind and text and on the block after it (the credit
      // line), besides the configuration: with a LintCache, an edit re-checks only those blocks.
      // (Joined: a flat string, see writeGoodRunKey.)
      const key = () => [block.kind, "|", block.text.length, "|", block.text, next === undefined ? "" : "|", next === undefined ? "" : next.text].join("");
      context.cached(key, block.range[0], () => {
        const found = testimonials(block, next, context.config.brand);
        if (found.length === 0) return;
        const { cleared } = registerSpans(block.text, context);
        const base = block.range[0];
        for (const span of found) {
          if (cleared.some((r) => contains(r, span))) continue;
          const match = shownText(block.text, span);
          context.report({ range: [base + span.start, base + span.end], message: formatMessage(testimonialList.message, { match }), data: { match } });
        }
      });
    }
  },
});
