import type { Report } from "./model.js";

export interface Totals {
  readonly byRule: readonly [string, number][];
  readonly byChannel: readonly [string, number][];
  readonly bySeverity: readonly [string, number][];
  readonly suppressions: number;
}

/** Counts for the QA report: by rule, by channel and by severity, largest first. */
export function totals(report: Report): Totals {
  const byRule = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const bySeverity = new Map<string, number>([["error", 0], ["warning", 0], ["info", 0], ["hint", 0]]);
  let suppressions = 0;
  for (const file of report.files) {
    for (const f of file.findings) {
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      const channel = file.channel ?? "(no channel)";
      byChannel.set(channel, (byChannel.get(channel) ?? 0) + 1);
      bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    }
    suppressions += file.suppressed.length;
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { byRule: sorted(byRule), byChannel: sorted(byChannel), bySeverity: [...bySeverity], suppressions };
}
