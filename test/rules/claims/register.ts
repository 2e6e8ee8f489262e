/** Shared register and channel settings for the claims rule tests. */
import type { ClaimEntry } from "../../../src/core/config/schema.js";

export const channels = {
  channels: {
    email: { match: ["email/**"] },
    "landing-page": { match: ["web/**"] },
    social: { match: ["social/**"] },
    blog: { match: ["blog/**"] },
  },
};

const claim = (id: string, text: string, extra: Partial<ClaimEntry> = {}): ClaimEntry => ({
  id,
  text,
  evidence: "Audit report",
  approvedBy: "Legal <legal@example.com>",
  expires: "2027-12-31",
  ...extra,
});

/** As of 2026-11-22 (the tests' today). */
export const register: ClaimEntry[] = [
  claim("CLM-01", "sustainably sourced", { channels: ["landing-page", "email"] }),
  claim("CLM-02", "voted best coffee subscription by Brew Monthly readers", { expires: "2026-03-31" }),
  claim("CLM-03", "compostable pods"),
  claim("CLM-04", "100% Arabica"),
  { id: "CLM-05", pattern: "(?i)the smoothest cold brew in (Portland|Seattle)", evidence: "Readers' poll 2026", approvedBy: "Legal", expires: "2027-06-30" },
  claim("CLM-06", "up to 3x faster brewing", { expires: "2026-11-21" }),
];
