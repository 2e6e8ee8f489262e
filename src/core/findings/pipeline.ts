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
