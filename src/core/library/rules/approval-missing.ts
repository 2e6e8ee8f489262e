import { defineGovernanceRule } from "./types.js";
import { currentApprovals, idOf } from "./helpers.js";

/** `status: approved` without a librarian approval recorded for the current version. */
export default defineGovernanceRule({
  id: "library/approval-missing",
  category: "library",
  meta: {
    description: "An approved prompt with no approval for its current version",
    defaultSeverity: "warning",
    fixable: false,
  },
  check(prompt, context) {
    const { status, version } = prompt.fields;
    if (status !== "approved" || version === undefined) return;
    if (currentApprovals(prompt).some((a) => a.approval.role === "librarian")) return;
    const older = (prompt.fields.approvals ?? []).filter((a) => a.role === "librarian").map((a) => a.version);
    const why = older.length ? ` (the last librarian approval is for ${older[older.length - 1]})` : "";
    context.report({
      range: prompt.locate(["status"]),
      message:
        `${idOf(prompt)} says \`status: approved\` but no librarian approved version ${version}${why}, so writers would be offered content nobody signed off. ` +
        `Set \`status: review\` and ask a librarian to run \`copydesk library approve ${prompt.fields.id ?? "ID"}\`.`,
    });
  },
});
