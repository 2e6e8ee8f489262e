import { strict as assert } from "node:assert";
import { sentencesOf, splitSentences } from "../../../src/core/text/sentences.js";

const split = (text: string, hardLineBreaks = false) => splitSentences(text, { hardLineBreaks }).map((s) => text.slice(s.start, s.end));

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
});
