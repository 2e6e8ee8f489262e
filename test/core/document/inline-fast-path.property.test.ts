/**
 * The document model's parser asks GFM's Autolink extension only where an autolink can begin
 * (FastAutolink) and passes over runs of characters no inline parser acts on in one step
 * (PlainRun), both in src/core/document/markdown.ts. That must never change the syntax tree: on
 * texts full of near-autolinks, hard breaks, escapes, entities, emphasis, code spans, HTML and
 * links, every node (name, from, to) is the one the stock GFM parser gives.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { parser, GFM, Strikethrough, Table, TaskList } from "@lezer/markdown";
import { FastAutolink, PlainRun } from "../../../src/core/document/markdown.js";
import { makeCorpus } from "../../../bench/corpus.js";

const stock = parser.configure(GFM);
const fast = parser.configure([Table, TaskList, Strikethrough, FastAutolink, PlainRun]);

function nodes(p: typeof stock, text: string): string[] {
  const out: string[] = [];
  p.parse(text).iterate({ enter: (n) => void out.push(`${n.name}:${n.from}-${n.to}`) });
  return out;
}

const PIECES = [
  "www.example.com", "www.example.com/a_b?x=1).", "http://a.example", "https://a.example:8080/p/q.", "https://a_b.example_c",
  "mailto:dana@acme.example", "xmpp:dana@acme.example/home", "dana.lee+news@acme.example", "dana@acme", "@acme", "a@b.c.",
  "Note:", "see:here", "12:30", "ftp://x.example", "wwwexample.com", "www.", "xwww.example.com", "_www.example.com",
  "éwww.example.com", "é@acme.example", "(https://x.example/(a))", "https://x.example/a;", "&amp;https://x.example",
  "[www.example.com](https://y.example)", "[a https://x.example b]", "`https://code.example`", "<https://x.example>",
  "**https://x.example**", "~~www.x.example~~", "https://x.example/&amp;", "+1@x.example", "-a@x.example", ".b@x.example",
  "word", "the", "Our", "best", "coffee", "😀", "مرحبا", "你好", "\\@", "\\:", "!", "![alt](i.png)", "[a][b]", "[b]: /x",
  "*em*", "**strong**", "_em_", "__x__", "snake_case_word", "a*b*c", "~~gone~~", "~one~", "`code`", "``a ` b``", "&amp;", "&#169;",
  "&copy", "<b>bold</b>", "<!-- c -->", "<a href=\"x\">", "a<b", "\\*", "\\\\", "line  \nnext", "line \\\nnext", "tail   \n",
  "one \nline", "[ ] task", "x\ty",
];
const GLUE = [" ", " ", "", "\n", ", ", ". ", "(", ")", "[", "]", "*", "_", "\t", "  ", "  \n", "\\\n", "!", "~", "<", "&", "`"];

const paragraph = fc.array(fc.record({ p: fc.constantFrom(...PIECES), g: fc.constantFrom(...GLUE) }), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(({ p, g }) => p + g).join(""));
const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 1, arbitrary: paragraph.map((s) => `# ${s.replace(/\n/g, " ")}`) },
  { weight: 1, arbitrary: paragraph.map((s) => `- ${s.replace(/\n/g, " ")}\n- [ ] ${s.replace(/\n/g, " ")}`) },
  { weight: 1, arbitrary: paragraph.map((s) => `| ${s.replace(/[\n|]/g, " ")} | b |\n| --- | --- |\n| ${s.replace(/[\n|]/g, " ")} | www.x.example |`) },
  { weight: 1, arbitrary: paragraph.map((s) => `> ${s.replace(/\n/g, " ")}`) },
);
const documentText = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join("\n\n"));

describe("document model: the inline fast path (FastAutolink, PlainRun)", () => {
  it("gives the stock GFM parser's tree on texts full of URLs, e-mail addresses, Markdown syntax and near misses", () => {
    fc.assert(fc.property(documentText, (text) => assert.deepEqual(nodes(fast, text), nodes(stock, text))), { numRuns: 2000 });
  });

  it("gives the stock GFM parser's tree on the benchmark corpus", () => {
    for (const text of makeCorpus(100_000)) assert.deepEqual(nodes(fast, text), nodes(stock, text));
  });

  it("still finds the autolinks GFM finds", () => {
    const text = "Write to dana@acme.example, visit www.acme.example or https://acme.example/a. Not word@ or see:here.";
    const urls = nodes(fast, text).filter((n) => n.startsWith("URL:")).map((n) => text.slice(...n.slice(4).split("-").map(Number) as [number, number]));
    assert.deepEqual(urls, ["dana@acme.example", "www.acme.example", "https://acme.example/a"]);
  });
});
