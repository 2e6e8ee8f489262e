import { defineRule } from "../types.js";
import { directives } from "../../document/directives.js";

/** `<!-- copydesk claim: ID -->` naming an id that the approved-claims register does not have. */
export default defineRule({
  id: "claims/unknown-reference",
  category: "claims",
  meta: { description: "An inline claim reference to an id that is not in the register", defaultSeverity: "error", fixable: false },
  checkDocument(document, context) {
    const { entries, registerPath } = context.config.claims;
    for (const d of directives(document)) {
      if (d.kind !== "claim" || entries.some((e) => e.id === d.id)) continue;
      const where = registerPath ? `the claims register (${registerPath})` : "a claims register (none is configured: set `claims.register` in copydesk.yaml)";
      const known = entries.length > 0 ? ` Known ids: ${entries.slice(0, 8).map((e) => e.id).join(", ")}${entries.length > 8 ? ", …" : ""}.` : "";
      context.report({
        range: d.idRange,
        message:
          `The claim reference "${d.id}" is not in ${where}, so it clears nothing: the claims on the next line still need legal review. ` +
          `Fix the id, or have legal add the approved claim with its evidence to the register.${known}`,
        data: { match: d.id, id: d.id },
      });
    }
  },
});
