import type { CopyDocument } from "../document/index.js";
import { directives, targetsRule } from "../document/directives.js";
import type { Finding, Suppressed } from "./types.js";

/**
 * Applies `copydesk-disable-next-line`, `copydesk-disable` / `copydesk-enable`. A suppression without
 * a reason still applies (the missing reason is a finding of its own, `suppression/missing-reason`).
 */
export function suppress(findings: readonly Finding[], document: CopyDocument): { kept: Finding[]; suppressed: Suppressed[] } {
  const list = directives(document);
  if (list.length === 0) return { kept: [...findings], suppressed: [] };
  const lines = document.lines;
  // Line-scoped suppressions: line -> directives.
  const nextLine = new Map<number, { targets: string[]; range: readonly [number, number]; reason: string }[]>();
  // Region suppressions: [start, end) offsets with targets.
  const regions: { start: number; end: number; targets: string[]; range: readonly [number, number]; reason: string }[] = [];
  const open: { targets: string[]; start: number; range: readonly [number, number]; reason: string }[] = [];
  for (const d of list) {
    if (d.kind === "disable-next-line") {
      const line = lines.lineAt(d.comment.range[1]) + 1;
      const entry = { targets: d.targets, range: d.comment.range, reason: d.reason ?? "" };
      nextLine.set(line, [...(nextLine.get(line) ?? []), entry]);
    } else if (d.kind === "disable") {
      open.push({ targets: d.targets, start: d.comment.range[1], range: d.comment.range, reason: d.reason ?? "" });
    } else if (d.kind === "enable") {
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i]!;
        const closes = d.targets.length === 0 || o.targets.every((t) => d.targets.includes(t)) || sameTargets(o.targets, d.targets);
        if (closes) {
          regions.push({ ...o, end: d.comment.range[0] });
          open.splice(i, 1);
        }
      }
    }
  }
  for (const o of open) regions.push({ ...o, end: Number.POSITIVE_INFINITY });
  const kept: Finding[] = [];
  const suppressed: Suppressed[] = [];
  for (const f of findings) {
    if (f.rule.startsWith("suppression/")) {
      kept.push(f);
      continue;
    }
    const line = lines.lineAt(f.range[0]);
    const byLine = nextLine.get(line)?.find((e) => targetsRule(e.targets, f.rule));
    const byRegion = byLine ? undefined : regions.find((r) => f.range[0] >= r.start && f.range[0] < r.end && targetsRule(r.targets, f.rule));
    const by = byLine ?? byRegion;
    if (by) suppressed.push({ finding: f, by: { range: by.range, reason: by.reason } });
    else kept.push(f);
  }
  return { kept, suppressed };
}

function sameTargets(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}
