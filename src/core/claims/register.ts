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

const compiled = new WeakMap<ClaimEntry, Matcher>();

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
function matcherFor(entry: ClaimEntry): Matcher {
  let matcher = compiled.get(entry);
  if (matcher) return matcher;
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
  compiled.set(entry, matcher);
  return matcher;
}

/** Every place in `text` (a prose block's masked text) where a register phrase appears. */
export function findRegisterPhrases(entries: readonly ClaimEntry[], text: string, offset: number): RegisterMatch[] {
  const out: RegisterMatch[] = [];
  for (const entry of entries) {
    const find = matcherFor(entry);
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
