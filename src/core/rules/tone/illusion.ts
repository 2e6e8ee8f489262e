import { defineRule } from "../types.js";
import { isJsSpaceCode } from "../../text/words.js";
import { forEachRun } from "./runs.js";

/** Between two words, masked text that a reader sees (code, table borders, entities, bare URLs) separates them. */
const VISIBLE_MASK = /[`|]|&#?\w+;|(?:^|\s)<?(?:https?:|mailto:|www\.)/i;
const ASCII_WORD = /\w/;

/**
 * write-good's lexical-illusion check: a word repeated after whitespace ("the\nthe"), which the eye
 * skips. As write-good: words are runs of non-space characters that contain an ASCII letter or
 * digit, compared case-insensitively, punctuation included ("the." and "the" differ), across
 * line breaks and, within a run of paragraphs (see runs.ts), blank lines. The fix deletes the
 * second word and the whitespace before it when that whitespace holds at most one line break.
 */
export default defineRule({
  id: "tone/illusion",
  category: "tone",
  meta: {
    description: "Repeated words (lexical illusions)",
    defaultSeverity: "warning",
    fixable: true,
  },
  checkDocument(document, context) {
    forEachRun(document, context, (run) => {
      const text = run.text;
      const base = run.range[0];
      const n = text.length;
      /** The previous word as [start, end) in the run; start -1 after a barrier or at the start. */
      let lastStart = -1;
      let lastEnd = 0;
      let lastNonAscii = false;
      let i = 0;
      while (i < n) {
        const gapStart = i;
        while (i < n && isJsSpaceCode(text.charCodeAt(i))) i++;
        if (i >= n) break;
        const start = i;
        let highest = 0;
        for (let c = text.charCodeAt(i); i < n && !isJsSpaceCode(c); c = text.charCodeAt(++i)) highest |= c;
        const nonAscii = highest >= 128;
        if (start > gapStart && hidesVisibleText(document.text, base + gapStart, base + start)) lastStart = -1;
        if (lastStart >= 0 && (i - start === lastEnd - lastStart || nonAscii || lastNonAscii) && sameWord(text, lastStart, lastEnd, start, i) && ASCII_WORD.test(text.slice(start, i))) {
          const word = text.slice(start, i);
          const gap = document.text.slice(base + lastEnd, base + start);
          const fix = /^[^\S\n]*\n?[^\S\n]*$/.test(gap) ? { range: [base + lastEnd, base + i] as [number, number], text: "" } : undefined;
          context.report({
            range: [base + start, base + i],
            message: `“${word}” is repeated: readers' eyes skip the second one, so the slip survives proofreading. Delete one of them.`,
            ...(fix ? { fix } : {}),
            data: { match: word },
          });
        }
        lastStart = start;
        lastEnd = i;
        lastNonAscii = nonAscii;
      }
    });
  },
});

/** Whether the stretch `[from, to)`, blank in the prose, hides text a reader sees (masked code, a URL…). */
function hidesVisibleText(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isJsSpaceCode(text.charCodeAt(k))) k++;
  return k < to && VISIBLE_MASK.test(text.slice(from, to));
}

/** Whether two words are equal ignoring case (JavaScript's `toLowerCase`, as write-good compares them). */
function sameWord(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  const length = aEnd - a;
  if (length !== bEnd - b) return sameLower(text, a, aEnd, b, bEnd);
  for (let k = 0; k < length; k++) {
    let x = text.charCodeAt(a + k);
    let y = text.charCodeAt(b + k);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return sameLower(text, a, aEnd, b, bEnd);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

function sameLower(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (!hasNonAscii(text, a, aEnd) && !hasNonAscii(text, b, bEnd)) return false;
  return text.slice(a, aEnd).toLowerCase() === text.slice(b, bEnd).toLowerCase();
}

function hasNonAscii(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) >= 128) return true;
  return false;
}
