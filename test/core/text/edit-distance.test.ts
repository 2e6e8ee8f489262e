import { strict as assert } from "node:assert";
import { editDistance } from "../../../src/core/text/edit-distance.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    assert.equal(editDistance("", ""), 0);
    assert.equal(editDistance("htp", "http"), 1);
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.equal(editDistance("audience", "audeince"), 2);
    assert.equal(editDistance("abc", ""), 3);
  });
});
