import type { Fix } from "./types.js";

/** Orders fixes and drops any that overlap an earlier one (two edits to one place cannot both apply). */
export function applicableFixes(fixes: readonly Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const out: Fix[] = [];
  let end = -1;
  for (const fix of sorted) {
    // Two insertions at one offset would be ambiguous too.
    if (fix.range[0] < end || (fix.range[0] === end && out.length > 0 && out[out.length - 1]!.range[0] === fix.range[0])) continue;
    out.push(fix);
    end = fix.range[1];
  }
  return out;
}

/** Applies the non-overlapping fixes to the text. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = "";
  let pos = 0;
  for (const fix of applicableFixes(fixes)) {
    out += text.slice(pos, fix.range[0]) + fix.text;
    pos = fix.range[1];
  }
  return out + text.slice(pos);
}
