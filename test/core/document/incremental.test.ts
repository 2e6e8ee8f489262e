import { strict as assert } from "node:assert";
import fc from "fast-check";
import { parseDocument, type CopyDocument } from "../../../src/core/document/index.js";

const PIECES = ["# Title\n", "\n", "Some *prose* here.", " [link](https://x.example/a)", " `code`", "\n\n", "- item\n", "```\nfenced\n", "```\n", "> quote\n", "<!-- c -->", "| a | b |\n|---|---|\n", "---\nai: assisted\n---\n", "<div>\nhtml <a href=\"#t\">t</a>\n</div>\n", "word ", "**bold**"];

function snapshot(doc: CopyDocument): unknown {
  return {
    blocks: doc.blocks.map((b) => [b.kind, b.range, b.text]),
    links: doc.links.map((l) => [l.kind, l.range, l.target]),
    headings: doc.headings.map((h) => [h.slug, h.range]),
    comments: doc.comments.map((c) => c.range),
  };
}

describe("incremental parsing", () => {
  it("gives exactly the model of a fresh parse after any edit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(20), fc.constantFrom(...PIECES, "", "x", "\n", "`", "*")), { minLength: 1, maxLength: 5 }),
        (pieces, edits) => {
          let text = pieces.join("");
          let doc = parseDocument(text, { path: "a.md" });
          for (const [at, length, insert] of edits) {
            const from = at % (text.length + 1);
            const to = Math.min(text.length, from + length);
            text = text.slice(0, from) + insert + text.slice(to);
            const incremental = parseDocument(text, { path: "a.md", previous: doc });
            assert.deepEqual(snapshot(incremental), snapshot(parseDocument(text, { path: "a.md" })));
            doc = incremental;
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
