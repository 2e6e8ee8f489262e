/**
 * Word spans of a prose text, computed once per block and shared by every rule that reads words.
 *
 * Two tokenizations, for two purposes:
 * - `asciiWords`: runs of `[A-Za-z0-9_]`, the words of JavaScript's `\w` and `\b`. The write-good
 *   parity checks (tone/passive, tone/wordy, …) must see exactly the word boundaries write-good's
 *   regular expressions see, so "café" is the word "caf" followed by a non-word character.
 * - `proseWords`: words as a reader counts them (any script; `don't`, `e-mail` and `3.5` are one
 *   word), for sentence length, readability and capitals.
 *
 * Both are memoized on the block object (a WeakMap), so rules that run on the same block share one
 * scan, and nothing outlives the document.
 */

/** Word spans as parallel arrays of start and end offsets into the text. */
export interface WordSpans {
  readonly count: number;
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
}

/**
 * Growable parallel offset arrays. Plain arrays of small integers: allocating two typed arrays per
 * block cost more than the scan itself, and a plain array grows by doubling too.
 */
class SpanBuilder {
  count = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  push(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.count++;
  }
  done(): WordSpans {
    return this;
  }
}

/** Anything with prose text: a `ProseBlock`, or a plain holder in tests. */
export interface HasText {
  readonly text: string;
}

/** `[A-Za-z0-9_]`: JavaScript's `\w` without the `u` flag. */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** JavaScript's `\s`: ASCII whitespace, NBSP, the Unicode space separators, line and paragraph separators, BOM. */
export function isJsSpaceCode(code: number): boolean {
  if (code > 32 && code < 160) return false;
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether `\b` holds at `at` in `text` (ASCII word characters, as in a non-Unicode regex). */
export function isAsciiBoundary(text: string, at: number): boolean {
  const before = at > 0 && isAsciiWordCode(text.charCodeAt(at - 1));
  const after = at < text.length && isAsciiWordCode(text.charCodeAt(at));
  return before !== after;
}

const ASCII_WORD_TABLE = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD_TABLE[c] = isAsciiWordCode(c) ? 1 : 0;

/** Runs of ASCII word characters. */
export function scanAsciiWords(text: string): WordSpans {
  const spans = new SpanBuilder();
  const n = text.length;
  const table = ASCII_WORD_TABLE;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || table[c] === 0) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (let d = i < n ? text.charCodeAt(i) : 128; d < 128 && table[d] === 1; d = ++i < n ? text.charCodeAt(i) : 128);
    spans.push(s, i);
  }
  return spans.done();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(["'", "’", "-", "‐", ".", ",", "_"]);

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

/**
 * Words as a reader counts them: letters, digits and combining marks in any script, joined across a
 * single apostrophe, hyphen, or (between digits) a point or comma — `don't`, `e-mail`, `3.5`, `1,000`.
 */
export function scanProseWords(text: string): WordSpans {
  const spans = new SpanBuilder();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const s = i;
    for (;;) {
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      if (i >= n) break;
      if (isWordCode(text, i)) continue;
      const joiner = text[i]!;
      if (!JOINERS.has(joiner) || i + 1 >= n || !isWordCode(text, i + 1)) break;
      if ((joiner === "." || joiner === ",") && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) break;
      if (joiner === "_") break;
      i++;
    }
    spans.push(s, i);
  }
  return spans.done();
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const asciiMemo = new WeakMap<HasText, WordSpans>();
const proseMemo = new WeakMap<HasText, WordSpans>();

/** The ASCII `\w` words of a block, scanned once per block object. */
export function asciiWords(block: HasText): WordSpans {
  let words = asciiMemo.get(block);
  if (!words) {
    words = scanAsciiWords(block.text);
    asciiMemo.set(block, words);
  }
  return words;
}

/** The reader's words of a block, scanned once per block object. */
export function proseWords(block: HasText): WordSpans {
  let words = proseMemo.get(block);
  if (!words) {
    words = scanProseWords(block.text);
    proseMemo.set(block, words);
  }
  return words;
}

/** Index of the first word that ends after `offset` (binary search), or `words.count`. */
export function firstWordEndingAfter(words: WordSpans, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
