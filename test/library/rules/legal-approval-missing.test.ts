import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/legal-approval-missing.js";
import { check, LEGAL, prompt, withHash } from "../support.js";

const legal = `  - by: ${LEGAL}\n    role: legal\n    date: 2026-10-01\n    version: 1.2.0\n    hash: HASH\n`;

describe("library/legal-approval-missing", () => {
  it("is silent for low risk, for high risk with a legal approval, and before approval", async () => {
    const files = {
      "prompts/a.md": prompt(),
      "prompts/b.md": withHash(prompt({ id: "b", extra: "risk: high\n" }).replace("approvals:\n", `approvals:\n${legal}`)),
      "prompts/c.md": prompt({ id: "c", status: "review", extra: "risk: high\n" }),
    };
    assert.deepEqual(await check(files, { rules: [rule] }), {});
  });

  it("reports `risk: high` approved without legal approval, at the risk", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt({ extra: "risk: high\n" }) }, { rules: [rule] }), { "prompts/a.md": [["library/legal-approval-missing", "high"]] });
  });
});
