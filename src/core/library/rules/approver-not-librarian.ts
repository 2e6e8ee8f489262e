import { defineGovernanceRule } from "./types.js";
import { findLibrarian } from "../identity.js";
import { currentApprovals } from "./helpers.js";

/** An approval of the current version by someone who is not in `library.librarians`. */
export default defineGovernanceRule({
  id: "library/approver-not-librarian",
  category: "library",
  meta: {
    description: "An approval by someone who is not a librarian",
    defaultSeverity: "warning",
    fixable: false,
  },
  check(prompt, context) {
    const librarians = context.config.library.librarians;
    for (const { index, approval } of currentApprovals(prompt)) {
      if (findLibrarian(librarians, approval.by)) continue;
      const list = librarians.length ? `The librarians are: ${librarians.join("; ")}.` : "`library.librarians` in copydesk.yaml is empty.";
      context.report({
        range: prompt.locate(["approvals", index, "by"]),
        message: `${approval.by} approved version ${approval.version}, but is not in \`library.librarians\`, so the approval does not count. ${list} Have a librarian approve it, or add the approver to \`library.librarians\`.`,
      });
    }
  },
});
