import { defineRule } from "../types.js";
import { directives } from "../../document/directives.js";
import { claimStatus } from "../../claims/register.js";
import { blockClaims, shownText } from "./analyze.js";

/**
 * An approved-claims register entry whose approval has expired: where its phrase appears in copy
 * (replacing the phrase's ordinary claims findings), and where an inline reference cites it.
 */
export default defineRule({
  id: "claims/expired",
  category: "claims",
  meta: { description: "A claim whose register approval has expired", defaultSeverity: "warning", fixable: false },
  checkBlock(block, context) {
    const base = block.range[0];
    for (const phrase of blockClaims(block, context).expired) {
      const match = shownText(block.text, phrase);
      const { id, expires } = phrase.entry;
      context.report({
        range: [base + phrase.start, base + phrase.end],
        message:
          `"${match}" is approved by claims register entry ${id} only until ${expires}, and that approval has expired, ` +
          "so the claim is unapproved again. Ask legal to renew the approval with current evidence (and update `expires:` in the register), " +
          "or remove or reword the claim.",
        data: { match, id, expires: expires ?? "" },
      });
    }
  },
  checkDocument(document, context) {
    for (const d of directives(document)) {
      if (d.kind !== "claim") continue;
      const entry = context.config.claims.entries.find((e) => e.id === d.id);
      if (!entry || claimStatus(entry, context.channel?.name, context.today) !== "expired") continue;
      context.report({
        range: d.idRange,
        message:
          `This reference cites claims register entry ${d.id}, whose approval expired on ${entry.expires}, so it no longer clears the claims on the next line. ` +
          "Ask legal to renew the approval with current evidence (and update `expires:` in the register), or remove or reword the claim.",
        data: { match: d.id, id: d.id, expires: entry.expires ?? "" },
      });
    }
  },
});
