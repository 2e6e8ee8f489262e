import type { Report } from "../model.js";
import { totals } from "../totals.js";
import type { DocumentReportOptions } from "./markdown.js";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const COLORS: Record<string, string> = { error: "#c62828", warning: "#b26a00", info: "#1565c0", hint: "#607d8b" };

/** A horizontal bar chart as inline SVG (no scripts, no remote resources). */
function barChart(rows: readonly [string, number][], label: string, color: (key: string) => string): string {
  if (rows.length === 0) return `<p class="muted">No findings.</p>`;
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const h = 22;
  const bars = rows
    .map(([key, n], i) => {
      const w = Math.round((n / max) * 300);
      return `<text x="0" y="${i * h + 15}" class="label">${esc(key)}</text><rect x="190" y="${i * h + 4}" width="${Math.max(w, 1)}" height="14" rx="2" fill="${color(key)}"/><text x="${196 + w}" y="${i * h + 15}" class="value">${n}</text>`;
    })
    .join("");
  return `<svg role="img" aria-label="${esc(label)}" width="540" height="${rows.length * h + 4}" viewBox="0 0 540 ${rows.length * h + 4}">${bars}</svg>`;
}

/** The QA report as one self-contained HTML file: totals with charts, findings, suppressions. */
export function formatHtmlReport(report: Report, options: DocumentReportOptions): string {
  const t = totals(report);
  const s = report.summary;
  const findings = report.files
    .filter((f) => f.findings.length > 0)
    .map(
      (file) => `<h3>${esc(file.path)}</h3><table><thead><tr><th>line</th><th>severity</th><th>rule</th><th>message</th></tr></thead><tbody>${file.findings
        .map((f) => `<tr><td class="num">${f.line}:${f.column}</td><td><span class="sev ${esc(f.severity)}">${esc(f.severity)}</span></td><td><a href="${esc(options.docsUrl(f.rule))}">${esc(f.rule)}</a></td><td>${esc(f.message)}</td></tr>`)
        .join("")}</tbody></table>`,
    )
    .join("");
  const suppressed = report.files.flatMap((file) => file.suppressed.map((x) => ({ file, x })));
  const suppressions = suppressed.length
    ? `<table><thead><tr><th>file</th><th>line</th><th>rule</th><th>reason</th><th>finding</th></tr></thead><tbody>${suppressed
        .map(({ file, x }) => `<tr><td>${esc(file.path)}</td><td class="num">${x.line}</td><td>${esc(x.rule)}</td><td>${x.reason ? esc(x.reason) : '<strong class="missing">no reason given</strong>'}</td><td>${esc(x.message)}</td></tr>`)
        .join("")}</tbody></table>`
    : `<p class="muted">No suppressions.</p>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(options.title)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1rem;margin-top:1.5rem;font-family:ui-monospace,monospace}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
.num{text-align:right;white-space:nowrap;font-family:ui-monospace,monospace}.muted{color:#666}.missing{color:#c62828}
.sev{padding:0 .4rem;border-radius:3px;color:#fff;font-size:.85em}.sev.error{background:#c62828}.sev.warning{background:#b26a00}.sev.info{background:#1565c0}.sev.hint{background:#607d8b}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.5rem}
svg .label{font:12px ui-monospace,monospace;fill:#333}svg .value{font:12px system-ui;fill:#333}
@media (prefers-color-scheme: dark){body{background:#1e1e1e;color:#ddd}th,td{border-color:#333}.card{border-color:#444}svg .label,svg .value{fill:#ddd}}
</style></head><body>
<h1>${esc(options.title)}</h1>
<p class="muted">Generated ${esc(options.generatedAt)}.</p>
<div class="cards"><div class="card"><b>${s.files}</b>files</div><div class="card"><b>${s.errors}</b>errors</div><div class="card"><b>${s.warnings}</b>warnings</div><div class="card"><b>${s.infos + s.hints}</b>infos</div><div class="card"><b>${t.suppressions}</b>suppressed</div></div>
<h2>Totals</h2>
<h3>By severity</h3>${barChart(t.bySeverity.filter(([, n]) => n > 0), "Findings by severity", (k) => COLORS[k] ?? "#555")}
<h3>By channel</h3>${barChart(t.byChannel, "Findings by channel", () => "#2a8fcc")}
<h3>By rule</h3>${barChart(t.byRule, "Findings by rule", () => "#5c6bc0")}
<h2>Findings</h2>${findings || '<p class="muted">No findings.</p>'}
<h2>Suppressions</h2><p>Every finding hidden by a <code>copydesk-disable</code> comment, with the reason given: the audit trail for review.</p>${suppressions}
</body></html>
`;
}
