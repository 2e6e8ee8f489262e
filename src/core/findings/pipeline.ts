import type { Finding } from "./types.js";

/** Drops exact duplicates (same rule and range); keeps the first. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${f.range[0]}\u0000${f.range[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Document order: by start, then end, then rule id. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/**
 * `sortFindings(dedupe(findings))`, cheaper: the sort is stable and duplicates share its whole key
 * (start, end, rule), so after sorting each duplicate follows the one that came first.
 */
export function sortAndDedupe(findings: readonly Finding[]): Finding[] {
  const sorted = sortFindings(findings);
  const out: Finding[] = [];
  let last: Finding | undefined;
  for (const f of sorted) {
    if (last && last.range[0] === f.range[0] && last.range[1] === f.range[1] && last.rule === f.rule) continue;
    out.push(f);
    last = f;
  }
  return out;
}
