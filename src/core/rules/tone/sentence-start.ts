/**
 * The sentence-start checks of write-good (tone/so, tone/there-is) split text with a naive regex,
 * `/([^\n.;!?]+)([.;!?]+)/g`, and test each piece with `/^(\s)*so\b[\s\S]/i` or
 * `/^(\s)*there\b\s(is|are)\b/i`. This module reproduces that exactly, in linear time (the regex
 * is quadratic on a long line without punctuation), run by run.
 *
 * One write-good habit is kept on purpose, for parity: `(\s)*` captures only the last whitespace
 * character, so after two or more spaces the reported range starts one character early
 * (`.  So` reports " S"). Only real whitespace counts for that: where the characters before the
 * word are masked markup (`## So…`), the range starts at the word.
 */
import type { CopyDocument, ProseBlock } from "../../document/index.js";
import type { RuleContext } from "../types.js";
import { forEachRun } from "./runs.js";
import { asciiWords, isAsciiWordCode, isJsSpaceCode, type WordSpans } from "../../text/words.js";

export interface SentenceStart {
  /** Offset (in the block) where write-good's piece starts; may be negative (whitespace before the block on its line). */
  readonly pieceStart: number;
  /** Whitespace characters at the start of the piece. */
  readonly spaces: number;
  /** Offset (in the block) of the first non-space character. */
  readonly first: number;
  /** Offset (in the block) where the piece ends (its terminal punctuation). */
  readonly end: number;
}

function isTerminal(code: number): boolean {
  return code === 46 || code === 59 || code === 33 || code === 63; // . ; ! ?
}

/**
 * The pieces of a run that write-good tests and that start with the word "so" or "there", with
 * their leading whitespace. Found from the run's ASCII words (only those two words can matter), by
 * looking back for the start of the piece (terminal punctuation, a line break, or the start of the
 * run) and ahead for the punctuation that must end it. `before` is the whitespace in the document
 * between the start of the run's first line and the run (write-good, reading the whole text, counts
 * it into the first piece).
 */
export function sentenceStarts(text: string, before: number, words: WordSpans): SentenceStart[] {
  const out: SentenceStart[] = [];
  const n = text.length;
  for (let w = 0; w < words.count; w++) {
    const first = words.starts[w]!;
    const length = words.ends[w]! - first;
    if (!(length === 2 && wordAt(text, first, "so")) && !(length === 5 && wordAt(text, first, "there"))) continue;
    let i = first;
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      if (c === 10 || isTerminal(c) || !isJsSpaceCode(c)) break;
      i--;
    }
    if (i > 0 && !(text.charCodeAt(i - 1) === 10 || isTerminal(text.charCodeAt(i - 1)))) continue;
    let end = first;
    while (end < n && text.charCodeAt(end) !== 10 && !isTerminal(text.charCodeAt(end))) end++;
    if (end >= n || !isTerminal(text.charCodeAt(end))) continue;
    const extra = i === 0 ? before : 0;
    out.push({ pieceStart: i - extra, spaces: first - i + extra, first, end });
  }
  return out;
}

/** The whitespace between the start of the block's line and the block; 0 if anything else is there. */
export function whitespaceBefore(document: CopyDocument, block: ProseBlock): number {
  const text = document.text;
  let i = block.range[0];
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) break;
    if (!isJsSpaceCode(c)) return 0;
    i--;
  }
  return block.range[0] - i;
}

/** Whether the ASCII letters of `word` (lower case) are at `at`, case-insensitively. */
export function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

export function isWordCodeAt(text: string, at: number, limit: number): boolean {
  return at < limit && isAsciiWordCode(text.charCodeAt(at));
}

const memo = new WeakMap<ProseBlock, readonly SentenceStart[]>();

/** The pieces of one of the runs the write-good checks read (computed once, shared by tone/so and tone/there-is). */
export function writeGoodPieces(document: CopyDocument, block: ProseBlock): readonly SentenceStart[] {
  let pieces = memo.get(block);
  if (!pieces) {
    pieces = sentenceStarts(block.text, whitespaceBefore(document, block), asciiWords(block));
    memo.set(block, pieces);
  }
  return pieces;
}

/** Where write-good's report starts: one past the piece start after whitespace (see above), else the word. */
export function reportStart(document: CopyDocument, block: ProseBlock, piece: SentenceStart): number {
  if (piece.spaces === 0) return piece.first;
  for (let k = block.range[0] + piece.pieceStart; k < block.range[0] + piece.first; k++) {
    if (!isJsSpaceCode(document.text.charCodeAt(k))) return piece.first;
  }
  return piece.pieceStart + 1;
}

/** One write-good piece as the sentence-start checks see it. */
export interface SentenceOpening {
  /** The run's text; `piece` offsets are into it. */
  readonly text: string;
  readonly piece: SentenceStart;
  /** The document offset of the run's text. */
  readonly base: number;
  /** The document offset where write-good's report for this piece starts (see reportStart). */
  reportStart(): number;
}

/** Visits every write-good piece of every run (cached per run, as forEachRun does): tone/so and tone/there-is. */
export function forEachSentenceOpening(document: CopyDocument, context: RuleContext<any>, visit: (opening: SentenceOpening) => void): void {
  forEachRun(document, context, (block) => {
    const base = block.range[0];
    for (const piece of writeGoodPieces(document, block)) {
      visit({ text: block.text, piece, base, reportStart: () => base + reportStart(document, block, piece) });
    }
  });
}
