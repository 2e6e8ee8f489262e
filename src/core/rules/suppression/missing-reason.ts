import { defineRule } from "../types.js";
import { directives } from "../../document/directives.js";

/** The placeholder the fix writes; the writer replaces it with the real reason. */
export const REASON_PLACEHOLDER = "<reason>";

/**
 * A `copydesk-disable` or `copydesk-disable-next-line` comment without a reason after `--` (or with
 * an empty one). The suppression still applies; `copydesk-enable` needs no reason.
 */
export default defineRule({
  id: "suppression/missing-reason",
  category: "suppression",
  meta: {
    description: "A suppression comment without a reason",
    defaultSeverity: "warning",
    fixable: true,
  },
  checkDocument(document, context) {
    for (const d of directives(document)) {
      if ((d.kind !== "disable" && d.kind !== "disable-next-line") || d.reason !== undefined) continue;
      const { body, bodyStart, range } = d.comment;
      const end = bodyStart + body.trimEnd().length;
      const hasDashes = /(^|\s)--\s*$/.test(body);
      const what = `copydesk-${d.kind}${d.targets.length ? ` ${d.targets.join(" ")}` : ""}`;
      context.report({
        range,
        message:
          `This \`${what}\` comment gives no reason. Suppressions are audited, so each one must say why the finding does not apply. ` +
          "Add the reason after `--`, for example `-- approved in LEGAL-221`. The suppression still applies meanwhile.",
        fix: { range: [end, end], text: hasDashes ? ` ${REASON_PLACEHOLDER}` : ` -- ${REASON_PLACEHOLDER}` },
      });
    }
  },
});
