/**
 * A prefilter for the claims patterns: which patterns can match a text at all, decided from the
 * words of the text, so that a block runs only the few regular expressions whose words it has.
 *
 * Each pattern is analysed once, from its source, into clauses (clauses.ts): conditions that every
 * match implies. A pattern runs on a text only when each of its clauses holds there; the prefilter
 * never skips a pattern that would match (a property test compares it with running every pattern).
 *
 * The words of a text are looked up once per text in one table of all registered patterns'
 * words, as tone's phrase index does: the cost per text is one scan, not one test per pattern.
 */
import { clausesOf } from "./clauses.js";

interface Prepared {
  readonly id: number;
  readonly clauses: readonly { readonly bit: number; readonly substrings: readonly string[] }[];
  /** All clause bits: the pattern may match when its marks hold them all (substrings aside). */
  readonly all: number;
}

const prepared = new WeakMap<RegExp, Prepared>();
/** Word hash → the words filed under it, each with its [pattern id, clause bit] pairs, flattened. */
const byHash = new Map<number, { readonly word: string; readonly hits: number[] }[]>();
/** The key under which clauses that an ASCII digit satisfies are filed. */
const DIGIT = "\u0000digit";
let patternCount = 0;

function hashOf(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

function entryFor(word: string): { readonly word: string; readonly hits: number[] } {
  const h = hashOf(word);
  let bucket = byHash.get(h);
  if (!bucket) byHash.set(h, (bucket = []));
  let entry = bucket.find((e) => e.word === word);
  if (!entry) bucket.push((entry = { word, hits: [] }));
  return entry;
}

function prepare(re: RegExp): Prepared {
  let p = prepared.get(re);
  if (p) return p;
  const id = patternCount++;
  const clauses = clausesOf(re).map((c, k) => {
    const bit = 1 << k;
    for (const w of c.digit ? [...c.words, DIGIT] : c.words) entryFor(w).hits.push(id, bit);
    return { bit, substrings: c.substrings };
  });
  p = { id, clauses, all: clauses.reduce((n, c) => n | c.bit, 0) };
  prepared.set(re, p);
  recent.clear();
  recentChars = 0;
  return p;
}

interface TextIndex {
  readonly marks: Uint8Array;
  readonly lower: string;
}

/**
 * Recent texts' indexes, oldest first: the phrase categories read a block one after another, and
 * claims/testimonial reads the same blocks again after the block rules (a Map keyed by the block's
 * own string finds it without rehashing).
 */
const recent = new Map<string, TextIndex>();
const RECENT = 512;
/** At most this many characters of text (and as many of its lower case) stay referenced. */
const RECENT_CHARS = 1 << 21;
let recentChars = 0;

const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CODE[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const LETTERS = /\p{L}+/gu;

/** Length (1 or 2 code units) of the word character at `i`, or 0. */
function wordCharAt(text: string, i: number, c: number): number {
  if (c < 128) return WORD_CODE[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return NON_ASCII_WORD.test(text.slice(i, i + 2)) ? 2 : 0;
  return NON_ASCII_WORD.test(text[i]!) ? 1 : 0;
}

function indexFor(text: string): TextIndex {
  const hit = recent.get(text);
  if (hit) return hit;
  const index = buildIndex(text);
  if (text.length > RECENT_CHARS) return index;
  while (recent.size >= RECENT || (recent.size > 0 && recentChars + text.length > RECENT_CHARS)) {
    const oldest = recent.keys().next().value!;
    recent.delete(oldest);
    recentChars -= oldest.length;
  }
  recent.set(text, index);
  recentChars += text.length;
  return index;
}

function buildIndex(text: string): TextIndex {
  const marks = new Uint8Array(patternCount);
  const markHits = (hits: readonly number[]) => {
    for (let k = 0; k < hits.length; k += 2) marks[hits[k]!]! |= hits[k + 1]!;
  };
  const markWord = (word: string) => {
    const entry = byHash.get(hashOf(word))?.find((e) => e.word === word);
    if (entry) markHits(entry.hits);
  };
  // Case folding as the `iu` patterns see it: "ſ" matches "s" (the Kelvin sign lowercases to "k").
  let lower = text.toLowerCase();
  if (lower.indexOf("ſ") !== -1) lower = lower.replace(/ſ/g, "s");
  const sameLength = lower.length === text.length;
  const n = text.length;
  let digit = false;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let w = wordCharAt(text, i, c);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let letters = true;
    let h = 0;
    do {
      if (c < 128) {
        if (c >= 48 && c <= 57) {
          digit = true;
          letters = false;
        } else if (c === 95) letters = false;
        else if (c <= 90) c += 32;
      } else letters = false; // judged again below, from the word's text
      h = (Math.imul(h, 31) + c) | 0;
      if (w === 2) h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) | 0;
      i += w;
      if (i >= n) break;
      c = text.charCodeAt(i);
      w = wordCharAt(text, i, c);
    } while (w !== 0);
    if (letters) {
      // ASCII letters only: the hash is the lower-case word's, no string needed.
      const bucket = byHash.get(h);
      if (bucket) {
        for (const e of bucket) {
          if (e.word.length === i - start && (sameLength ? lower.startsWith(e.word, start) : text.slice(start, i).toLowerCase() === e.word)) markHits(e.hits);
        }
      }
      continue;
    }
    const word = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase().replace(/ſ/g, "s");
    markWord(word);
    // Runs of letters count as words too ("world" in "world2"), for patterns that end a word at the
    // next non-letter.
    for (const run of word.match(LETTERS) ?? []) if (run !== word) markWord(run);
  }
  if (digit) markWord(DIGIT);
  return { marks, lower };
}

const preparedSets = new WeakMap<readonly RegExp[], readonly Prepared[]>();

/** The patterns of `patterns` that may match `text`, in order; the others cannot. Patterns are analysed on first use. */
export function candidates(patterns: readonly RegExp[], text: string): RegExp[] {
  let prep = preparedSets.get(patterns);
  if (!prep) preparedSets.set(patterns, (prep = patterns.map(prepare)));
  const idx = indexFor(text);
  const out: RegExp[] = [];
  for (let k = 0; k < patterns.length; k++) if (passes(prep[k]!, idx)) out.push(patterns[k]!);
  return out;
}

function passes(p: Prepared, idx: TextIndex): boolean {
  if (p.all === 0) return true;
  const m = idx.marks[p.id] ?? 0;
  if ((m & p.all) === p.all) return true;
  // Word-only clauses first: a missing word rules the pattern out without a substring search.
  for (const c of p.clauses) if ((m & c.bit) === 0 && c.substrings.length === 0) return false;
  for (const c of p.clauses) {
    if (m & c.bit) continue;
    let found = false;
    for (const s of c.substrings) {
      if (idx.lower.includes(s)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
