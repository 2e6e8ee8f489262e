/**
 * Deterministic (seeded) texts for the write-good parity test: mixtures of every list's phrases in
 * varied case and spacing, ordinary sentences, punctuation, line and paragraph breaks, repeated
 * words, sentences opening with "So" and "There is", curly apostrophes, hyphens and non-ASCII
 * letters next to words (which write-good's ASCII `\b` treats as boundaries).
 */
import fc from "fast-check";
import type { Rule } from "../../../src/core/rules/types.js";
import passive from "../../../src/core/rules/tone/passive.js";
import weasel from "../../../src/core/rules/tone/weasel.js";
import adverb from "../../../src/core/rules/tone/adverb.js";
import wordy from "../../../src/core/rules/tone/wordy.js";
import cliche from "../../../src/core/rules/tone/cliche.js";
import so from "../../../src/core/rules/tone/so.js";
import thereIs from "../../../src/core/rules/tone/there-is.js";
import illusion from "../../../src/core/rules/tone/illusion.js";
import ePrime from "../../../src/core/rules/tone/e-prime.js";
import { readWriteGoodLists } from "../../../scripts/gen-tone-data.js";

/** write-good's check names and our rules. */
export const WRITE_GOOD_RULES: Record<string, Rule<any>> = {
  passive, weasel, adverb, tooWordy: wordy, cliches: cliche, so, thereIs, illusion, eprime: ePrime,
};

const lists = readWriteGoodLists();
const participles = [...lists.passive.irregulars, "indeed", "walked", "roasted", "ed", "bed", "Shipped", "created"];
const PHRASES = [
  ...lists.wordy, ...lists.cliche, ...lists.weasel.words, ...lists.adverb.stems.map((s) => `${s}y`), ...lists.adverb.weakens,
  ...lists.ePrime, ...lists.passive.auxiliaries.flatMap((a) => participles.slice(0, 40).map((p) => `${a} ${p}`)),
  "too many", "Too few", "too  many", "is indeed", "was been used", "there's", "it’s", "aren’t",
];
const WORDS = [
  "coffee", "roast", "beans", "we", "our", "the", "a", "team", "brew", "fresh", "order", "ship", "today", "cup", "café",
  "naïve", "résumé", "İstanbul", "so", "So", "there", "There", "is", "are", "was", "many", "few", "too", "it", "in",
  "order", "to", "all", "of", "I", "3.5", "B2B", "e.g.", "U.S.", "x", "_", "don't", "isn’t", "Mr.", "éso", "soé", "thereé",
];
const STARTERS = [
  "So ", "so, ", "So.", "SO ", "So-called ", "  So ", " so\t", "There is ", "there are ", "THERE  is ", "There\tare ",
  "There isn't ", "There’s ", "there are.", "  There is ", "Soon ", "Sofa ", "Thereis ", "So\n", "There is\n",
];
const GAPS = [" ", " ", " ", " ", "  ", "\n", "\t", "\u00a0", "", "\u200c", "\r\n", "\n  ", "\n\n", "\r\n\r\n", "\n \n\t"];
const PUNCT = [". ", ", ", "! ", "? ", "; ", "... ", " - ", "-", "'", "’", "\"", "(", ") ", ".\n", "!\n\n", ".\n\n", "?!", ": ", "—"];

function recase(text: string, mode: number, bits: number): string {
  switch (mode) {
    case 1:
      return text.charAt(0).toUpperCase() + text.slice(1);
    case 2:
      return text.toUpperCase();
    case 3:
      return [...text].map((c, i) => ((bits >> i % 30) & 1 ? c.toUpperCase() : c)).join("");
    default:
      return text;
  }
}

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.record({ p: fc.constantFrom(...PHRASES), mode: fc.nat(6), bits: fc.nat(), gap: fc.constantFrom(...GAPS), spaced: fc.nat(4) })
      .map(({ p, mode, bits, gap, spaced }) => recase(spaced === 0 ? p.replace(/ /g, gap) : p, mode > 3 ? 0 : mode, bits)) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...STARTERS) },
  { weight: 2, arbitrary: fc.record({ w: fc.constantFrom(...WORDS, ...lists.weasel.words), gap: fc.constantFrom(...GAPS), up: fc.boolean() })
      .map(({ w, gap, up }) => `${w}${gap || " "}${up ? recase(w, 1, 0) : w}`) },
  { weight: 1, arbitrary: fc.constantFrom("-", "_", "é", "’", "\u200c", "\u0008", "2", "'s") },
);

const text = fc.array(fc.record({ piece, sep: fc.constantFrom(...GAPS, ". ", " ", " ") }), { minLength: 3, maxLength: 80, size: "large" })
  .map((parts) => parts.map(({ piece, sep }) => piece + sep).join(""))
  // Plain text starting with "---" would be read as front matter.
  .map((t) => (t.startsWith("---") ? `x${t}` : t));

/** `count` texts from `seed`, the same on every run. */
export function generatedTexts(count: number, seed: number): string[] {
  return fc.sample(text, { seed, numRuns: count });
}
