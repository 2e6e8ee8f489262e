import type { Report } from "../model.js";
import { totals } from "../totals.js";

export interface DocumentReportOptions {
  readonly title: string;
  /** ISO date-time of the run. */
  readonly generatedAt: string;
  /** Links each rule id to its documentation. */
  readonly docsUrl: (rule: string) => string;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** The QA report as Markdown: totals, every finding, and every suppression with its reason. */
export function formatMarkdownReport(report: Report, options: DocumentReportOptions): string {
  const t = totals(report);
  const s = report.summary;
  const out = [
    `# ${options.title}`,
    "",
    `Generated ${options.generatedAt}. ${s.files} files checked: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos${s.hints ? `, ${s.hints} hints` : ""}; ${t.suppressions} suppressed findings.`,
    "",
    "## Totals",
    "",
    "| severity | findings |",
    "| --- | ---: |",
    ...t.bySeverity.map(([k, n]) => `| ${k} | ${n} |`),
    "",
    "| channel | findings |",
    "| --- | ---: |",
    ...t.byChannel.map(([k, n]) => `| ${cell(k)} | ${n} |`),
    "",
    "| rule | findings |",
    "| --- | ---: |",
    ...t.byRule.map(([k, n]) => `| [${k}](${options.docsUrl(k)}) | ${n} |`),
    "",
    "## Findings",
    "",
  ];
  const withFindings = report.files.filter((f) => f.findings.length > 0);
  if (withFindings.length === 0) out.push("No findings.", "");
  for (const file of withFindings) {
    out.push(`### ${file.path}`, "", "| line | severity | rule | message |", "| ---: | --- | --- | --- |");
    for (const f of file.findings) out.push(`| ${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${cell(f.message)} |`);
    out.push("");
  }
  out.push("## Suppressions", "", "Every finding hidden by a `copydesk-disable` comment, with the reason given: the audit trail for review.", "");
  const suppressed = report.files.flatMap((file) => file.suppressed.map((x) => ({ file, x })));
  if (suppressed.length === 0) out.push("No suppressions.", "");
  else {
    out.push("| file | line | rule | reason | finding |", "| --- | ---: | --- | --- | --- |");
    for (const { file, x } of suppressed) out.push(`| ${cell(file.path)} | ${x.line} | ${x.rule} | ${x.reason ? cell(x.reason) : "**no reason given**"} | ${cell(x.message)} |`);
    out.push("");
  }
  return out.join("\n");
}
