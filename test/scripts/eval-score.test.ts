import { strict as assert } from "node:assert";
import { familyTotals, formatScore, LabelsFileSchema, ratios, score } from "../../scripts/eval-score.js";

describe("eval scoring", () => {
  it("matches findings to labels by rule and line, one to one", () => {
    const result = score(
      {
        "a.md": [
          { rule: "claims/health", line: 22, text: "clinically proven" },
          { rule: "claims/health", line: 22, text: "doctor recommended" },
          { rule: "claims/superlative", line: 3, text: "best" },
        ],
      },
      {
        "a.md": [
          { rule: "claims/health", line: 22, text: "clinically proven" },
          { rule: "claims/superlative", line: 4, text: "best" },
          { rule: "claims/superlative", line: 3, text: "finest" },
          { rule: "claims/superlative", line: 3, text: "leading" },
        ],
      },
    );
    const health = result.rules.find((r) => r.rule === "claims/health")!;
    const superlative = result.rules.find((r) => r.rule === "claims/superlative")!;
    assert.deepEqual([health.tp, health.fp, health.fn], [1, 0, 1]);
    assert.deepEqual([superlative.tp, superlative.fp, superlative.fn], [1, 2, 0]);
    assert.deepEqual(result.falseNegatives, [{ file: "a.md", rule: "claims/health", line: 22, text: "doctor recommended" }]);
    assert.deepEqual(result.falsePositives.map((m) => `${m.line} ${m.text}`), ["3 leading", "4 best"]);
  });

  it("matches document-level labels by rule alone, after the line labels", () => {
    const result = score(
      { "b.md": [{ rule: "cta/missing" }, { rule: "disclosure/invalid", line: 3 }, { rule: "disclosure/invalid" }] },
      { "b.md": [{ rule: "cta/missing", line: 1, text: "" }, { rule: "disclosure/invalid", line: 9, text: "x" }, { rule: "disclosure/invalid", line: 3, text: "y" }] },
    );
    assert.deepEqual(result.falsePositives, []);
    assert.deepEqual(result.falseNegatives, []);
  });

  it("ignores unlabelled families and counts documents missing on either side", () => {
    const result = score({ "c.md": [{ rule: "terms/use", line: 1, text: "x" }] }, { "c.md": [{ rule: "tone/passive", line: 1, text: "was done" }], "d.md": [{ rule: "claims/free", line: 2, text: "free" }] });
    assert.deepEqual(result.rules.map((r) => [r.rule, r.tp, r.fp, r.fn]), [["claims/free", 0, 1, 0], ["terms/use", 0, 0, 1]]);
  });

  it("computes ratios, family totals and the printed report", () => {
    assert.deepEqual(ratios({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1 });
    assert.deepEqual(ratios({ tp: 3, fp: 1, fn: 2 }), { precision: 0.75, recall: 0.6 });
    const result = score({ "a.md": [{ rule: "claims/free", line: 2 }, { rule: "claims/health", line: 5 }] }, { "a.md": [{ rule: "claims/free", line: 2, text: "free" }, { rule: "claims/free", line: 7, text: "free" }] });
    const claims = familyTotals(result).find((t) => t.rule === "claims")!;
    assert.deepEqual([claims.tp, claims.fp, claims.fn], [1, 1, 1]);
    const text = formatScore(result);
    assert.match(text, /claims\/free\s+1\s+1\s+0\s+0\.500\s+1\.000/);
    assert.match(text, /claims\s+1\s+1\s+1\s+0\.500\s+0\.500/);
    assert.match(text, /False positives \(1\):\n {2}a\.md:7 {2}claims\/free {2}"free"/);
    assert.match(text, /False negatives \(1\):\n {2}a\.md:5 {2}claims\/health {2}""/);
  });

  it("reads labels.yaml, where [] or an empty entry means no findings", () => {
    const labels = LabelsFileSchema.parse({ documents: { "a.md": [], "b.md": null, "c.md": [{ rule: "cta/missing" }] } });
    assert.deepEqual(labels.documents, { "a.md": [], "b.md": [], "c.md": [{ rule: "cta/missing" }] });
    assert.throws(() => LabelsFileSchema.parse({ documents: { "a.md": [{ rule: "claims/free", line: 0 }] } }));
  });
});
