/**
 * Sentences of a prose block's masked text, for checks that look at the words around a claim
 * (the terms of a free offer, what follows "customers say").
 */
import type { Span } from "./list.js";

/** Words that end with a period without ending a sentence (lower case, without the last period). */
const ABBREVIATIONS = new Set([
  "a.m", "p.m", "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "inc", "ltd", "co", "u.s", "u.k",
  "approx", "min", "max", "oz", "lb", "lbs", "ft", "mt", "ave", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "fig", "dept", "corp", "jr", "sr", "ca", "cf",
]);

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "*", "_"]);
/** A line ending after one of these continues the sentence on the next line. */
const CONTINUES = /[,;:(&\u2013\u2014\-/]$/;

/** Sentence spans of `text`, in order, covering every non-blank character. */
export function sentences(text: string, opts: { lineBreaks?: boolean } = {}): Span[] {
  const out: Span[] = [];
  let start = 0;
  const cut = (end: number) => {
    const span = trim(text, start, end);
    if (span) out.push(span);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      if (opts.lineBreaks || lineBreakEnds(text, i)) cut(i + 1);
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?" && c !== "\u2026") continue;
    let j = i + 1;
    while (j < text.length && (text[j] === "." || text[j] === "!" || text[j] === "?" || CLOSERS.has(text[j]!))) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    if (c === "." && j === i + 1 && isAbbreviation(text, i)) continue;
    cut(j);
    i = j - 1;
  }
  cut(text.length);
  return out;
}

/** The sentence that contains offset `at`. */
export function sentenceAt(spans: readonly Span[], at: number): Span | undefined {
  return spans.find((s) => s.start <= at && at < s.end);
}

function trim(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word === "") return false;
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("Dana K.") or "No. 7".
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[k]!)) return true;
  return word === "no" && /^\s*\d/.test(text.slice(dot + 1, dot + 4));
}

/**
 * Whether a line break ends a sentence: the next line starts a new statement (a capital letter
 * or a symbol, as in a list of ad headlines) and the line before does not run on (a comma, colon…),
 * or one of the lines is blank (a masked comment or tag).
 */
function lineBreakEnds(text: string, nl: number): boolean {
  const lineStart = text.lastIndexOf("\n", nl - 1) + 1;
  const before = text.slice(lineStart, nl).trimEnd();
  let next = nl + 1;
  while (next < text.length && (text[next] === " " || text[next] === "\t")) next++;
  if (before.trim() === "" || next >= text.length || text[next] === "\n") return true;
  if (CONTINUES.test(before)) return false;
  return !/[\p{Ll}\p{N}$£€]/u.test(text[next]!);
}
