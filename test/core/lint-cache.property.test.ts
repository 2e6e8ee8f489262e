/**
 * The cache must never change what a lint finds: random Markdown and plain-text documents, edited
 * at random, linted after each edit with one persistent `LintCache`, give exactly the findings of a
 * fresh lint without a cache.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { LintCache, lintText } from "../../src/core/engine.js";
import { resolveConfig } from "../../src/core/config/resolve.js";
import { memoryHost } from "../../src/core/host.js";

const host = memoryHost({});
const config = resolveConfig({ root: "/ws" });
const today = "2026-11-22";

const WORDS = [
  "coffee", "we", "the", "The", "team", "teams", "is", "was", "are", "built", "designed", "very", "many", "few", "too", "Too",
  "so", "So", "there", "There", "in order to", "utilize", "really", "just", "at the end of the day", "think outside the box",
  "best", "#1", "40%", "guaranteed", "free", "indeed", "it", "is", "café", "U.S.", "e.g.", "`code`", "`too`", "[link](https://example.com/a)",
  "<b>bold</b>", "*em*", "**strong**", "https://example.com", "&amp;", "&#8212;", "\"quoted\"", "—", "-", "’s",
  "customers say", "“I love this coffee, best ever”", "— Dana Lee", "Dana", "said",
];
const GLUE = [" ", " ", " ", "  ", "\t", "\n", ". ", ", ", "! ", "? ", "; ", ".\n", " - ", "\u00a0"];

const sentence = fc.array(fc.record({ w: fc.constantFrom(...WORDS), g: fc.constantFrom(...GLUE) }), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(({ w, g }) => w + g).join("").trimEnd());

const block = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom("", " ", "  ", "   "), sentence).map(([indent, s]) => `${indent}${s}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), sentence).map(([level, s]) => `${"#".repeat(level)} ${s}`) },
  { weight: 2, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((s) => `- ${s.replace(/\n/g, " ")}`).join("\n")) },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s.replace(/\n/g, " ")}`) },
  { weight: 1, arbitrary: sentence.map((s) => `| ${s.replace(/[\n|]/g, " ")} | too many |\n| --- | --- |\n| so | there is |`) },
  { weight: 1, arbitrary: fc.constantFrom("```\nwas built very quickly\n```", "<!-- so there is too many -->", "<div>There is very much</div>", "---", "") },
);

const SEPARATORS = ["\n\n", "\n\n", "\n", "\n\n\n", "\n \n", "\n\t\n"];

const documentText = fc.array(fc.record({ b: block, sep: fc.constantFrom(...SEPARATORS) }), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(({ b, sep }) => b + sep).join(""));

const INSERTS = ["x", " ", "very ", "too ", "many", "So, ", "There is ", "the the ", "\n", "\n\n", "# ", "- ", "`", "was built", " in order to", "  ", "\t", "the"];

/** An edit: an offset and a length (as fractions of the text), and what replaces that stretch. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(8), insert: fc.oneof(fc.constantFrom(...INSERTS), sentence, fc.constant("")) });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe("LintCache (property)", () => {
  it("gives the findings of a fresh lint after any sequence of edits", async () => {
    await fc.assert(
      fc.asyncProperty(documentText, fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom("a.md", "a.txt"), async (initial, edits, path) => {
        const cache = new LintCache();
        let text = initial;
        for (let i = 0; i <= edits.length; i++) {
          if (i > 0) text = applyEdit(text, edits[i - 1]!);
          const cached = await lintText(text, { path, config, host, cache, today, strict: true });
          const fresh = await lintText(text, { path, config, host, today, strict: true });
          assert.deepEqual(cached.findings, fresh.findings, `findings differ after edit ${i} of ${JSON.stringify(text)}`);
          assert.deepEqual(cached.suppressed, fresh.suppressed);
        }
      }),
      { numRuns: 80 },
    );
  });
});

/** Edits that change only what lies just before or around a run: the run-level cache key must see them. */
describe("LintCache: run results depend on their surroundings", () => {
  const sequences: [string, string[]][] = [
    ["“too” before a run's first word (tone/weasel's “too many”)", ["Intro line here\n\nmany people came.\n", "Intro line here too\n\nmany people came.\n", "Intro line here\n\nmany people came.\n"]],
    // @lezer/markdown's incremental parse kept the code block after the tab was deleted (found by the property above).
    ["a tab that makes a quote an indented code block, typed and deleted (the incremental parse)", ["> coffee coffee\n\n- coffee\n\n", "\t> coffee coffee\n\n- coffee\n\n", "> coffee coffee\n\n- coffee\n\n"]],
    ["indentation before “So” (tone/so range)", ["Text.\n\nSo we went.\n", "Text.\n\n  So we went.\n", "Text.\n\nSo we went.\n"]],
    ["hidden text between repeated words (tone/illusion)", ["We saw the the cat.\n", "We saw the `x` the cat.\n", "We saw the **the** cat.\n", "We saw the the cat.\n"]],
    ["a run that starts the document (the wrapped “too” check)", ["many people came.\n\nEnd too", "many people came.\n\nEnd", "many people came.\n\nEnd too"]],
    // tone/weasel reads `text.substr(index - 4, 4)` as write-good does: for a word at offset 0 that is
    // the last four characters of the document, here in another run (the heading), so the first
    // run's key must hold them although its own text never changes.
    ["the end of the document, for the first run's “many” (tone/weasel)", ["Many people came.\n\n# We came too ", "Many people came.\n\n# We came to ", "Many people came.\n\n# We came too "]],
    ["a credit line in the next block (claims/testimonial)", ["“I love this coffee so much.”\n\n— Dana Lee, Denver\n", "“I love this coffee so much.”\n\n— our customer\n", "“I love this coffee so much.”\n\nDana Lee\n", "“I love this coffee so much.”\n\n— Dana Lee, Denver\n"]],
    ["front matter kept, edited, and closed at the end of the text", [
      "---\nchannel: email\nai: assisted\n---\nWe built the best app.\n",
      "---\nchannel: email\nai: assisted\n---\nWe built the best apps.\n",
      "---\nchannel: blog\nai: assisted\n---\nWe built the best apps.\n",
      "---\nchannel: blog\nai: [assisted\n---\nWe built the best apps.\n",
      "---\nchannel: blog\n---",
      "---\nchannel: blog\n--- x\nWe built it.\n",
      "---\nchannel: blog\n---\n---\nWe built it.\n",
    ]],
  ];
  for (const [name, texts] of sequences) {
    it(name, async () => {
      const cache = new LintCache();
      for (const text of texts) {
        const cached = await lintText(text, { path: "a.md", config, host, today, cache });
        const fresh = await lintText(text, { path: "a.md", config, host, today });
        assert.deepEqual(cached.findings, fresh.findings, JSON.stringify(text));
      }
    });
  }
});
