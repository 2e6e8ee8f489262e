import { strict as assert } from "node:assert";
import { isSafeFix } from "../../../src/core/findings/fix-safety.js";

describe("fix safety", () => {
  it("applies corrections of what the writer wrote unseen", () => {
    for (const rule of ["terms/use", "links/insecure", "links/malformed", "links/broken", "links/tracking", "disclosure/invalid"]) assert.ok(isSafeFix(rule), rule);
  });

  it("leaves fixes that add content, state a fact or reword a claim to a person", () => {
    for (const rule of ["cta/missing", "disclosure/missing-tag", "disclosure/missing-label", "suppression/missing-reason", "claims/superlative", "claims/expired"]) {
      assert.ok(!isSafeFix(rule), rule);
    }
  });
});
