import { strict as assert } from "node:assert";
import fc from "fast-check";
import { RE2JS } from "re2js";
import { findRegisterPhrases, phraseSource, requiredLiteral } from "../../src/core/claims/register.js";
import type { ClaimEntry } from "../../src/core/config/schema.js";

/** The reference: every match of the phrase as RE2 finds it (how every entry was matched before). */
function re2Matches(text: string, phrase: string): [number, number][] {
  const m = RE2JS.compile(phraseSource(phrase), RE2JS.CASE_INSENSITIVE).matcher(text);
  const out: [number, number][] = [];
  let from = 0;
  while (from <= text.length && m.find(from)) {
    if (m.end() > m.start()) out.push([m.start(), m.end()]);
    from = m.end() > m.start() ? m.end() : m.start() + 1;
  }
  return out;
}

const entry = (text: string): ClaimEntry => ({ id: "CLM-1", text }) as ClaimEntry;

describe("claims register phrases", () => {
  it("finds a text: phrase case-insensitively, across line breaks, as whole words", () => {
    const text = "Our 99.99% UPTIME is\nbacked.  99.99%   uptime again; not 99.99% uptimes.";
    assert.deepEqual(findRegisterPhrases([entry("99.99% uptime")], text, 10).map((m) => m.range), [[14, 27], [40, 55]]);
  });

  it("matches text: phrases exactly as RE2 did, on generated texts (the native engine is only faster)", () => {
    // Not the long s (U+017F) or the Kelvin sign (U+212A): the native engine's case folding treats
    // them as letters of a word (ſafe matches "safe"), RE2's word boundary does not. Nothing else differs.
    const word = fc.constantFrom("free", "Free", "FREE", "best", "the", "uptime", "99.99%", "No.1", "über", "Über", "naïve", "ÉTÉ", "été", "safe", "(beta)", "a+b", "\\s", "$5", "x.y", "é", "Straße", "STRASSE", "ǅ", "ǆ");
    const space = fc.constantFrom(" ", "  ", "\n", "\t", "\u00a0", "\r\n", "", ", ", ".");
    const text = fc.array(fc.tuple(word, space), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, phrase, (t, p) => {
        assert.deepEqual(findRegisterPhrases([entry(p)], t, 0).map((m) => m.range), re2Matches(t, p));
      }),
      { numRuns: 2000 },
    );
  });

  it("knows the literal every match of a simple pattern contains, and gives up on the rest", () => {
    assert.equal(requiredLiteral("deploys? in under (?:60|sixty) seconds"), " in under ".trim());
    assert.equal(requiredLiteral("up to \\d+%"), "up to");
    assert.equal(requiredLiteral("No\\. ?1 in \\w+"), "1 in", "the space before ? is optional: two runs, the longer wins");
    assert.equal(requiredLiteral("SOC ?2 Type (?:I|II)"), "2 type");
    assert.equal(requiredLiteral("best|greatest"), undefined, "a top-level alternative");
    assert.equal(requiredLiteral("\\x41BC uptime"), undefined, "an escape it does not read");
    assert.equal(requiredLiteral("\\Qa|b\\E"), undefined);
    assert.equal(requiredLiteral("ab{x}cd"), undefined, "a brace that is not a repetition");
    assert.equal(requiredLiteral("[a-z]+ly"), undefined, "nothing of three characters or more");
  });

  it("matches pattern: entries exactly as RE2 alone does, prefilter or not, on generated texts", () => {
    const patterns = ["deploys? in under (?:60|sixty) seconds", "up to \\d+%", "best[- ]in[- ]class", "\\bno\\.? ?1\\b", "(?:save|cut) \\d+ ?%", "a{2,3}b uptime", "x\\.y", "carbon (?:neutral|negative)", "[a-z]+ uptime", "guaranteed?", "ſafe bet", "SAFE BET"];
    const word = fc.constantFrom("deploy", "deploys", "DEPLOYS", "in", "under", "60", "sixty", "seconds", "up", "to", "40%", "best", "in-class", "class", "no.", "No", "1", "save", "cut", "5", "%", "aab", "aaab", "uptime", "x.y", "xzy", "carbon", "neutral", "Negative", "guarantee", "Guaranteed", "safe", "ſafe", "bet", "ſafe bet", "Safe bet", "in under 60 seconds", "K", "é");
    const space = fc.constantFrom(" ", "  ", "\n", "-", "", ". ");
    const text = fc.array(fc.tuple(word, space), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (t, pattern) => {
        const m = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE).matcher(t);
        const expected: [number, number][] = [];
        let from = 0;
        while (from <= t.length && m.find(from)) {
          if (m.end() > m.start()) expected.push([m.start(), m.end()]);
          from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        assert.deepEqual(findRegisterPhrases([{ id: "CLM-P", pattern } as ClaimEntry], t, 0).map((x) => x.range), expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("runs a pattern: on RE2, which cannot backtrack without end", () => {
    const nasty = { id: "CLM-2", pattern: "(a+)+$" } as ClaimEntry;
    const text = `${"a".repeat(5000)}!`;
    assert.deepEqual(findRegisterPhrases([nasty], text, 0), []);
    assert.deepEqual(findRegisterPhrases([{ id: "CLM-3", pattern: "up to \\d+%" } as ClaimEntry], "Save UP TO 40% now", 0).map((m) => m.range), [[5, 14]]);
  });
});
