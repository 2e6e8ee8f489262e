import { strict as assert } from "node:assert";
import { parseDocument } from "../../../src/core/document/index.js";

/** The prose of every block, with masked runs collapsed, for readable assertions. */
function prose(text: string, path = "a.md"): string[] {
  return parseDocument(text, { path }).blocks.map((b) => b.text.replace(/\s+/g, " ").trim());
}

describe("document model (Markdown)", () => {
  it("keeps prose and masks code spans, code blocks, URLs, HTML tags and comments", () => {
    const text = [
      "# Our *best* plan",
      "",
      "Use `cheapest()` or see [the docs](https://x.example/best \"Best title\") and <https://y.example/best>.",
      "Visit www.best.example today. <span class=\"best\">Fine</span> <!-- best -->",
      "",
      "```js",
      "const best = 1;",
      "```",
      "",
      "    indented best code",
      "",
      "![best image](img/best.png)",
    ].join("\n");
    assert.deepEqual(prose(text), ["Our best plan", "Use or see the docs and . Visit today. Fine", ""]);
  });

  it("keeps every prose character at its original offset", () => {
    const text = "---\nchannel: email\n---\n> Quote **bold** 😀 — مرحبا 你好 [link](u) end\n";
    const doc = parseDocument(text, { path: "a.md" });
    for (const block of doc.blocks) {
      assert.equal(block.text.length, block.range[1] - block.range[0]);
      for (let i = 0; i < block.text.length; i++) {
        const c = block.text[i]!;
        if (c !== " " && c !== "\n") assert.equal(text[block.range[0] + i], c);
      }
    }
    const block = doc.blocks[0]!;
    const at = block.text.indexOf("你好");
    assert.equal(text.slice(block.range[0] + at, block.range[0] + at + 2), "你好");
  });

  it("never treats front matter as prose", () => {
    const doc = parseDocument("---\ntitle: The best offer\nai: assisted\n---\nBody text.\n", { path: "a.md" });
    assert.deepEqual(doc.blocks.map((b) => b.text.trim()), ["Body text."]);
    assert.deepEqual(doc.frontMatter?.data, { title: "The best offer", ai: "assisted" });
    assert.equal(doc.bodyStart, 43);
  });

  it("gives the same blocks for CRLF and LF text", () => {
    const lf = "# Title\n\nOne line\nand two.\n\n- item\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    const a = parseDocument(lf, { path: "a.md" });
    const b = parseDocument(crlf, { path: "a.md" });
    assert.deepEqual(a.blocks.map((x) => [x.kind, a.lines.positionAt(x.range[0])]), b.blocks.map((x) => [x.kind, b.lines.positionAt(x.range[0])]));
  });

  it("reports malformed and unclosed front matter without failing", () => {
    const bad = parseDocument("---\nai: [assisted\n---\nBody\n", { path: "a.md" });
    assert.equal(bad.frontMatter?.data, undefined);
    assert.ok(bad.frontMatter!.errors.length > 0);
    assert.deepEqual(bad.blocks.map((b) => b.text.trim()), ["Body"]);
    const open = parseDocument("---\nai: assisted\nBody\n", { path: "a.md" });
    assert.equal(open.frontMatter, undefined);
    assert.equal(open.structureProblems.length, 1);
    const list = parseDocument("---\n- a\n---\nBody\n", { path: "a.md" });
    assert.match(list.frontMatter!.errors[0]!.message, /mapping/);
  });

  it("collects links with their targets, resolving references", () => {
    const text = "[Book a demo](https://a.example/demo?utm_source=x) [ref][r] <a href=\"/b.md#top\">Read more</a> ![i](img.png) [empty]()\n\n[r]: ./guide.md#intro\n";
    const doc = parseDocument(text, { path: "a.md" });
    const links = doc.links.map((l) => [l.kind, l.text, l.target, text.slice(...l.targetRange)]);
    assert.deepEqual(links, [
      ["link", "Book a demo", "https://a.example/demo?utm_source=x", "https://a.example/demo?utm_source=x"],
      ["link", "ref", "./guide.md#intro", "./guide.md#intro"],
      ["image", "i", "img.png", "img.png"],
      ["link", "empty", "", ""],
      ["reference-definition", "", "./guide.md#intro", "./guide.md#intro"],
      ["html", "Read more", "/b.md#top", "/b.md#top"],
    ]);
  });

  it("builds GitHub-style heading slugs, numbering duplicates", () => {
    const doc = parseDocument("# Hello, World!\n\n## FAQ\n\n## FAQ\n\nSetext Title\n============\n", { path: "a.md" });
    assert.deepEqual(doc.headings.map((h) => [h.level, h.slug]), [[1, "hello-world"], [2, "faq"], [2, "faq-1"], [1, "setext-title"]]);
  });

  it("collects HTML comments, inline and block", () => {
    const doc = parseDocument("<!-- copydesk-disable tone -->\n\nText <!-- copydesk claim: C1 --> more\n", { path: "a.md" });
    assert.deepEqual(doc.comments.map((c) => c.body.trim()), ["copydesk-disable tone", "copydesk claim: C1"]);
  });

  it("survives hostile input", () => {
    const cases = ["", "\u0000\u0001\uFFFD", "```\nnever closed " + "x ".repeat(1000), "x".repeat(1_000_000), "[".repeat(20000), "<!--".repeat(5000), "*a ".repeat(20000)];
    for (const text of cases) {
      const doc = parseDocument(text, { path: "a.md" });
      for (const b of doc.blocks) assert.equal(b.text.length, b.range[1] - b.range[0]);
    }
  });
});

describe("document model (plain text)", () => {
  it("splits paragraphs at blank lines and masks URLs and comments", () => {
    const text = "First best line\ncontinues https://best.example/x.\n\n\nSecond <!-- copydesk-disable --> www.x.example ok\n";
    assert.deepEqual(prose(text, "a.txt"), ["First best line continues .", "Second ok"]);
    const doc = parseDocument(text, { path: "a.txt" });
    assert.equal(doc.kind, "plaintext");
    assert.deepEqual(doc.links.map((l) => l.target), ["https://best.example/x", "http://www.x.example"]);
    assert.equal(doc.comments.length, 1);
  });
});
