import { strict as assert } from "node:assert";
import { z } from "zod";
import { LintCache, lintText, lintTextNow } from "../../src/core/engine.js";
import "../../src/core/rules/index.js";
import { resolveConfig } from "../../src/core/config/resolve.js";
import { memoryHost } from "../../src/core/host.js";
import { defineRule, type Rule } from "../../src/core/rules/types.js";

const host = memoryHost({});
const config = resolveConfig({ root: "/ws" });

/** A block rule that reports every "foo", counting its calls. */
function fooRule(counter: { calls: number }): Rule {
  return defineRule({
    id: "terms/use",
    category: "terms",
    meta: { description: "test", defaultSeverity: "warning", fixable: true },
    checkBlock(block, ctx) {
      counter.calls++;
      for (const m of block.text.matchAll(/foo/g)) {
        const at = block.range[0] + m.index!;
        ctx.report({ range: [at, at + 3], message: "foo found", fix: { range: [at, at + 3], text: "bar" } });
      }
    },
  });
}

describe("engine", () => {
  it("runs block rules and reports original offsets", async () => {
    const text = "---\nx: foo\n---\nA foo here.\n\n`foo` and foo.\n";
    const result = await lintText(text, { path: "a.md", config, host, rules: [fooRule({ calls: 0 })], strict: true });
    assert.deepEqual(result.findings.map((f) => f.range[0]), [text.indexOf("A foo") + 2, text.lastIndexOf("foo")]);
    assert.equal(result.findings[0]!.severity, "warning");
  });

  it("re-runs block rules only on changed blocks when given a cache", async () => {
    const counter = { calls: 0 };
    const rule = fooRule(counter);
    const cache = new LintCache();
    const paragraphs = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} with foo.`);
    const first = await lintText(paragraphs.join("\n\n"), { path: "a.md", config, host, rules: [rule], cache });
    assert.equal(counter.calls, 20);
    paragraphs[5] = "Paragraph five, edited, with foo and foo.";
    const text = paragraphs.join("\n\n");
    const second = await lintText(text, { path: "a.md", config, host, rules: [rule], cache });
    assert.equal(counter.calls, 21, "only the edited block ran again");
    assert.equal(second.findings.length, first.findings.length + 1);
    // Cached findings moved with their blocks.
    for (const f of second.findings) assert.equal(text.slice(f.range[0], f.range[1]), "foo");
    for (const f of second.findings) assert.equal(text.slice(f.fix!.range[0], f.fix!.range[1]), "foo");
  });

  it("drops cached results when the configuration changes", async () => {
    const counter = { calls: 0 };
    const cache = new LintCache();
    await lintText("foo", { path: "a.md", config, host, rules: [fooRule(counter)], cache });
    await lintText("foo", { path: "a.md", config: resolveConfig({ root: "/ws" }), host, rules: [fooRule(counter)], cache });
    assert.equal(counter.calls, 2);
  });

  it("records a failing rule and keeps the others", async () => {
    const boom = defineRule({ id: "tone/so", category: "tone", meta: { description: "t", defaultSeverity: "warning", fixable: false }, checkBlock() { throw new Error("kaput"); } });
    const result = await lintText("foo", { path: "a.md", config, host, rules: [boom, fooRule({ calls: 0 })] });
    assert.equal(result.findings.length, 1);
    assert.deepEqual(result.failures.map((f) => f.rule), ["tone/so"]);
    assert.match(result.failures[0]!.message, /kaput/);
    await assert.rejects(lintText("foo", { path: "a.md", config, host, rules: [boom], strict: true }), /kaput/);
  });

  it("rejects an invalid report, naming the rule and file", async () => {
    const bad = defineRule({ id: "tone/so", category: "tone", meta: { description: "t", defaultSeverity: "warning", fixable: false }, checkDocument(_d, ctx) { ctx.report({ range: [0, 99], message: "x" }); } });
    await assert.rejects(lintText("short", { path: "a.md", config, host, rules: [bad], strict: true }), /tone\/so.*a\.md.*outside the document/);
    const lenient = await lintText("short", { path: "a.md", config, host, rules: [bad] });
    assert.equal(lenient.findings.length, 0);
    assert.equal(lenient.failures.length, 1);
  });

  it("applies configured severities and skips rules that are off", async () => {
    const counter = { calls: 0 };
    const off = resolveConfig({ root: "/ws", parsed: { version: 1, rules: { terms: "off" } } });
    const none = await lintText("foo", { path: "a.md", config: off, host, rules: [fooRule(counter)] });
    assert.equal(none.findings.length, 0);
    assert.equal(counter.calls, 0);
    const err = resolveConfig({ root: "/ws", parsed: { version: 1, rules: { "terms/use": "error" } } });
    const result = await lintText("foo", { path: "a.md", config: err, host, rules: [fooRule(counter)] });
    assert.equal(result.findings[0]!.severity, "error");
  });

  it("reports a rule's invalid options in every document's result, and runs the rule with its defaults", async () => {
    const counter = { calls: 0 };
    const rule = defineRule({
      id: "terms/use",
      category: "terms",
      meta: { description: "test", defaultSeverity: "warning", fixable: false, options: z.strictObject({ max: z.number().int().positive().default(3) }) },
      checkBlock(block, ctx) {
        counter.calls++;
        ctx.report({ range: [block.range[0], block.range[0] + 1], message: `max ${(ctx.options as { max: number }).max}` });
      },
    });
    const rules = [rule];
    const bad = resolveConfig({ root: "/ws", parsed: { version: 1, rules: { "terms/use": { max: -1 } } } as never });
    for (const path of ["a.md", "b.md"]) {
      const result = await lintText("Some copy.", { path, config: bad, host, rules });
      assert.deepEqual(result.failures.map((f) => f.rule), ["terms/use"], path);
      assert.match(result.failures[0]!.message, /^Invalid options for terms\/use: /);
      assert.deepEqual(result.findings.map((f) => f.message), ["max 3"], `${path}: the defaults`);
    }
    // Another configuration (another object) is judged on its own: valid options, no failure.
    const good = resolveConfig({ root: "/ws", parsed: { version: 1, rules: { "terms/use": { max: 7 } } } as never });
    const result = await lintText("Some copy.", { path: "c.md", config: good, host, rules });
    assert.deepEqual(result.failures, []);
    assert.deepEqual(result.findings.map((f) => f.message), ["max 7"]);
    assert.equal(counter.calls, 3);
  });

  it("suppresses with comments and records the reason", async () => {
    const text = "<!-- copydesk-disable-next-line terms/use -- brand quote -->\nfoo\nfoo\n";
    const result = await lintText(text, { path: "a.md", config, host, rules: [fooRule({ calls: 0 })] });
    assert.equal(result.findings.length, 1);
    assert.equal(result.suppressed.length, 1);
    assert.equal(result.suppressed[0]!.by.reason, "brand quote");
  });
  describe("lintTextNow", () => {
    const documentRule = (id: string, check: Rule["checkDocument"]): Rule =>
      defineRule({ id, category: "tone", meta: { description: "t", defaultSeverity: "warning", fixable: false }, checkDocument: check });

    it("returns the result itself when every rule is synchronous, the same as lintText's", async () => {
      const text = "# Launch\n\nA foo here, and [a section](#launch) and [nowhere](#nowhere).\n";
      const now = lintTextNow(text, { path: "a.md", config, host });
      assert.ok(!(now instanceof Promise), "no rule needed the host, so no promise");
      const later = await lintText(text, { path: "a.md", config, host });
      assert.deepEqual(now.findings, later.findings);
      assert.ok(now.findings.some((f) => f.rule === "links/broken"), "the same-document anchor is checked synchronously");
    });

    it("continues asynchronously when a rule's check returns a promise, keeping the rules after it", async () => {
      const order: string[] = [];
      const slow = documentRule("tone/so", async (_d, ctx) => {
        order.push("slow started");
        await new Promise((resolve) => setTimeout(resolve, 5));
        ctx.report({ range: [0, 1], message: "late finding" });
        order.push("slow done");
      });
      const after = documentRule("tone/weasel", (_d, ctx) => {
        order.push("after");
        ctx.report({ range: [1, 2], message: "after finding" });
      });
      const now = lintTextNow("foo bar", { path: "a.md", config, host, rules: [slow, after] });
      assert.ok(now instanceof Promise);
      assert.deepEqual(order, ["slow started"], "the rules after an asynchronous one wait for it");
      const result = await now;
      assert.deepEqual(order, ["slow started", "slow done", "after"]);
      assert.deepEqual(result.findings.map((f) => f.message), ["late finding", "after finding"]);
    });

    it("records a rejected asynchronous check as the rule's failure, or rejects with it when strict", async () => {
      const failing = documentRule("tone/so", async () => {
        await Promise.resolve();
        throw new Error("host gone");
      });
      const result = await lintTextNow("foo", { path: "a.md", config, host, rules: [failing, fooRule({ calls: 0 })] });
      assert.deepEqual(result.failures.map((f) => f.rule), ["tone/so"]);
      assert.match(result.failures[0]!.message, /host gone/);
      assert.equal(result.findings.length, 1, "the block rule's finding stays");
      await assert.rejects(Promise.resolve(lintTextNow("foo", { path: "a.md", config, host, rules: [failing], strict: true })), /host gone/);
    });

    it("waits for links/broken only when the document links to another file", async () => {
      const files = memoryHost({ "/ws/other.md": "# Other\n" });
      const plain = lintTextNow("See [above](#top) and <https://example.com>.\n", { path: "a.md", config, host: files });
      assert.ok(!(plain instanceof Promise));
      const linked = lintTextNow("See [other](other.md#nope) and [gone](gone.md).\n", { path: "a.md", config, host: files });
      assert.ok(linked instanceof Promise);
      const broken = (await linked).findings.filter((f) => f.rule === "links/broken").map((f) => f.message);
      assert.equal(broken.length, 2);
      assert.match(broken.join("\n"), /"gone\.md" does not exist/);
      assert.match(broken.join("\n"), /#nope/);
    });
  });
});
