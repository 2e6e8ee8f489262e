import type { FindingSeverity } from "../../config/schema.js";
import { defineRule, type Rule } from "../types.js";
import { claimsOf, shownText } from "./analyze.js";
import { LISTS, type PhraseCategory } from "./detect.js";
import { formatMessage } from "./list.js";

/**
 * A claims rule that reports the phrases of one category found by the shared block analysis. Its
 * title and message come from the category's list (`<category>.yaml`).
 */
export function phraseCategoryRule(category: PhraseCategory, defaultSeverity: FindingSeverity): Rule {
  const list = LISTS[category];
  return defineRule({
    id: `claims/${category}`,
    category: "claims",
    meta: { description: list.description, defaultSeverity, fixable: false },
    checkBlock(block, context) {
      const base = block.range[0];
      for (const claim of claimsOf(block, context, category)) {
        const match = shownText(block.text, claim);
        context.report({
          range: [base + claim.start, base + claim.end],
          message: formatMessage(list.message, { match }),
          data: { match, category },
        });
      }
    },
  });
}
