/**
 * The claims prefilter must never skip a pattern that matches: for every compiled claims pattern
 * (and some awkward synthetic ones), `findAll` with the prefilter gives exactly the spans of running
 * every pattern, on texts built to match the patterns (samples of each pattern's own language, in
 * random case, with lookalike letters such as "ſ" and the Kelvin sign, glued into random context).
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { asciiGuardsHold, asciiTwin, compileList, ComparativeListSchema, findAll, FreeListSchema, matchEach, TestimonialListSchema, ClaimListSchema, type CompiledList } from "../../../src/core/rules/claims/list.js";
import { clausesOf } from "../../../src/core/rules/claims/clauses.js";
import superlative from "../../../src/core/rules/claims/superlative.yaml";
import guarantee from "../../../src/core/rules/claims/guarantee.yaml";
import statistic from "../../../src/core/rules/claims/statistic.yaml";
import comparative from "../../../src/core/rules/claims/comparative.yaml";
import health from "../../../src/core/rules/claims/health.yaml";
import environmental from "../../../src/core/rules/claims/environmental.yaml";
import financial from "../../../src/core/rules/claims/financial.yaml";
import free from "../../../src/core/rules/claims/free.yaml";
import testimonial from "../../../src/core/rules/claims/testimonial.yaml";

/** The pattern sets that detect.ts and quotes.ts pass to findAll, compiled the same way. */
function patternSets(): Record<string, RegExp[]> {
  const sets: Record<string, RegExp[]> = {};
  const add = (name: string, compiled: CompiledList) => {
    sets[`${name} tokens`] = [...compiled.tokens];
    if (compiled.exceptions.length > 0) sets[`${name} exceptions`] = [...compiled.exceptions];
  };
  for (const [name, data] of Object.entries({ superlative, guarantee, statistic, health, environmental, financial })) add(name, compileList(name, data, ClaimListSchema).compiled);
  const comp = compileList("comparative", comparative, ComparativeListSchema);
  add("comparative", comp.compiled);
  sets["comparative beat"] = [...comp.list.beat.tokens, ...comp.list.beat.exceptions, ...comp.list.versus].map((t) => comp.compiled.pattern(t));
  const fr = compileList("free", free, FreeListSchema);
  add("free", fr.compiled);
  sets["free terms"] = fr.list.terms.map((t) => fr.compiled.pattern(t));
  const te = compileList("testimonial", testimonial, TestimonialListSchema);
  add("testimonial", te.compiled);
  sets["testimonial cues"] = [...te.list.quotes.endorsement, ...te.list.quotes.speechVerbs].map((t) => te.compiled.pattern(t));
  const synthetic = [
    String.raw`(?:x|yz)+q`, String.raw`\bROI\b`, String.raw`ab(?!\p{L})`, String.raw`(?<!\p{L})cd\d{2,3}`, String.raw`k[ae]y(?:s|ed)?\s?[x×]`,
    String.raw`(?:un)?sure(?=\s+(?:thing|bet)(?!\p{L}))`, String.raw`\p{L}+ing\s+up`, String.raw`[$£]\s?\d+(?:\.\d\d)?`, String.raw`^[ \t]*ok$`,
    String.raw`(?<!\p{L})x1(?!\p{L})`, String.raw`s[ſ]?tar(?:\s+\w+){0,2}\s+now`, String.raw`(?:a|an)\s+(?:[\p{L}-]+\s+){1,2}(?:is|are)`, String.raw`na[iï]ve`, String.raw`(?<=\s)go(?=\s)`,
    String.raw`λόγοσ`, String.raw`σ%`, String.raw`𝒜best`, String.raw`ok[𝒜ς]`,
  ];
  const own = compileList("synthetic", { kind: "existence", description: "x", message: "{match}", tokens: ["x"] }).compiled;
  sets["synthetic, whole words"] = synthetic.map((s) => own.pattern(s));
  sets["synthetic, bare"] = synthetic.map((s) => new RegExp(s, "gimu"));
  return sets;
}

const SETS = patternSets();

/** A pattern's source without its lookarounds, for fast-check's regex sampler (which has none). */
function withoutLookarounds(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    if (source.startsWith("(?=", i) || source.startsWith("(?!", i) || source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) {
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i++) {
        const c = source[i];
        if (c === "\\") {
          i++;
          continue;
        }
        if (inClass) {
          if (c === "]") inClass = false;
          continue;
        }
        if (c === "[") inClass = true;
        else if (c === "(") depth++;
        else if (c === ")" && --depth === 0) break;
      }
      i++;
      continue;
    }
    if (source[i] === "\\") {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    out += source[i];
    i++;
  }
  return out.replace(/\\b/g, "").replace(/\^|\$/g, "");
}

const LOOKALIKES: Record<string, string> = { s: "ſ", k: "\u212a" };
const GLUE = [" ", " ", " ", "  ", "\n", "-", ". ", ", ", "'", "’", "#", "%", "$", "1", "2x", "_", "é", "ß", "İ", "Σ", "ς", "𝒜", "", "the ", "our ", "in the world", "ever"];

function vary(sample: string, flips: number[]): string {
  let out = "";
  for (let k = 0; k < sample.length; k++) {
    const c = sample[k]!;
    const f = flips[k % flips.length]!;
    out += f === 1 ? c.toUpperCase() : f === 2 && LOOKALIKES[c.toLowerCase()] ? LOOKALIKES[c.toLowerCase()]! : c;
  }
  return out;
}

function textsFor(patterns: readonly RegExp[]): fc.Arbitrary<string> {
  const samplers = patterns.flatMap((re) => {
    try {
      return [fc.stringMatching(new RegExp(`^(?:${withoutLookarounds(re.source)})$`, "u"), { size: "small" })];
    } catch {
      return [];
    }
  });
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.oneof(...samplers), fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: 1, maxLength: 5 })).map(([s, flips]) => vary(s, flips)) },
    { weight: 2, arbitrary: fc.constantFrom(...GLUE) },
  );
  return fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
}

describe("claims prefilter (property)", () => {
  for (const [name, patterns] of Object.entries(SETS)) {
    it(`finds what running every pattern finds: ${name}`, () => {
      fc.assert(
        fc.property(textsFor(patterns), (text) => {
          assert.deepEqual(findAll(patterns, text), matchEach(patterns, text), JSON.stringify(text));
        }),
        { numRuns: 150 },
      );
    });
  }

  it("filters most claims patterns by their words", () => {
    const all = Object.entries(SETS).filter(([name]) => !name.startsWith("synthetic")).flatMap(([, p]) => p);
    const filtered = all.filter((re) => clausesOf(re).length > 0).length;
    assert.ok(filtered / all.length > 0.9, `${filtered} of ${all.length}`);
  });

  it("derives whole words, parts of words and characters from a pattern", () => {
    const own = compileList("synthetic", { kind: "existence", description: "x", message: "{match}", tokens: ["x"] }).compiled;
    assert.deepEqual(clausesOf(own.pattern(String.raw`(?:the\s+)?best`)), [{ words: ["best"], substrings: [] }]);
    assert.deepEqual(clausesOf(own.pattern(String.raw`guarantee[sd]?`)), [{ words: ["guarantee", "guarantees", "guaranteed"], substrings: [] }]);
    assert.deepEqual(clausesOf(own.pattern(String.raw`\p{L}{2,}est`)), [{ words: [], substrings: ["est"] }]);
    assert.deepEqual(clausesOf(own.pattern(String.raw`\d+\s?%`)), [{ words: [], substrings: ["%"] }, { words: [], substrings: [], digit: true }]);
    // A common word alone filters nothing: no clause, the pattern always runs.
    assert.deepEqual(clausesOf(own.pattern(String.raw`the\s+\p{L}+`)), []);
  });
});

describe("claims patterns with ASCII whole-word guards (property)", () => {
  // Half the texts lose their letters and digits outside ASCII (typographic quotes and symbols
  // stay), so that the ASCII-guarded twins run on them.
  const asciiWords = (text: string) => text.replace(/(?![\x00-\x7f])[\p{L}\p{N}]/gu, "");
  for (const [name, patterns] of Object.entries(SETS)) {
    it(`find what the patterns as written find: ${name}`, () => {
      fc.assert(
        fc.property(textsFor(patterns), fc.boolean(), (raw, strip) => {
          const text = strip ? asciiWords(raw) : raw;
          assert.deepEqual(matchEach(patterns, text), matchEach(patterns, text, false), JSON.stringify(text));
        }),
        { numRuns: 150 },
      );
    });
  }

  it("are used only where no letter or digit lies outside ASCII", () => {
    assert.equal(asciiGuardsHold("It’s the best — “really” #1, 40% off…"), true);
    for (const text of ["the best café", "naïve", "ſtar", "\u212aey", "𝒜best", "best²", "١٢٣"]) assert.equal(asciiGuardsHold(text), false, text);
    const own = compileList("synthetic", { kind: "existence", description: "x", message: "{match}", tokens: ["x"] }).compiled;
    const written = own.pattern(String.raw`best(?:\s+\p{L}+)?`);
    const twin = asciiTwin(written);
    assert.equal(twin.source, String.raw`(?<![A-Za-z0-9_])(?:best(?:\s+\p{L}+)?)(?![A-Za-z0-9_])`, "only the guards change");
    assert.equal(twin.flags, written.flags);
    assert.equal(asciiTwin(written), twin, "made once");
    const bare = /best/giu;
    assert.equal(asciiTwin(bare), bare, "a pattern without the guards is its own twin");
  });
});

