import type { Range } from "../../text/line-index.js";
import type { ParsedPrompt } from "../prompt.js";
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
    const review = reviewDue(prompt, context.config.library.reviewEveryDays);
    if (!review || review.date >= context.today) return;
    const id = idOf(prompt);
    const how = `Review it: re-approve it if it still holds (\`copydesk library approve ${prompt.fields.id ?? "ID"}\`), or deprecate it.`;
    context.report({
      range: review.range,
      message:
        review.from === "reviewBy"
          ? `${id} was due for review on ${review.date}. Approved prompts go stale as products, prices and policies change. ${how}`
          : `${id} was last approved on ${review.approved}; with reviews every ${review.days} days (\`library.reviewEveryDays\`) it was due on ${review.date}. ${how}`,
    });
  },
});

/** When a prompt is due for review: its `reviewBy`, else its last librarian approval plus `reviewEveryDays`. */
export type ReviewDue =
  | { readonly from: "reviewBy"; readonly date: string; readonly range: Range }
  | { readonly from: "approval"; readonly date: string; readonly range: Range; readonly approved: string; readonly days: number };

export function reviewDue(prompt: ParsedPrompt, reviewEveryDays: number): ReviewDue | undefined {
  const reviewBy = prompt.fields.reviewBy;
  if (reviewBy !== undefined) return { from: "reviewBy", date: reviewBy, range: prompt.locate(["reviewBy"]) };
  const last = approvals(prompt).filter((a) => a.approval.role === "librarian").pop();
  if (!last) return undefined;
  return {
    from: "approval",
    date: addDays(last.approval.date, reviewEveryDays),
    range: prompt.locate(["approvals", last.index, "date"]),
    approved: last.approval.date,
    days: reviewEveryDays,
  };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
