import { strict as assert } from "node:assert";
import { sentences } from "../../../src/core/rules/claims/sentences.js";

const split = (text: string, lineBreaks = false) => sentences(text, { lineBreaks }).map((s) => text.slice(s.start, s.end));

describe("claims sentences", () => {
  it("splits at sentence ends, not at abbreviations, initials, decimals or numbered names", () => {
    assert.deepEqual(split("Meet your new 2 p.m. ritual. It costs $17.50, e.g. less than a latte! Really? Espresso No. 7 — Dana K., Portland."), [
      "Meet your new 2 p.m. ritual.",
      "It costs $17.50, e.g. less than a latte!",
      "Really?",
      "Espresso No. 7 — Dana K., Portland.",
    ]);
  });

  it("keeps closing quotes and brackets with their sentence", () => {
    assert.deepEqual(split('"Best coffee ever." (We agree.) Next.'), ['"Best coffee ever."', "(We agree.)", "Next."]);
  });

  it("ends a sentence at a line break before a new statement, not in wrapped prose", () => {
    assert.deepEqual(split("  Headline 2:    The #1 Coffee Subscription\n  Headline 3:    Free First Bag"), ["Headline 2:    The #1 Coffee Subscription", "Headline 3:    Free First Bag"]);
    assert.deepEqual(split("Free shipping on orders\nover $50, through December 31."), ["Free shipping on orders\nover $50, through December 31."]);
    assert.deepEqual(split("Free shipping,\nThrough December."), ["Free shipping,\nThrough December."]);
    assert.deepEqual(split("a | b\nc | d", true), ["a | b", "c | d"]);
  });
});
