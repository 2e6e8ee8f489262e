import { defineGovernanceRule } from "./types.js";
import { approvals, idOf } from "./helpers.js";

/** An approved prompt past `reviewBy`, or past its last approval plus `library.reviewEveryDays`. */
export default defineGovernanceRule({
  id: "library/review-overdue",
  category: "library",
  meta: {
    description: "An approved prompt that is due for review",
    defaultSeverity: "warning",
    fixable: false,
  },
  check(prompt, context) {
    if (prompt.fields.status !== "approved") return;
    const id = idOf(prompt);
    const how = `Review it: re-approve it if it still holds (\`copydesk library approve ${prompt.fields.id ?? "ID"}\`), or deprecate it.`;
    const reviewBy = prompt.fields.reviewBy;
    if (reviewBy !== undefined) {
      if (reviewBy < context.today) {
        context.report({ range: prompt.locate(["reviewBy"]), message: `${id} was due for review on ${reviewBy}. Approved prompts go stale as products, prices and policies change. ${how}` });
      }
      return;
    }
    const last = approvals(prompt).filter((a) => a.approval.role === "librarian").pop();
    if (!last) return;
    const days = context.config.library.reviewEveryDays;
    const due = addDays(last.approval.date, days);
    if (due < context.today) {
      context.report({
        range: prompt.locate(["approvals", last.index, "date"]),
        message: `${id} was last approved on ${last.approval.date}; with reviews every ${days} days (\`library.reviewEveryDays\`) it was due on ${due}. ${how}`,
      });
    }
  },
});

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
