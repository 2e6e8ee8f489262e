import { defineGovernanceRule } from "./types.js";
import { currentApprovals } from "./helpers.js";

/** An approval of the current version whose recorded hash no longer matches the content. */
export default defineGovernanceRule({
  id: "library/approval-stale",
  category: "library",
  meta: {
    description: "The content changed after it was approved",
    defaultSeverity: "error",
    fixable: false,
  },
  check(prompt, context) {
    if (prompt.fields.status === "retired") return;
    const hash = context.hash();
    if (hash === undefined) return;
    for (const { index, approval } of currentApprovals(prompt)) {
      if (approval.hash === hash) continue;
      context.report({
        range: prompt.locate(["approvals", index, "hash"]),
        message:
          `The ${approval.role} approval of ${approval.version} by ${approval.by} (${approval.date}) was for other content: the template or the metadata that shapes output changed since (the hash is now ${hash}). ` +
          "Approvals bind to exact content. Undo the change, or bump the version (`copydesk library bump ID patch`) and have it approved again.",
      });
    }
  },
});
