import { strict as assert } from "node:assert";
import { readdirSync } from "node:fs";
import { z } from "zod";
import { ClaimListSchema, ComparativeListSchema, compileList, expandVars, FreeListSchema, TestimonialListSchema } from "../../../src/core/rules/claims/list.js";
import { allRules } from "../../../src/core/rules/index.js";
import superlative from "../../../src/core/rules/claims/superlative.yaml";
import guarantee from "../../../src/core/rules/claims/guarantee.yaml";
import statistic from "../../../src/core/rules/claims/statistic.yaml";
import comparative from "../../../src/core/rules/claims/comparative.yaml";
import health from "../../../src/core/rules/claims/health.yaml";
import environmental from "../../../src/core/rules/claims/environmental.yaml";
import financial from "../../../src/core/rules/claims/financial.yaml";
import free from "../../../src/core/rules/claims/free.yaml";
import testimonial from "../../../src/core/rules/claims/testimonial.yaml";

const LISTS: Record<string, { data: unknown; schema: typeof ClaimListSchema }> = {
  superlative: { data: superlative, schema: ClaimListSchema },
  guarantee: { data: guarantee, schema: ClaimListSchema },
  statistic: { data: statistic, schema: ClaimListSchema },
  comparative: { data: comparative, schema: ComparativeListSchema as unknown as typeof ClaimListSchema },
  health: { data: health, schema: ClaimListSchema },
  environmental: { data: environmental, schema: ClaimListSchema },
  financial: { data: financial, schema: ClaimListSchema },
  free: { data: free, schema: FreeListSchema as unknown as typeof ClaimListSchema },
  testimonial: { data: testimonial, schema: TestimonialListSchema as unknown as typeof ClaimListSchema },
};

/** Every string pattern in a parsed list (tokens, exceptions, terms, nested cue lists). */
function patterns(value: unknown, key = ""): string[] {
  if (typeof value === "string") return ["tokens", "exceptions", "terms", "objects", "versus", "brandSides", "endorsement", "notEndorsementBefore", "speechVerbs", "anonymous"].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => patterns(v, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => patterns(v, k));
  return [];
}

describe("claims phrase lists", () => {
  it("has a list for every phrase rule, and no stray list files", () => {
    // clauses.generated.yaml is not a list: the prefilter's analysis of the lists' patterns (clauses.ts).
    const files = readdirSync("src/core/rules/claims").filter((f) => f.endsWith(".yaml") && !f.endsWith(".generated.yaml")).map((f) => f.slice(0, -5)).sort();
    assert.deepEqual(files, Object.keys(LISTS).sort());
    for (const name of files) assert.ok(allRules.some((r) => r.id === `claims/${name}`), `claims/${name} is not registered`);
  });

  for (const [name, { data, schema }] of Object.entries(LISTS)) {
    it(`${name}.yaml is well-formed: schema, placeholders, patterns that compile`, () => {
      const parsed = schema.safeParse(data);
      assert.ok(parsed.success, parsed.success ? "" : z.prettifyError(parsed.error));
      const list = parsed.data;
      assert.match(list.message, /\{match\}/, "the message names the matched text");
      assert.match(list.message, /claims\.yaml|copydesk claim/, "the message says how to clear the finding");
      assert.match(list.message, /[Ll]egal|[Rr]egulatory/, "the message says who reviews");
      for (const p of patterns(data)) {
        assert.doesNotThrow(() => new RegExp(expandVars(p, list.vars), "giu"), `${name}.yaml: ${p}`);
        assert.ok(!new RegExp(expandVars(p, list.vars), "giu").test(""), `${name}.yaml: ${p} matches the empty string`);
      }
      assert.doesNotThrow(() => compileList(name, data, schema).compiled.tokens);
    });
  }

  it("rejects a malformed list with the file and field", () => {
    assert.throws(() => compileList("broken", { kind: "existence", description: "x", message: "Found %s", tokens: [] }), /claims\/broken\.yaml: message: .*%s.*; tokens/);
    assert.throws(() => compileList("broken", { kind: "existence", description: "x", message: "{match} {what}", tokens: ["a"] }), /only placeholder/);
    assert.throws(() => compileList("broken", { kind: "existence", description: "x", message: "{match}", tokens: ["{{nope}}"] }), /Unknown variable \{\{nope\}\}/);
  });

  it("builds the token and exception RegExps on first read, once, as they were built at load", () => {
    for (const [name, { data, schema }] of Object.entries(LISTS)) {
      const { list, compiled } = compileList(name, data, schema);
      const tokens = compiled.tokens;
      assert.equal(compiled.tokens, tokens, `${name}: the same array on every read`);
      assert.equal(compiled.exceptions, compiled.exceptions);
      // What compileList built eagerly before: each source as a whole-word, global, multiline, Unicode pattern.
      const flags = `g${list.ignorecase ? "i" : ""}mu`;
      const eager = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${expandVars(p, list.vars)})(?![\\p{L}\\p{N}_])`, flags);
      assert.deepEqual(tokens.map((r) => [r.source, r.flags]), list.tokens.map((p) => [eager(p).source, eager(p).flags]), name);
      assert.deepEqual(compiled.exceptions.map((r) => [r.source, r.flags]), list.exceptions.map((p) => [eager(p).source, eager(p).flags]), name);
    }
  });

  it("reports a pattern that is not a regular expression with the file, field and index, when the list is first used", () => {
    const { compiled } = compileList("broken", { kind: "existence", description: "x", message: "{match}", tokens: ["fine", "x{2,1}"], exceptions: ["y{3,2}"] });
    assert.throws(() => compiled.tokens, /^Error: claims\/broken\.yaml: tokens\.1: Invalid regular expression/);
    assert.throws(() => compiled.exceptions, /^Error: claims\/broken\.yaml: exceptions\.0: Invalid regular expression/);
    // An unknown variable is still found at load, with the schema's problems.
    assert.throws(() => compileList("broken", { kind: "existence", description: "x", message: "{match}", tokens: ["ok"], exceptions: ["{{nope}}"] }), /Unknown variable \{\{nope\}\}/);
  });
});
