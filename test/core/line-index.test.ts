import { strict as assert } from "node:assert";
import { LineIndex } from "../../src/core/text/line-index.js";

describe("LineIndex", () => {
  it("maps offsets to 0-based lines and UTF-16 columns", () => {
    const idx = new LineIndex("ab\ncd😀e\n\nf");
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(8), { line: 1, character: 5 }, "the emoji counts two code units");
    assert.deepEqual(idx.positionAt(9), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(10), { line: 3, character: 0 });
    assert.equal(idx.offsetAt({ line: 3, character: 0 }), 10);
    assert.equal(idx.lineCount, 4);
  });

  it("treats CRLF like LF for columns and line text", () => {
    const lf = new LineIndex("one\ntwo");
    const crlf = new LineIndex("one\r\ntwo");
    assert.deepEqual(crlf.positionAt(5), { line: 1, character: 0 });
    assert.equal(crlf.lineText(0), "one");
    assert.equal(lf.lineText(0), "one");
    assert.equal(crlf.lineEnd(0), 3);
  });

  it("clamps positions outside the text", () => {
    const idx = new LineIndex("abc");
    assert.deepEqual(idx.positionAt(99), { line: 0, character: 3 });
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(idx.offsetAt({ line: -1, character: 0 }), 0);
  });
});
