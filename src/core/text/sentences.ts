/**
 * Sentence splitting for prose blocks (the text is already masked: code, URLs and markup are
 * spaces, and each paragraph, heading and list item is its own block).
 *
 * A sentence ends at a run of terminal punctuation (`.`, `!`, `?`, `…`, `‽`, in any mix: `?!`,
 * `...`), plus any closing quotes or brackets after it, when whitespace or the end of the text
 * follows — and the next word does not start with a lower-case letter (`"Wow!" she said` is one
 * sentence). A point does not end a sentence after a title or a Latin abbreviation (`Mr.`,
 * `e.g.`, `vs.`), after an initial (`J. Smith`), or before a number after `No.`, `p.`, `Jan.`…;
 * decimals (`3.5`) and masked URLs never contain a break.
 *
 * Line breaks, by `lineBreaks`: `soft` (the default: Markdown joins the lines into one paragraph),
 * `hard` (every line ends a sentence: table rows, HTML blocks) or `statements` (a line ends a
 * sentence when the next one starts a new statement: it begins with a capital letter or a symbol,
 * as in a list of ad headlines, and the line does not run on with a comma, colon or dash; or either
 * line is blank, as a masked comment or tag leaves it). The tone rules read soft breaks; the claims
 * checks that look for a claim's terms in its sentence read statements, so a headline's offer is
 * not joined to the next headline's terms.
 */
import { isJsSpaceCode, type HasText } from "./words.js";

export interface SentenceSpan {
  /** Offset of the first non-space character. */
  readonly start: number;
  /** Offset after the sentence's last character (its punctuation and closing quotes included). */
  readonly end: number;
}

export interface SplitOptions {
  /** What a line break does: nothing (`soft`, the default), end a sentence (`hard`), or end one before a new statement (`statements`). */
  readonly lineBreaks?: "soft" | "hard" | "statements";
}

/** A line ending after one of these runs on into the next line (`statements`). */
const CONTINUES = /[,;:(&\u2013\u2014\-/]$/;

/** Titles and Latin abbreviations after which a point never ends a sentence (lower case, no final point). */
const NEVER_FINAL = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "mt", "rev", "gen", "capt", "sgt", "lt", "col", "gov",
  "sen", "rep", "hon", "fr", "pres", "supt", "vs", "cf", "viz", "e.g", "i.e", "eg", "ie", "al", "approx", "ca",
]);

/** Abbreviations that do not end a sentence when a number follows (`No. 5`, `Jan. 12`, `p. 4`). */
const BEFORE_NUMBER = new Set([
  "no", "nos", "nr", "vol", "vols", "fig", "figs", "p", "pp", "ch", "sec", "art", "op", "ed", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "approx", "ca",
]);

const TERMINAL = new Set([".", "!", "?", "…", "‽", "。", "！", "？"]); // all but the first three are past U+2000
const CLOSERS = new Set(['"', "'", "”", "’", "»", "›", ")", "]", "}", "」", "』"]);

export function splitSentences(text: string, options: SplitOptions = {}): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = skipSpace(text, 0, n);
  let i = start;
  const close = (end: number) => {
    let e = end;
    while (e > start && isSpace(text[e - 1]!)) e--;
    if (e > start) out.push({ start, end: e });
  };
  const lineBreaks = options.lineBreaks ?? "soft";
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10 && (lineBreaks === "hard" || (lineBreaks === "statements" && statementEnds(text, i)))) {
      close(i);
      start = skipSpace(text, i + 1, n);
      i = start;
      continue;
    }
    // Terminal punctuation is ".", "!", "?" or a character past U+2000 (checked against the set).
    if (code !== 46 && code !== 33 && code !== 63 && (code < 0x2000 || !TERMINAL.has(text[i]!))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < n && TERMINAL.has(text[i]!)) i++;
    const runEnd = i;
    while (i < n && CLOSERS.has(text[i]!)) i++;
    if (i < n && !isSpace(text[i]!)) continue;
    const next = skipSpace(text, i, n);
    if (next < n && !endsSentence(text, runStart, runEnd, next, options)) continue;
    close(i);
    start = next;
    i = next;
  }
  close(n);
  return out;
}

function endsSentence(text: string, runStart: number, runEnd: number, next: number, options: SplitOptions): boolean {
  const following = text[next]!;
  if (options.lineBreaks === "hard" && text.slice(runEnd, next).includes("\n")) return true;
  if (isLowerCase(following)) return false;
  if (runEnd - runStart !== 1 || text[runStart] !== ".") return true;
  // A single point: look at the word before it.
  let w = runStart;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, runStart);
  if (word === "") return true;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: J. Smith
  if (BEFORE_NUMBER.has(lower) && /[0-9]/.test(following)) return false;
  return true;
}

/**
 * Whether the line break at `nl` ends a statement: the next line starts one (a capital letter or a
 * symbol) and the line before does not run on, or one of the lines is blank.
 */
function statementEnds(text: string, nl: number): boolean {
  const lineStart = text.lastIndexOf("\n", nl - 1) + 1;
  const before = text.slice(lineStart, nl).trimEnd();
  let next = nl + 1;
  while (next < text.length && (text[next] === " " || text[next] === "\t")) next++;
  if (before.trim() === "" || next >= text.length || text[next] === "\n") return true;
  if (CONTINUES.test(before)) return false;
  return !/[\p{Ll}\p{N}$£€]/u.test(text[next]!);
}

/** The sentence that contains offset `at`. */
export function sentenceAt(spans: readonly SentenceSpan[], at: number): SentenceSpan | undefined {
  return spans.find((s) => s.start <= at && at < s.end);
}

function isLowerCase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** `/\s/.test(ch)` for one UTF-16 unit, without a regular expression. */
function isSpace(ch: string): boolean {
  return isJsSpaceCode(ch.charCodeAt(0));
}

function skipSpace(text: string, i: number, n: number): number {
  while (i < n && isSpace(text[i]!)) i++;
  return i;
}

const memo = new WeakMap<HasText, readonly SentenceSpan[]>();

/**
 * The sentences of a prose block, split once per block object. Table rows and HTML blocks break at
 * every line end.
 */
export function sentencesOf(block: HasText & { readonly kind?: string }): readonly SentenceSpan[] {
  let sentences = memo.get(block);
  if (!sentences) {
    sentences = splitSentences(block.text, { lineBreaks: block.kind === "table" || block.kind === "html" ? "hard" : "soft" });
    memo.set(block, sentences);
  }
  return sentences;
}
