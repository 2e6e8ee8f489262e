import { RE2JS } from "re2js";
import type { ClaimEntry } from "../config/schema.js";
import type { Range } from "../text/line-index.js";

export type ClaimStatus = "approved" | "expired" | "out-of-scope";

/** Whether a register entry approves a claim in this channel today. */
export function claimStatus(entry: ClaimEntry, channel: string | undefined, today: string): ClaimStatus {
  if (entry.expires !== undefined && entry.expires < today) return "expired";
  if (entry.channels && entry.channels.length > 0 && (channel === undefined || !entry.channels.includes(channel))) return "out-of-scope";
  return "approved";
}

export interface RegisterMatch {
  readonly entry: ClaimEntry;
  readonly range: Range;
}

/** Finds the next match at or after `from`: its [start, end), or undefined. */
type Matcher = (text: string, from: number) => readonly [number, number] | undefined;

/** An entry's matcher, and a lower-case ASCII string every match contains (a prefilter), if one is known. */
interface Compiled {
  readonly find: Matcher;
  readonly literal: string | undefined;
}

const compiled = new WeakMap<ClaimEntry, Compiled>();

/**
 * The longest run of literal characters that every match of an RE2 pattern contains, lower case,
 * when the pattern is simple enough to tell (no top-level `|`): characters outside groups and
 * classes, escapes of punctuation included, a character followed by a quantifier left out. Only
 * ASCII letters, digits, spaces and punctuation count, whose case folding `toLowerCase` matches
 * (the long s, which folds to "s", is handled by the caller). Undefined: no usable literal.
 */
export function requiredLiteral(source: string): string | undefined {
  const runs: string[] = [];
  let run = "";
  let depth = 0;
  const end = () => {
    if (run) runs.push(run);
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      i++;
      if (/[A-Za-z0-9]/.test(next)) {
        // Classes and assertions end a run; any other escape (\x41, \p{L}, \Q…\E, octal) is not worth reading.
        if (!/[dDsSwWbB]/.test(next)) return undefined;
        end();
      } else if (depth === 0 && /^[ -~]$/.test(next) && !/[?*+{]/.test(source[i + 1] ?? "")) run += next.toLowerCase();
      else end();
      continue;
    }
    if (c === "(") {
      depth++;
      end();
    } else if (c === ")") {
      depth = Math.max(0, depth - 1);
      end();
    } else if (c === "[") {
      end();
      // Skip the class: `]` right after `[` or `[^` is a literal member.
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "|") {
      if (depth === 0) return undefined;
    } else if (/[?*+{]/.test(c)) {
      // The character before a quantifier is optional or repeated: not a fixed part of the run.
      run = run.slice(0, -1);
      end();
      if (c === "{") {
        const close = source.indexOf("}", i);
        // A repetition is {n}, {n,} or {n,m}; anything else is not read.
        if (close < 0 || !/^\{\d+(?:,\d*)?\}$/.test(source.slice(i, close + 1))) return undefined;
        i = close;
      }
    } else if (depth === 0 && /^[ -~]$/.test(c) && !/[.^$]/.test(c)) {
      run += c.toLowerCase();
    } else end();
  }
  end();
  const best = runs.map((r) => r.trim()).sort((a, b) => b.length - a.length)[0];
  return best && best.length >= 3 ? best : undefined;
}

/** The longest all-ASCII word of a `text:` phrase, lower case: every match contains it. */
function phraseLiteral(text: string): string | undefined {
  const words = text.trim().split(/\s+/).filter((w) => /^[ -~]+$/.test(w));
  const best = words.sort((a, b) => b.length - a.length)[0];
  return best && best.length >= 2 ? best.toLowerCase() : undefined;
}

/**
 * The regular expression of a `text:` entry: the phrase, case-insensitive, any run of whitespace
 * between its words, whole words at its ends. Exported for the test that holds the native and the
 * RE2 matching of it to the same results.
 */
export function phraseSource(text: string, space = "\\s"): string {
  const phrase = text.trim();
  let source = phrase.split(/\s+/).map(escapeRe2).join(`${space}+`);
  if (/^\w/.test(phrase)) source = `\\b${source}`;
  if (/\w$/.test(phrase)) source = `${source}\\b`;
  return source;
}

/**
 * A `pattern:` is user-supplied, so it runs on RE2 (linear time: no pattern can hang the linter).
 * A `text:` phrase is escaped literal words, so the native engine runs it, several times faster
 * and just as safe: with no nested or adjacent quantifiers over the same characters it cannot
 * backtrack catastrophically. Its `\s` is RE2's ASCII whitespace, spelled out, and Unicode case
 * folding (`u`) is RE2's; the one difference is that the long s and the Kelvin sign count as word
 * letters, so "ſafe" matches the phrase "safe" (test/core/claims-register.test.ts).
 */
function matcherFor(entry: ClaimEntry): Compiled {
  const known = compiled.get(entry);
  if (known) return known;
  let matcher: Matcher;
  if (entry.pattern === undefined) {
    const re = new RegExp(phraseSource(entry.text!, "[\\t\\n\\f\\r ]"), "giu");
    matcher = (text, from) => {
      re.lastIndex = from;
      const m = re.exec(text);
      return m ? [m.index, m.index + m[0].length] : undefined;
    };
  } else {
    const re = RE2JS.compile(entry.pattern, RE2JS.CASE_INSENSITIVE);
    matcher = (text, from) => {
      const m = re.matcher(text);
      return m.find(from) ? [m.start(), m.end()] : undefined;
    };
  }
  const result = { find: matcher, literal: entry.pattern === undefined ? phraseLiteral(entry.text!) : requiredLiteral(entry.pattern) };
  compiled.set(entry, result);
  return result;
}

/** Every place in `text` (a prose block's masked text) where a register phrase appears. */
export function findRegisterPhrases(entries: readonly ClaimEntry[], text: string, offset: number): RegisterMatch[] {
  const out: RegisterMatch[] = [];
  // A phrase runs only on text that holds its literal. The long s folds to "s" in case-insensitive
  // matching but not in toLowerCase, so text with one runs every phrase.
  const lower = text.includes("ſ") ? undefined : text.toLowerCase();
  for (const entry of entries) {
    const { find, literal } = matcherFor(entry);
    if (lower !== undefined && literal !== undefined && !lower.includes(literal)) continue;
    let from = 0;
    let m: readonly [number, number] | undefined;
    while (from <= text.length && (m = find(text, from))) {
      const [s, e] = m;
      if (e > s) out.push({ entry, range: [offset + s, offset + e] });
      from = e > s ? e : s + 1;
    }
  }
  return out;
}

function escapeRe2(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
