import { strict as assert } from "node:assert";
import rule, { readabilityOf } from "../../../src/core/rules/tone/readability.js";
import { parseDocument } from "../../../src/core/document/index.js";
import { ruleTester } from "../../support/rule-tester.js";

const simple = "We roast the beans. You brew the cup. It tastes good. ".repeat(6).trim();
const hard =
  "Our meticulously orchestrated procurement methodology prioritizes environmentally responsible agricultural cooperatives, " +
  "guaranteeing extraordinary organoleptic characteristics throughout every subsequent distribution opportunity and international partnership. " +
  "Consequently, sophisticated connoisseurs appreciate the unparalleled complexity, luminosity and fragrance of our signature preparations.";
const channels = { email: { match: ["email/**"], maxGrade: 8 }, blog: { match: ["blog/**"] } };

ruleTester(rule, {
  valid: [
    hard, // no maxGrade anywhere: silent
    { text: simple, path: "email/a.md", config: { channels } },
    { text: hard, path: "blog/a.md", config: { channels } },
    { text: "Extraordinary organoleptic characteristics.", path: "email/a.md", config: { channels } }, // under minWords
  ],
  invalid: [
    {
      text: `# Our sourcing\n\n${hard}`,
      path: "email/a.md",
      config: { channels },
      findings: [{ text: "# Our sourcing", line: 1, message: /Flesch–Kincaid grade \d+\.\d, above the email channel's target of 8 \(maxGrade\): 36 words in 2 sentences/ }],
    },
    { text: hard, config: { rules: { "tone/readability": { maxGrade: 10 } } }, findings: [{ text: hard, message: /above the target of 10/ }] },
  ],
});

describe("tone/readability: the grade", () => {
  it("scores simple copy low and dense copy high", () => {
    const easy = readabilityOf(parseDocument(simple, { path: "a.md" }));
    const dense = readabilityOf(parseDocument(hard, { path: "a.md" }));
    assert.equal(easy.sentences, 18);
    assert.equal(easy.words, 66);
    assert.ok(easy.grade < 2, `easy grade ${easy.grade}`);
    assert.ok(dense.grade > 18, `dense grade ${dense.grade}`);
  });

  it("matches the Flesch–Kincaid formula on a counted example", () => {
    // 2 sentences, 11 words, 13 syllables: 0.39 × 11/2 + 11.8 × 13/11 − 15.59
    const stats = readabilityOf(parseDocument("The cat sat on the mat. A happy dog ran away.", { path: "a.md" }));
    assert.deepEqual([stats.sentences, stats.words, stats.syllables], [2, 11, 13]);
    assert.equal(stats.grade.toFixed(3), (0.39 * (11 / 2) + 11.8 * (13 / 11) - 15.59).toFixed(3));
  });
});
