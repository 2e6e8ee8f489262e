import { strict as assert } from "node:assert";
import { countSyllables } from "../../../src/core/text/syllables.js";
import { SYLLABLES } from "./syllable-words.js";

describe("text/syllables", () => {
  it("counts the reference words (dictionary pronunciations) right, 95% or better", () => {
    const wrong = Object.entries(SYLLABLES)
      .map(([w, n]) => [w.replace(/_$/, ""), n] as const)
      .filter(([w, n]) => countSyllables(w) !== n)
      .map(([w, n]) => `${w}: ${countSyllables(w)} (not ${n})`);
    assert.ok(wrong.length / Object.keys(SYLLABLES).length <= 0.05, wrong.join(", "));
  });

  it("handles endings: silent e, -es, -ed, -le", () => {
    for (const [w, n] of [["make", 1], ["makes", 1], ["boxes", 2], ["jumped", 1], ["wanted", 2], ["table", 2], ["lately", 2]] as const) {
      assert.equal(countSyllables(w), n, w);
    }
  });

  it("ignores case, accents, possessives and punctuation; counts hyphenated parts; gives numbers one", () => {
    assert.equal(countSyllables("Coffee"), 2);
    assert.equal(countSyllables("CAFÉ"), 2);
    assert.equal(countSyllables("roaster's"), 2);
    assert.equal(countSyllables("well-known"), 2);
    assert.equal(countSyllables("2026"), 1);
    assert.equal(countSyllables("a"), 1);
  });

  it("is within one syllable on every reference word", () => {
    for (const [w, n] of Object.entries(SYLLABLES)) assert.ok(Math.abs(countSyllables(w.replace(/_$/, "")) - n) <= 1, w);
  });
});
