import { strict as assert } from "node:assert";
import { sentenceAt, sentencesOf, splitSentences } from "../../../src/core/text/sentences.js";

const split = (text: string, hard = false) => splitSentences(text, { lineBreaks: hard ? "hard" : "soft" }).map((s) => text.slice(s.start, s.end));
const statements = (text: string) => splitSentences(text, { lineBreaks: "statements" }).map((s) => text.slice(s.start, s.end));

describe("text/sentences", () => {
  const cases: [string, string[]][] = [
    ["One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]],
    ["Really?! Yes!? Sure‽ Fine…", ["Really?!", "Yes!?", "Sure‽", "Fine…"]],
    ["Mr. Smith and Dr. Jones met Mrs. Lee.", ["Mr. Smith and Dr. Jones met Mrs. Lee."]],
    ["Use e.g. this, i.e. that, vs. them, cf. those.", ["Use e.g. this, i.e. that, vs. them, cf. those."]],
    ["We ship to the U.S. and the U.K. Then we rest.", ["We ship to the U.S. and the U.K.", "Then we rest."]],
    ["It costs 3.5 dollars. Version 2.0 ships.", ["It costs 3.5 dollars.", "Version 2.0 ships."]],
    ["See No. 5 and p. 12 on Jan. 3 for details.", ["See No. 5 and p. 12 on Jan. 3 for details."]],
    ["J. R. R. Tolkien wrote. He was good.", ["J. R. R. Tolkien wrote.", "He was good."]],
    ["Wait... what? Yes... Then go.", ["Wait... what?", "Yes...", "Then go."]],
    ['He said "Go." Then left. (It was late.) We stayed.', ['He said "Go."', "Then left.", "(It was late.)", "We stayed."]],
    ["“Wow!” she said. ‘Fine.’ Done.", ["“Wow!” she said.", "‘Fine.’", "Done."]],
    ["Line one\nstill one. Line two.", ["Line one\nstill one.", "Line two."]],
    ["  leading space. trailing  ", ["leading space. trailing"]],
    ["Visit                 today. Thanks.", ["Visit                 today.", "Thanks."]],
    ["a.b.c. and example.com stay.", ["a.b.c. and example.com stay."]],
    ["", []],
    ["   ", []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(split(text), expected));
  }

  it("breaks at every line end when asked (table rows, HTML blocks)", () => {
    assert.deepEqual(split("Plan  Price\nBasic  5\n", true), ["Plan  Price", "Basic  5"]);
    assert.deepEqual(split("Plan  Price\nBasic  5\n"), ["Plan  Price\nBasic  5"]);
  });

  it("keeps offsets into the text", () => {
    const text = "  One. Two.";
    assert.deepEqual(splitSentences(text), [{ start: 2, end: 6 }, { start: 7, end: 11 }]);
  });

  it("memoizes per block object, with hard breaks for tables", () => {
    const block = { text: "A b\nC d", kind: "table" };
    assert.equal(sentencesOf(block), sentencesOf(block));
    assert.equal(sentencesOf(block).length, 2);
    assert.equal(sentencesOf({ text: "A b\nC d", kind: "paragraph" }).length, 1);
  });

  describe("lineBreaks: statements (the claims checks' sentences)", () => {
    it("splits at sentence ends, not at abbreviations, initials, decimals or numbered names", () => {
      assert.deepEqual(statements("Meet your new 2 p.m. ritual. It costs $17.50, e.g. less than a latte! Really? Espresso No. 7 — Dana K., Portland."), [
        "Meet your new 2 p.m. ritual.",
        "It costs $17.50, e.g. less than a latte!",
        "Really?",
        "Espresso No. 7 — Dana K., Portland.",
      ]);
    });

    it("keeps closing quotes and brackets with their sentence", () => {
      assert.deepEqual(statements('"Best coffee ever." (We agree.) Next.'), ['"Best coffee ever."', "(We agree.)", "Next."]);
    });

    it("ends a sentence at a line break before a new statement, not in wrapped prose", () => {
      assert.deepEqual(statements("  Headline 2:    The #1 Coffee Subscription\n  Headline 3:    Free First Bag"), ["Headline 2:    The #1 Coffee Subscription", "Headline 3:    Free First Bag"]);
      assert.deepEqual(statements("Free shipping on orders\nover $50, through December 31."), ["Free shipping on orders\nover $50, through December 31."]);
      assert.deepEqual(statements("Free shipping,\nThrough December."), ["Free shipping,\nThrough December."]);
      assert.deepEqual(statements("First line\n\nSecond line"), ["First line", "Second line"], "a blank (masked) line ends one");
      // The same text read with soft line breaks, as the tone rules read it: one sentence.
      assert.deepEqual(split("  Headline 2:    The #1 Coffee Subscription\n  Headline 3:    Free First Bag"), ["Headline 2:    The #1 Coffee Subscription\n  Headline 3:    Free First Bag"]);
    });

    it("finds the sentence around an offset", () => {
      const text = "Free shipping. On orders over $50.";
      const spans = splitSentences(text, { lineBreaks: "statements" });
      assert.deepEqual(sentenceAt(spans, text.indexOf("orders")), { start: 15, end: text.length });
      assert.equal(sentenceAt(spans, 14), undefined, "the space between two sentences is in neither");
    });
  });
});
