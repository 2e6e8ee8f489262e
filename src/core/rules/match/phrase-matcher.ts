/**
 * A token-indexed matcher for lists of literal phrases: one pass over the words of a text, and
 * for each word only the phrases that start with it are compared. Linear in the text, however long
 * the list (write-good's alternation regexes are linear in the list for every position).
 *
 * Matching is case-insensitive, whitespace in a phrase matches any run of whitespace, and a match
 * must not start or end inside a word.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly value: T;
}

interface Entry<T> {
  phrase: string;
  /** Lower-cased phrase. */
  lower: string;
  /** Characters before the first word (e.g. "#" in "#1"). */
  prefix: string;
  startsWithWord: boolean;
  endsWithWord: boolean;
  value: T;
}

export class PhraseMatcher<T = string> {
  private readonly index = new Map<string, Entry<T>[]>();

  constructor(phrases: Iterable<readonly [string, T]>) {
    for (const [raw, value] of phrases) {
      const phrase = raw.trim().replace(/\s+/g, " ");
      if (phrase === "") continue;
      const lower = phrase.toLowerCase();
      WORD.lastIndex = 0;
      const first = WORD.exec(lower);
      if (!first) continue;
      const entry: Entry<T> = {
        phrase,
        lower,
        prefix: lower.slice(0, first.index),
        startsWithWord: first.index === 0,
        endsWithWord: WORD_CHAR.test(lower[lower.length - 1]!),
        value,
      };
      const list = this.index.get(first[0]);
      if (list) list.push(entry);
      else this.index.set(first[0], [entry]);
    }
    for (const list of this.index.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  }

  static of(phrases: readonly string[]): PhraseMatcher<string> {
    return new PhraseMatcher(phrases.map((p) => [p, p] as const));
  }

  /**
   * Every match in `text`. With `longest` (the default), overlapping matches are resolved to the
   * earliest, then longest; otherwise every phrase that matches is returned.
   */
  findAll(text: string, longest = true): PhraseMatch<T>[] {
    if (this.index.size === 0) return [];
    let lower = text.toLowerCase();
    if (lower.length !== text.length) lower = [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("");
    const out: PhraseMatch<T>[] = [];
    let lastEnd = -1;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
      const candidates = this.index.get(m[0]);
      if (!candidates) continue;
      for (const entry of candidates) {
        const start = m.index - entry.prefix.length;
        if (start < 0 || (longest && start < lastEnd)) continue;
        if (entry.prefix && lower.slice(start, m.index) !== entry.prefix) continue;
        if (entry.startsWithWord && start > 0 && WORD_CHAR.test(lower[start - 1]!)) continue;
        if (!entry.startsWithWord && start > 0 && WORD_CHAR.test(lower[start - 1]!) && WORD_CHAR.test(entry.prefix[0]!)) continue;
        const end = matchAt(lower, m.index, entry.lower, entry.prefix.length);
        if (end < 0) continue;
        if (entry.endsWithWord && end < lower.length && WORD_CHAR.test(lower[end]!)) continue;
        out.push({ start, end, phrase: entry.phrase, value: entry.value });
        if (longest) {
          lastEnd = end;
          break;
        }
      }
    }
    return out;
  }
}

/** Compares `phrase` from index `from` with `text` at `at`; returns the end offset or -1. */
function matchAt(text: string, at: number, phrase: string, from: number): number {
  let t = at;
  for (let p = from; p < phrase.length; p++) {
    const c = phrase[p]!;
    if (c === " ") {
      if (t >= text.length || !isSpace(text.charCodeAt(t))) return -1;
      while (t < text.length && isSpace(text.charCodeAt(t))) t++;
    } else {
      if (text[t] !== c) return -1;
      t++;
    }
  }
  return t;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
}
