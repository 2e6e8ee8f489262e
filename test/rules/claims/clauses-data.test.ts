import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { analyzeClauses, clausesOf } from "../../../src/core/rules/claims/clauses.js";
import { builtInClaimPatterns } from "../../../src/core/warm-up.js";
import { CLAUSES_FILE, renderClauses } from "../../../scripts/gen-claim-clauses.js";

describe("claims: precomputed prefilter clauses (clauses.generated.yaml)", () => {
  it("the file is what the analysis makes now (npx tsx --import ./scripts/register-yaml.mjs scripts/gen-claim-clauses.ts)", () => {
    assert.ok(readFileSync(CLAUSES_FILE, "utf8") === renderClauses(), "clauses.generated.yaml is out of date: run scripts/gen-claim-clauses.ts");
  });

  it("gives every built-in pattern exactly the clauses the analysis gives it", () => {
    const patterns = builtInClaimPatterns();
    assert.ok(patterns.length > 100, `${patterns.length} built-in patterns`);
    for (const re of patterns) assert.deepEqual(clausesOf(re), analyzeClauses(re), re.source);
  });

  it("analyses a pattern it does not have (a user's own), and hands out copies a caller may change", () => {
    const own = /(?<![\p{L}\p{N}_])(?:roasted\s+daily)(?![\p{L}\p{N}_])/giu;
    const clauses = clausesOf(own);
    assert.deepEqual(clauses, analyzeClauses(own));
    assert.ok(clauses.some((c) => c.words.includes("roasted") || c.words.includes("daily")), JSON.stringify(clauses));
    const builtIn = builtInClaimPatterns()[0]!;
    clausesOf(builtIn).length = 0;
    assert.deepEqual(clausesOf(builtIn), analyzeClauses(builtIn));
  });
});
