import { strict as assert } from "node:assert";
import { parsePrompt, MAX_PROMPT_CHARS } from "../../src/core/library/prompt.js";
import { prompt } from "./support.js";

const at = (text: string, range: readonly [number, number]) => text.slice(range[0], range[1]);

describe("prompt files", () => {
  it("parses the specification's example with no problems", () => {
    const text = prompt();
    const p = parsePrompt("/ws/prompts/a.md", text);
    assert.ok(p.isPrompt);
    assert.deepEqual(p.problems, []);
    assert.equal(p.data?.id, "welcome-email");
    assert.deepEqual(p.template.tags.map((t) => [t.variable, at(text, t.range)]), [["audience", "{{audience}}"], ["product", "{{product}}"]]);
  });

  it("does not treat a README (no id) or a file without front matter as a prompt", () => {
    assert.equal(parsePrompt("/r.md", "# Library\n\nText {{x}}").isPrompt, false);
    assert.equal(parsePrompt("/r.md", "---\ntitle: Notes\n---\nText").isPrompt, false);
  });

  it("reports an unknown field at its key and a wrong value at the value", () => {
    const text = prompt().replace("channel: email\n", "channel: email\ncolour: blue\nrisk: extreme\n");
    const p = parsePrompt("/a.md", text);
    assert.deepEqual(p.problems.map((x) => at(text, x.range)).sort(), ["colour", "extreme"]);
    const byText = Object.fromEntries(p.problems.map((x) => [at(text, x.range), x.message]));
    assert.match(byText.colour!, /Unknown field `colour`/);
    assert.match(byText.extreme!, /`risk`: expected one of "low", "medium", "high"/);
    assert.equal(p.fields.risk, undefined, "an invalid field is not in fields");
    assert.equal(p.fields.id, "welcome-email", "valid fields are kept");
  });

  it("reports a missing required field at the opening fence, and a nested one on its parent's first line", () => {
    const text = prompt().replace(/^title: .*\n/m, "").replace("    role: librarian\n", "");
    const p = parsePrompt("/a.md", text);
    const found = p.problems.map((x) => [at(text, x.range), x.message]);
    assert.equal(found.length, 2, JSON.stringify(found));
    assert.deepEqual(found[0]![0], "---");
    assert.match(found[0]![1]!, /`title` is missing/);
    assert.equal(found[1]![0], "by: Dana Reyes <dana@acme.example>");
    assert.match(found[1]![1]!, /`approvals\[0\]\.role` is missing/);
  });

  it("checks versions, dates, hashes and variable declarations", () => {
    const text = prompt({ extra: "reviewBy: 2027-02-30\n" }).replace("version: 1.2.0\n", 'version: "1.2"\n').replace(/hash: sha256:[0-9a-f]+/, "hash: sha256:abc").replace("default: Acme Cloud", "default: Acme Cloud, enum: [A, B]");
    const p = parsePrompt("/a.md", text);
    const found = p.problems.map((x) => [at(text, x.range), x.message] as const);
    assert.ok(found.some(([t, m]) => t === '"1.2"' && /semantic version/.test(m)), JSON.stringify(found));
    const number = prompt().replace("version: 1.2.0\n", "version: 1.2\n");
    assert.match(parsePrompt("/a.md", number).problems[0]!.message, /YAML reads 1\.2 as a number\. Put the value in quotes/);
    assert.ok(found.some(([t, m]) => t === "2027-02-30" && /not a calendar date/.test(m)));
    assert.ok(found.some(([t, m]) => t === "sha256:abc" && /sha256:<64/.test(m)));
    assert.ok(found.some(([t, m]) => t === "Acme Cloud" && /not one of the enum values/.test(m)));
  });

  it("reports YAML that does not parse, and duplicate keys, at their place", () => {
    const broken = "---\nid: x\ntitle: [unclosed\n---\nBody";
    const p = parsePrompt("/a.md", broken);
    assert.ok(p.isPrompt);
    assert.equal(p.problems.length, 1);
    assert.match(p.problems[0]!.message, /not valid YAML/);
    const dup = prompt().replace("channel: email\n", "channel: email\nchannel: social\n");
    const d = parsePrompt("/a.md", dup);
    assert.equal(d.problems.length, 1);
    assert.match(d.problems[0]!.message, /unique/);
    assert.equal(d.lines.lineAt(d.problems[0]!.range[0]), dup.split("\n").indexOf("channel: social"));
  });

  it("reports an unclosed front matter on a prompt", () => {
    const p = parsePrompt("/a.md", "---\nid: x\ntitle: T\n");
    assert.ok(p.isPrompt);
    assert.match(p.problems[0]!.message, /never closed/);
  });

  it("reports template errors and partials where they stand", () => {
    const text = prompt().replace(/---\n[^-]*$/, "---\nHello {{#audience}} open {{product}}\n");
    const p = parsePrompt("/a.md", text);
    assert.equal(p.problems.length, 1);
    assert.match(p.problems[0]!.message, /never closed/);
    const partial = prompt().replace(/---\n[^-]*$/, "---\n{{> footer}} {{audience}} {{product}}\n");
    const q = parsePrompt("/a.md", partial);
    assert.deepEqual(q.problems.map((x) => at(partial, x.range)), ["{{> footer}}"]);
  });

  it("does not parse a prompt over the size limit, and says so on the first line", () => {
    const text = prompt({ status: "draft", body: `${"x".repeat(MAX_PROMPT_CHARS)}\n` });
    const p = parsePrompt("/a.md", text);
    assert.ok(p.isPrompt);
    assert.equal(p.problems.length, 1);
    assert.match(p.problems[0]!.message, /limited to/);
    assert.equal(p.problems[0]!.range[0], 0);
    assert.equal(p.fields.id, "welcome-email");
  });
});
