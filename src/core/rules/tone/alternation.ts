/**
 * A fast, exact stand-in for the regular expressions of write-good's phrase checks,
 * `/\b(phrase1|phrase2|…)\b/gi`: the same matches at the same offsets, without trying hundreds of
 * alternatives at every position.
 *
 * What it reproduces, because write-good's results depend on it:
 * - ordered alternation: at a position, the first phrase *in list order* that matches wins (not the
 *   longest), and matches never overlap (the scan resumes where the last match ended);
 * - `\b` is ASCII (`[A-Za-z0-9_]`), and case folding is ASCII only (the `i` flag without `u`);
 * - in `flexibleSpaces` mode (too-wordy, no-cliches) a space in a phrase is `[\b\s\u200C]*`: any run
 *   of whitespace, backspace or zero-width non-joiner, including none ("allof" matches "all of");
 *   a trailing space is matched greedily and given back if the final `\b` needs it;
 * - `?` makes the character before it optional (no-cliches' "will wonders never cease?");
 * - `notAfterHyphen`: too-wordy's `(?<!-)` before the group;
 * - `foldQuotes`: e-prime reads ‘ and ’ as an apostrophe.
 *
 * How it is fast: every phrase starts with a word character, so a match can only start where an
 * ASCII word starts. At each word start it hashes the next few characters (skipping what a flexible
 * space may skip) and tries only the phrases filed under that hash, in list order.
 */
import { isAsciiBoundary, isJsSpaceCode, type WordSpans } from "../../text/words.js";

export interface AlternationOptions {
  readonly flexibleSpaces?: boolean;
  readonly notAfterHyphen?: boolean;
  readonly foldQuotes?: boolean;
}

export interface AlternationMatch {
  readonly start: number;
  readonly end: number;
  /** Index of the matching phrase in the list. */
  readonly index: number;
}

/** A flexible space. */
const GAP = -1;
/** Added to a character code: the character is optional. */
const OPTIONAL = 0x10000;
/** How many leading characters are hashed to file a phrase. */
const KEY_LENGTH = 4;

interface Alternative {
  readonly index: number;
  readonly elements: readonly number[];
}

export class OrderedAlternation {
  private readonly byKey = new Map<number, Alternative[]>();
  private readonly byFirst = new Map<number, Alternative[]>();

  constructor(readonly phrases: readonly string[], private readonly options: AlternationOptions = {}) {
    phrases.forEach((phrase, index) => {
      const elements = compile(phrase, options.flexibleSpaces ?? false);
      const first = elements[0]!;
      if (first < 0 || first >= OPTIONAL || !isWordChar(first)) throw new Error(`A phrase must start with a word character: ${JSON.stringify(phrase)}`);
      const literals: number[] = [];
      for (const e of elements) {
        if (e === GAP) continue;
        if (e >= OPTIONAL || literals.length === KEY_LENGTH) break;
        literals.push(e);
      }
      const alternative = { index, elements };
      if (literals.length === KEY_LENGTH) push(this.byKey, hash(literals), alternative);
      else push(this.byFirst, first, alternative);
    });
  }

  /** Hashes under which phrases are filed, and first characters of the short phrases (for `PhraseIndex`). */
  get filing(): { readonly keys: Iterable<number>; readonly firsts: Iterable<number> } {
    return { keys: this.byKey.keys(), firsts: this.byFirst.keys() };
  }

  /**
   * Every match in `text`, whose ASCII words are `words`, in order. With `candidates`, only words
   * `w` with `candidates[w] & bit` are tried (a shared prefilter, see phrase-index.ts).
   */
  findAll(text: string, words: WordSpans, candidates?: ArrayLike<number>, bit = 0): AlternationMatch[] {
    const out: AlternationMatch[] = [];
    const { flexibleSpaces = false, notAfterHyphen = false, foldQuotes = false } = this.options;
    let resume = 0;
    for (let w = 0; w < words.count; w++) {
      if (candidates && (candidates[w]! & bit) === 0) continue;
      const p = words.starts[w]!;
      if (p < resume) continue;
      if (notAfterHyphen && p > 0 && text.charCodeAt(p - 1) === 45) continue;
      const short = this.byFirst.get(fold(text.charCodeAt(p), foldQuotes));
      const long = this.byKey.size > 0 ? this.byKey.get(textKey(text, p, flexibleSpaces, foldQuotes)) : undefined;
      if (!short && !long) continue;
      const found = this.firstMatch(text, p, short, long, foldQuotes);
      if (found) {
        out.push(found);
        resume = found.end;
      }
    }
    return out;
  }

  private firstMatch(text: string, p: number, a: Alternative[] | undefined, b: Alternative[] | undefined, foldQuotes: boolean): AlternationMatch | undefined {
    // Both lists are in list order: merge them, trying the earliest phrase first.
    let i = 0;
    let j = 0;
    const na = a?.length ?? 0;
    const nb = b?.length ?? 0;
    while (i < na || j < nb) {
      const alt = j >= nb || (i < na && a![i]!.index < b![j]!.index) ? a![i++]! : b![j++]!;
      const end = matchFrom(text, p, alt.elements, 0, foldQuotes);
      if (end >= 0) return { start: p, end, index: alt.index };
    }
    return undefined;
  }
}

function push(map: Map<number, Alternative[]>, key: number, alternative: Alternative): void {
  const list = map.get(key);
  if (list) list.push(alternative);
  else map.set(key, [alternative]);
}

function compile(phrase: string, flexibleSpaces: boolean): number[] {
  const out: number[] = [];
  for (const ch of phrase) {
    if (ch === " " && flexibleSpaces) {
      if (out[out.length - 1] !== GAP) out.push(GAP);
    } else if (ch === "?") {
      const last = out.pop();
      if (last === undefined || last === GAP || last >= OPTIONAL) throw new Error(`Misplaced "?" in ${JSON.stringify(phrase)}`);
      out.push(last + OPTIONAL);
    } else if (/[\\^$.*+()[\]{}|]/.test(ch) || ch.length !== 1) {
      throw new Error(`Unsupported character ${JSON.stringify(ch)} in ${JSON.stringify(phrase)}`);
    } else {
      out.push(fold(ch.charCodeAt(0), false));
    }
  }
  return out;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/** ASCII lower case; with `quotes`, ‘ and ’ read as '. */
export function fold(code: number, quotes: boolean): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (quotes && (code === 0x2018 || code === 0x2019)) return 39;
  return code;
}

/** What a flexible space matches: `[\b\s\u200C]`. */
export function isGapCode(code: number): boolean {
  return code === 8 || code === 0x200c || isJsSpaceCode(code);
}

function hash(codes: readonly number[]): number {
  let h = 0;
  for (const c of codes) h = (Math.imul(h, 31) + c) & 0x3fffffff;
  return h;
}

export const KEY_CHARS = KEY_LENGTH;

/** The hash of the first `KEY_LENGTH` characters at `p` (skipping flexible-space characters in that mode), or NaN. */
export function textKey(text: string, p: number, flexibleSpaces: boolean, foldQuotes: boolean): number {
  let h = 0;
  let taken = 0;
  for (let q = p; q < text.length && taken < KEY_LENGTH; q++) {
    const c = text.charCodeAt(q);
    if (flexibleSpaces && isGapCode(c)) continue;
    h = (Math.imul(h, 31) + fold(c, foldQuotes)) & 0x3fffffff;
    taken++;
  }
  return taken === KEY_LENGTH ? h : NaN;
}

/** The end of a match of `elements[e…]` at `pos` followed by `\b`, or -1 (with the regex's backtracking). */
function matchFrom(text: string, pos: number, elements: readonly number[], e: number, foldQuotes: boolean): number {
  const n = text.length;
  for (; e < elements.length; e++) {
    const el = elements[e]!;
    if (el === GAP) {
      let q = pos;
      while (q < n && isGapCode(text.charCodeAt(q))) q++;
      const next = elements[e + 1];
      // Before a literal (never a gap character) only the greedy choice can succeed.
      if (next !== undefined && next < OPTIONAL) {
        pos = q;
        continue;
      }
      for (let k = q; k >= pos; k--) {
        const end = matchFrom(text, k, elements, e + 1, foldQuotes);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (el >= OPTIONAL) {
      if (pos < n && fold(text.charCodeAt(pos), foldQuotes) === el - OPTIONAL) {
        const end = matchFrom(text, pos + 1, elements, e + 1, foldQuotes);
        if (end >= 0) return end;
      }
      continue;
    }
    if (pos >= n || fold(text.charCodeAt(pos), foldQuotes) !== el) return -1;
    pos++;
  }
  return isAsciiBoundary(text, pos) ? pos : -1;
}
