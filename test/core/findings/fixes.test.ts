import { strict as assert } from "node:assert";
import { applicableFixes, applyFixes } from "../../../src/core/findings/fixes.js";
import { dedupe, sortAndDedupe, sortFindings } from "../../../src/core/findings/pipeline.js";

describe("fixes and pipeline steps", () => {
  it("applies fixes in order and drops overlapping ones", () => {
    const text = "one two three";
    const fixes = [
      { range: [8, 13] as const, text: "3" },
      { range: [0, 3] as const, text: "1" },
      { range: [2, 7] as const, text: "overlap" },
    ];
    assert.equal(applicableFixes(fixes).length, 2);
    assert.equal(applyFixes(text, fixes), "1 two 3");
  });

  it("keeps only one of two insertions at the same offset", () => {
    assert.equal(applyFixes("ab", [{ range: [1, 1], text: "X" }, { range: [1, 1], text: "Y" }]), "aXb");
  });

  it("dedupes and sorts findings", () => {
    const f = (rule: string, s: number, e: number) => ({ rule, severity: "warning" as const, message: "m", range: [s, e] as const });
    const list = [f("b/x", 5, 6), f("a/x", 5, 6), f("a/x", 1, 2), f("a/x", 5, 6)];
    assert.deepEqual(sortFindings(dedupe(list)).map((x) => `${x.rule}@${x.range[0]}`), ["a/x@1", "a/x@5", "b/x@5"]);
  });

  it("sorts and dedupes in one pass, keeping the first of each duplicate, as dedupe then sort does", () => {
    const f = (rule: string, s: number, e: number, message: string) => ({ rule, severity: "warning" as const, message, range: [s, e] as const });
    const list = [f("b/x", 5, 6, "1"), f("a/x", 5, 6, "2"), f("a/x", 1, 2, "3"), f("a/x", 5, 6, "4"), f("a/x", 5, 7, "5"), f("b/x", 5, 6, "6"), f("a/x", 1, 2, "7")];
    assert.deepEqual(sortAndDedupe(list), sortFindings(dedupe(list)));
    assert.deepEqual(sortAndDedupe(list).map((x) => x.message), ["3", "2", "1", "5"]);
  });
});
