/**
 * The Library Health panel's page: the health model drawn as inline SVG charts and tables. Pure
 * `(sections, options) → string`. The page loads only the stylesheet and script it is given (the
 * extension's media/health/), under a strict Content-Security-Policy: no inline style, no remote
 * resources, scripts by nonce. Colours come from the editor's theme through CSS classes.
 * Every prompt and copy file is a link (`data-path`, `data-line`) that the script posts back.
 */
import type { FindingItem, LibraryHealth, Place, PromptItem, ReviewItem } from "./health.js";

export interface HealthSection {
  /** The library's name (the workspace folder); shown when there are several. */
  readonly label: string;
  readonly health: LibraryHealth;
}

export interface HealthPageOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce for the script. */
  readonly nonce: string;
  readonly styleUri: string;
  readonly scriptUri: string;
  readonly title?: string;
  /** How many findings the table lists (default 200). */
  readonly findingLimit?: number;
}

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource}; script-src 'nonce-${nonce}';`;
}

export function healthPage(sections: readonly HealthSection[], options: HealthPageOptions): string {
  const title = options.title ?? "Prompt library health";
  const body = sections.length === 0
    ? `<p class="empty">There is no prompt library in this workspace. Add prompts under <code>prompts/</code> (or the folders <code>library.roots</code> names in copydesk.yaml).</p>`
    : sections.map((s) => section(s, sections.length > 1, options.findingLimit ?? 200)).join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(options.cspSource, options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${esc(options.styleUri)}">
<title>${esc(title)}</title>
</head><body>
<h1>${esc(title)}</h1>
${body}
<script nonce="${esc(options.nonce)}" src="${esc(options.scriptUri)}"></script>
</body></html>
`;
}

function section({ label, health }: HealthSection, named: boolean, findingLimit: number): string {
  const f = health.findings;
  const r = health.reviews;
  const cards: [string, number, string][] = [
    ["prompts", health.prompts, ""],
    ["errors", f.errors, f.errors ? "bad" : ""],
    ["warnings", f.warnings, f.warnings ? "warn" : ""],
    ["reviews overdue", r.overdue.length, r.overdue.length ? "bad" : ""],
    [`reviews due in ${health.dueWithinDays} days`, r.due.length, r.due.length ? "warn" : ""],
    ["stale approvals", health.staleApprovals.length, health.staleApprovals.length ? "bad" : ""],
    ["without an owner", health.withoutOwner.length, health.withoutOwner.length ? "warn" : ""],
    ["deprecated prompts in use", health.deprecatedInUse.length, health.deprecatedInUse.length ? "warn" : ""],
  ];
  return `<section class="library" data-library="${esc(label)}">
${named ? `<h2 class="library-name">${esc(label)}</h2>` : ""}
<p class="muted">As of ${esc(health.today)}: ${health.prompts} prompts, ${health.copyFiles} copy files with ${health.stamps} provenance stamps.</p>
<div class="cards">${cards.map(([what, n, tone]) => `<div class="card ${tone}" data-count="${esc(what)}"><b>${n}</b><span>${esc(what)}</span></div>`).join("")}</div>
<div class="charts">
<figure><figcaption>Prompts by status</figcaption>${statusChart(health)}</figure>
<figure><figcaption>Reviews</figcaption>${reviewsChart(health)}</figure>
<figure><figcaption>Findings by rule</figcaption>${rulesChart(health)}</figure>
</div>
<h3>Deprecated prompts still used in copy</h3>
${table(["copy", "stamp", "status", "use instead", "prompt"], health.deprecatedInUse.map((u) => [link(u, `${u.shown}:${u.line}`), `<code>${esc(u.ref)}</code>`, status(u.status), u.replacedBy ? `<code>${esc(u.replacedBy)}</code>` : "—", link({ path: u.prompt.path, line: 1, column: 1 }, u.prompt.title ?? u.id)]), "No copy names a deprecated or retired prompt.", "deprecated-in-use")}
<h3>Reviews overdue</h3>
${reviewTable(r.overdue, "No review is overdue.", "reviews-overdue")}
<h3>Reviews due within ${health.dueWithinDays} days</h3>
${reviewTable(r.due, `No review is due in the next ${health.dueWithinDays} days.`, "reviews-due")}
<h3>Stale approvals</h3>
${findingTable(health.staleApprovals, "No approval is stale.", "stale-approvals")}
<h3>Approvals missing</h3>
${findingTable(health.approvalsMissing, "Every approved prompt has an approval of its version.", "approvals-missing")}
<h3>Prompts without an owner</h3>
${table(["prompt", "status", "file"], health.withoutOwner.map((p) => [promptCell(p), status(p.status), link(p, `${p.shown}:${p.line}`)]), "Every prompt has an owner.", "without-owner")}
<h3>Findings</h3>
${findingTable(f.list.slice(0, findingLimit), "No governance findings.", "findings")}${f.list.length > findingLimit ? `<p class="muted">…and ${f.list.length - findingLimit} more: run <code>copydesk library check</code> to see them all.</p>` : ""}
</section>`;
}

function reviewTable(items: readonly ReviewItem[], none: string, id: string): string {
  return table(
    ["prompt", "due", "when", "from", "file"],
    items.map((i) => [promptCell(i), esc(i.due), i.days < 0 ? `${-i.days} days ago` : i.days === 0 ? "today" : `in ${i.days} days`, i.from === "reviewBy" ? "<code>reviewBy</code>" : "last approval", link(i, `${i.shown}:${i.line}`)]),
    none,
    id,
  );
}

function findingTable(items: readonly FindingItem[], none: string, id: string): string {
  return table(
    ["file", "severity", "rule", "message"],
    items.map((i) => [link(i, `${i.shown}:${i.line}:${i.column}`), `<span class="sev ${esc(i.severity)}">${esc(i.severity)}</span>`, `<code>${esc(i.rule)}</code>`, esc(i.message)]),
    none,
    id,
  );
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], none: string, id: string): string {
  if (rows.length === 0) return `<p class="muted" data-table="${esc(id)}">${esc(none)}</p>`;
  return `<table data-table="${esc(id)}"><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

function promptCell(p: PromptItem): string {
  return `${link(p, p.id)}${p.title ? ` <span class="muted">${esc(p.title)}</span>` : ""}`;
}

function status(s: string | undefined): string {
  return `<span class="status ${esc(s ?? "invalid")}">${esc(s ?? "invalid")}</span>`;
}

/** A link the page's script turns into an "open this file at this line" message. */
function link(p: Pick<Place, "path" | "line" | "column">, text: string): string {
  return `<a href="#" class="open" data-path="${esc(p.path)}" data-line="${p.line}" data-column="${p.column}" title="${esc(`${p.path}:${p.line}`)}">${esc(text)}</a>`;
}

const ROW = 22;
const LABEL_W = 190;
const BAR_W = 260;

/** Horizontal bars, one per prompt status. */
export function statusChart(health: LibraryHealth): string {
  const rows = health.byStatus.filter((s) => s.count > 0 || s.status !== "invalid");
  const max = Math.max(1, ...rows.map((s) => s.count));
  const height = rows.length * ROW + 4;
  const bars = rows
    .map((s, i) => {
      const w = Math.round((s.count / max) * BAR_W);
      const y = i * ROW;
      return `<g class="row" data-status="${esc(s.status)}"><text class="label" x="0" y="${y + 15}">${esc(s.status)}</text><rect class="bar status-${esc(s.status)}" x="${LABEL_W}" y="${y + 4}" width="${Math.max(w, 1)}" height="14" rx="2"><title>${esc(`${s.status}: ${s.count}`)}</title></rect><text class="value" x="${LABEL_W + w + 6}" y="${y + 15}">${s.count}</text></g>`;
    })
    .join("");
  return `<svg class="chart status-chart" role="img" aria-label="Prompts by status" width="${LABEL_W + BAR_W + 40}" height="${height}" viewBox="0 0 ${LABEL_W + BAR_W + 40} ${height}">${bars}</svg>`;
}

/** A donut of the approved prompts' reviews: overdue, due soon, on schedule, unscheduled. */
export function reviewsChart(health: LibraryHealth): string {
  const r = health.reviews;
  const parts: [string, string, number][] = [
    ["overdue", "overdue", r.overdue.length],
    ["due", `due in ${health.dueWithinDays} days`, r.due.length],
    ["ok", "on schedule", r.ok],
    ["unscheduled", "no review date", r.unscheduled],
  ];
  const total = parts.reduce((n, [, , v]) => n + v, 0);
  const radius = 50;
  const circumference = 2 * Math.PI * radius;
  let offset = 0;
  const segments = total === 0
    ? `<circle class="seg empty" cx="70" cy="70" r="${radius}" fill="none" stroke-width="22"/>`
    : parts
        .filter(([, , v]) => v > 0)
        .map(([key, label, v]) => {
          const length = (v / total) * circumference;
          const seg = `<circle class="seg ${key}" cx="70" cy="70" r="${radius}" fill="none" stroke-width="22" stroke-dasharray="${fixed(length)} ${fixed(circumference - length)}" stroke-dashoffset="${fixed(-offset)}" transform="rotate(-90 70 70)"><title>${esc(`${label}: ${v}`)}</title></circle>`;
          offset += length;
          return seg;
        })
        .join("");
  const legend = parts
    .map(([key, label, v], i) => `<g class="legend" data-review="${key}"><rect class="swatch seg-fill ${key}" x="160" y="${24 + i * 24}" width="12" height="12" rx="2"/><text class="label" x="180" y="${34 + i * 24}">${esc(label)}: ${v}</text></g>`)
    .join("");
  return `<svg class="chart reviews-chart" role="img" aria-label="Reviews of approved prompts" width="360" height="140" viewBox="0 0 360 140">${segments}<text class="total" x="70" y="76" text-anchor="middle">${total}</text>${legend}</svg>`;
}

/** Stacked horizontal bars of the findings by rule: errors, warnings, infos. */
export function rulesChart(health: LibraryHealth): string {
  const rows = health.findings.byRule;
  if (rows.length === 0) return `<p class="muted chart-empty">No governance findings.</p>`;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const height = rows.length * ROW + 4;
  const bars = rows
    .map((r, i) => {
      const y = i * ROW;
      let x = LABEL_W;
      const stack = (
        [
          ["error", r.errors],
          ["warning", r.warnings],
          ["info", r.infos + r.hints],
        ] as const
      )
        .filter(([, n]) => n > 0)
        .map(([sev, n]) => {
          const w = Math.max(1, Math.round((n / max) * BAR_W));
          const rect = `<rect class="bar sev-${sev}" x="${x}" y="${y + 4}" width="${w}" height="14"><title>${esc(`${r.rule}: ${n} ${sev}${n === 1 ? "" : "s"}`)}</title></rect>`;
          x += w;
          return rect;
        })
        .join("");
      return `<g class="row" data-rule="${esc(r.rule)}"><text class="label" x="0" y="${y + 15}">${esc(r.rule)}</text>${stack}<text class="value" x="${x + 6}" y="${y + 15}">${r.total}</text></g>`;
    })
    .join("");
  return `<svg class="chart rules-chart" role="img" aria-label="Findings by rule" width="${LABEL_W + BAR_W + 40}" height="${height}" viewBox="0 0 ${LABEL_W + BAR_W + 40} ${height}">${bars}</svg>`;
}

function fixed(n: number): string {
  return n.toFixed(2);
}
