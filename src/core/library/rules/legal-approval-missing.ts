import { defineGovernanceRule } from "./types.js";
import { currentApprovals, idOf } from "./helpers.js";

/** `risk: high` approved without a `role: legal` approval of the current version. */
export default defineGovernanceRule({
  id: "library/legal-approval-missing",
  category: "library",
  meta: {
    description: "A high-risk prompt approved without legal approval",
    defaultSeverity: "warning",
    fixable: false,
  },
  check(prompt, context) {
    const { risk, status, version } = prompt.fields;
    if (risk !== "high" || (status !== "approved" && status !== "deprecated") || version === undefined) return;
    if (currentApprovals(prompt).some((a) => a.approval.role === "legal")) return;
    context.report({
      range: prompt.locate(["risk"]),
      message:
        `${idOf(prompt)} is \`risk: high\` and ${status}, but version ${version} has no legal approval. High-risk prompts (claims, pricing, regulated topics) need legal sign-off before writers use them. ` +
        `Ask legal to review and record it: \`copydesk library approve ${prompt.fields.id ?? "ID"} --role legal --by "Name <email>"\`.`,
    });
  },
});
