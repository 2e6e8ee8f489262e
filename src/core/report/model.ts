import type { LintResult } from "../engine.js";
import type { FindingSeverity } from "../config/schema.js";
import type { Finding, Suppressed } from "../findings/types.js";
import type { LineIndex } from "../text/line-index.js";

/** A finding with 1-based line/column positions (columns in UTF-16 code units). */
export interface PositionedFinding {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly range: readonly [number, number];
  readonly fix?: { readonly range: readonly [number, number]; readonly text: string };
}

export interface FileReport {
  /** The path as shown to the user (relative to the working folder, POSIX separators). */
  readonly path: string;
  readonly channel: string | undefined;
  readonly findings: readonly PositionedFinding[];
  readonly suppressed: readonly (PositionedFinding & { readonly reason: string; readonly suppressionLine: number })[];
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
}

export interface Report {
  readonly files: readonly FileReport[];
  readonly summary: Summary;
}

export function positionFinding(lines: LineIndex, f: Finding): PositionedFinding {
  const start = lines.positionAt(f.range[0]);
  const end = lines.positionAt(f.range[1]);
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    range: f.range,
    ...(f.fix ? { fix: { range: f.fix.range, text: f.fix.text } } : {}),
  };
}

export function fileReport(path: string, result: LintResult): FileReport {
  const lines = result.document.lines;
  return {
    path,
    channel: result.channel?.name,
    findings: result.findings.map((f) => positionFinding(lines, f)),
    suppressed: result.suppressed.map((s: Suppressed) => ({
      ...positionFinding(lines, s.finding),
      reason: s.by.reason,
      suppressionLine: lines.lineAt(s.by.range[0]) + 1,
    })),
  };
}

/** A file report from findings made without the lint engine (the prompt library's governance checks). */
export function findingsReport(path: string, lines: LineIndex, findings: readonly Finding[], channel?: string): FileReport {
  return { path, channel, findings: findings.map((f) => positionFinding(lines, f)), suppressed: [] };
}

export function buildReport(files: readonly FileReport[]): Report {
  const count = (severity: FindingSeverity) => files.reduce((n, f) => n + f.findings.filter((x) => x.severity === severity).length, 0);
  return {
    files,
    summary: { files: files.length, errors: count("error"), warnings: count("warning"), infos: count("info"), hints: count("hint") },
  };
}
