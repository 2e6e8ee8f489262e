import type { Report } from "../model.js";

/** The `--format json` output of the specification: `{"version":1,"files":[…],"summary":{…}}`. */
export function formatJson(report: Report): string {
  return JSON.stringify({
    version: 1,
    files: report.files.map((file) => ({
      path: file.path,
      findings: file.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(f.fix ? { fix: { range: [f.fix.range[0], f.fix.range[1]], text: f.fix.text } } : {}),
      })),
    })),
    summary: report.summary,
  }) + "\n";
}
