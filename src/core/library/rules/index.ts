/** The governance rules for prompt files, in the order of the specification's table. */
import type { GovernanceRule } from "./types.js";
import schema from "./schema.js";
import duplicateId from "./duplicate-id.js";
import undeclaredVariable from "./undeclared-variable.js";
import unusedVariable from "./unused-variable.js";
import approvalMissing from "./approval-missing.js";
import approvalStale from "./approval-stale.js";
import approverNotLibrarian from "./approver-not-librarian.js";
import legalApprovalMissing from "./legal-approval-missing.js";
import reviewOverdue from "./review-overdue.js";
import replacementMissing from "./replacement-missing.js";
import versionNotBumped from "./version-not-bumped.js";
import secret from "./secret.js";
import pii from "./pii.js";

export const governanceRules: readonly GovernanceRule<any>[] = [
  schema,
  duplicateId,
  undeclaredVariable,
  unusedVariable,
  approvalMissing,
  approvalStale,
  approverNotLibrarian,
  legalApprovalMissing,
  reviewOverdue,
  replacementMissing,
  versionNotBumped,
  secret,
  pii,
];

export function governanceRuleById(id: string): GovernanceRule<any> | undefined {
  return governanceRules.find((r) => r.id === id);
}
