import type { Report } from "../model.js";

export interface StylishOptions {
  color: boolean;
}

const SEVERITY_COLOR = { error: "31", warning: "33", info: "36", hint: "90" } as const;

/** The default human format, after ESLint's and markdownlint's: one block per file, a summary line. */
export function formatStylish(report: Report, options: StylishOptions): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out.push(paint("4", file.path));
    const rows = file.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.rule] as const);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [pos, severity, message, rule] of rows) {
      out.push(`  ${paint("2", pos.padEnd(w0))}  ${paint(SEVERITY_COLOR[severity as keyof typeof SEVERITY_COLOR], severity.padEnd(w1))}  ${message}  ${paint("2", rule)}`);
    }
    out.push("");
  }
  const { errors, warnings, infos, hints, files } = report.summary;
  const total = errors + warnings + infos + hints;
  if (total === 0) {
    out.push(`${paint("32", "✔")} ${files} ${files === 1 ? "file" : "files"} checked, no problems`);
  } else {
    const parts = [`${errors} ${errors === 1 ? "error" : "errors"}`, `${warnings} ${warnings === 1 ? "warning" : "warnings"}`, `${infos} ${infos === 1 ? "info" : "infos"}`];
    if (hints) parts.push(`${hints} ${hints === 1 ? "hint" : "hints"}`);
    const mark = paint(errors ? "31" : warnings ? "33" : "36", "✖");
    out.push(`${mark} ${total} ${total === 1 ? "problem" : "problems"} (${parts.join(", ")}) in ${files} ${files === 1 ? "file" : "files"}`);
  }
  return out.join("\n") + "\n";
}
