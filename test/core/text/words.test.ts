import { strict as assert } from "node:assert";
import { asciiWords, isAsciiBoundary, isJsSpaceCode, proseWords, scanAsciiWords, scanProseWords } from "../../../src/core/text/words.js";

const words = (spans: ReturnType<typeof scanAsciiWords>, text: string) => Array.from({ length: spans.count }, (_, i) => text.slice(spans.starts[i], spans.ends[i]));

describe("text/words", () => {
  it("splits ASCII words as JavaScript's \\w does", () => {
    const text = "café don't B2B snake_case naïve-ish 3.5";
    assert.deepEqual(words(scanAsciiWords(text), text), ["caf", "don", "t", "B2B", "snake_case", "na", "ve", "ish", "3", "5"]);
  });

  it("splits prose words as a reader counts them", () => {
    const text = "Café don't e-mail 3.5 1,000 naïve — end. Ünïcödé 日本 _x";
    assert.deepEqual(words(scanProseWords(text), text), ["Café", "don't", "e-mail", "3.5", "1,000", "naïve", "end", "Ünïcödé", "日本", "x"]);
  });

  it("knows JavaScript's whitespace and ASCII word boundaries", () => {
    for (const c of [" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff"]) assert.ok(isJsSpaceCode(c.charCodeAt(0)), JSON.stringify(c));
    for (const c of ["a", "-", "\u200b", "\u200c"]) assert.ok(!isJsSpaceCode(c.charCodeAt(0)), JSON.stringify(c));
    assert.ok(isAsciiBoundary("café", 3));
    assert.ok(!isAsciiBoundary("cafe", 3));
    assert.ok(isAsciiBoundary("x", 0) && isAsciiBoundary("x", 1));
  });

  it("memoizes per block object", () => {
    const block = { text: "one two" };
    assert.equal(asciiWords(block), asciiWords(block));
    assert.equal(proseWords(block), proseWords(block));
    assert.equal(asciiWords(block).count, 2);
  });
});
