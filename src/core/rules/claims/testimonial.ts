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
      const found = testimonials(block, blocks[i + 1], context.config.brand);
      if (found.length === 0) continue;
      const { cleared } = registerSpans(block.text, context);
      const base = block.range[0];
      for (const span of found) {
        if (cleared.some((r) => contains(r, span))) continue;
        const match = shownText(block.text, span);
        context.report({ range: [base + span.start, base + span.end], message: formatMessage(testimonialList.message, { match }), data: { match } });
      }
    }
  },
});
