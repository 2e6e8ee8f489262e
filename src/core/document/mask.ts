import type { Range } from "../text/line-index.js";

/**
 * Builds the prose text of `[start, end)`: the original characters, with every masked range
 * replaced by spaces (line breaks are kept so lines stay lines). `masks` must be sorted by start.
 */
export function maskedSlice(text: string, start: number, end: number, masks: readonly Range[], from = 0): string {
  let out = "";
  let pos = start;
  for (let i = firstMaskAfter(masks, start, from); i < masks.length; i++) {
    const [ms, me] = masks[i]!;
    if (ms >= end) break;
    if (me <= pos) continue;
    const s = Math.max(ms, pos);
    const e = Math.min(me, end);
    out += text.slice(pos, s) + blank(text, s, e);
    pos = e;
  }
  return out + text.slice(pos, end);
}

/** Index of the first mask that may overlap offsets at or after `start` (binary search). */
export function firstMaskAfter(masks: readonly Range[], start: number, from = 0): number {
  let lo = from;
  let hi = masks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  // Masks can nest or overlap; step back over any earlier mask that still reaches `start`.
  while (lo > from && masks[lo - 1]![1] > start) lo--;
  return lo;
}

function blank(text: string, s: number, e: number): string {
  const piece = text.slice(s, e);
  return piece.indexOf("\n") === -1 ? " ".repeat(e - s) : piece.replace(/[^\r\n]/g, " ");
}
