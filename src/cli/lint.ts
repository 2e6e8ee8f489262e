import { readFile } from "node:fs/promises";

/** How many files are read ahead of the one being linted. */
const READ_AHEAD = 16;
import { relative } from "node:path";
import type { Host } from "../core/host.js";
import { loadConfig } from "../core/config/load.js";
import type { ConfigProblem } from "../core/config/problems.js";
import type { ResolvedConfig } from "../core/config/resolved.js";
import { lintText } from "../core/engine.js";
import { allRules, docsUrl } from "../core/rules/index.js";
import { buildReport, fileReport, type FileReport } from "../core/report/model.js";
import { format, isFormat, FORMATS } from "../core/report/formatters/index.js";
import { decodeText } from "../core/text/decode.js";
import { collectFiles, configRelative, toPosix, UsageError } from "./files.js";
import { VERSION } from "./version.js";
import { libraryForLint } from "./library/context.js";

export interface LintRun {
  paths: readonly string[];
  cwd: string;
  format: string;
  configFile: string | undefined;
  maxWarnings: number | undefined;
  checkExternal: boolean;
  host: Host;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  today: string | undefined;
}

export const HOMEPAGE = "https://github.com/copydesk/copydesk";

export async function runLint(run: LintRun): Promise<number> {
  if (!isFormat(run.format)) throw new UsageError(`Unknown format "${run.format}". Use one of: ${FORMATS.join(", ")}.`);
  if (run.configFile !== undefined && !(await run.host.exists(run.configFile))) {
    throw new UsageError(`The configuration file ${run.configFile} does not exist. Check the --config path.`);
  }
  const loaded = await loadConfig({ host: run.host, cwd: run.cwd, configFile: run.configFile });
  printProblems(loaded.problems, run);
  const config = run.checkExternal ? withExternalChecks(loaded.config) : loaded.config;
  const files = await collectFiles(config, run.cwd, run.paths);
  const library = await libraryForLint(config, run.host);
  const reports: FileReport[] = [];
  let failures = 0;
  // Files are read a few ahead of the lint, so the disk and the engine work at the same time.
  // A failed read is kept as a value until its turn, so it is reported in order and never unhandled.
  const reads = new Map<number, Promise<{ bytes: Buffer } | { error: unknown }>>();
  const readAhead = (i: number) => {
    if (i < files.length && !reads.has(i)) reads.set(i, readFile(files[i]!).then((bytes) => ({ bytes }), (error: unknown) => ({ error })));
  };
  for (const [i, file] of files.entries()) {
    for (let k = i; k < i + READ_AHEAD; k++) readAhead(k);
    const shown = toPosix(relative(run.cwd, file)) || file;
    const read = await reads.get(i)!;
    reads.delete(i);
    if ("error" in read) throw read.error;
    const bytes = read.bytes;
    const decoded = decodeText(bytes);
    if (decoded.binary) {
      reports.push(binaryReport(shown));
      continue;
    }
    const result = await lintText(decoded.text, { path: configRelative(config, file), config, host: run.host, today: run.today, library });
    for (const failure of result.failures) {
      failures++;
      run.stderr(`copydesk: ${failure.message}\n`);
    }
    reports.push(fileReport(shown, result));
  }
  const report = buildReport(reports);
  run.stdout(
    format(run.format, report, {
      color: run.color,
      toolVersion: VERSION,
      informationUri: HOMEPAGE,
      rules: allRules.map((r) => ({ id: r.id, description: r.meta.description, defaultSeverity: r.meta.defaultSeverity, helpUri: docsUrl(r.id) })),
      title: `Copydesk QA report${config.brand ? ` — ${config.brand}` : ""}`,
      generatedAt: new Date().toISOString(),
      docsUrl,
    }),
  );
  if (loaded.problems.length > 0 || failures > 0) return 2;
  const { errors, warnings } = report.summary;
  if (errors > 0) return 1;
  if (run.maxWarnings !== undefined) return warnings > run.maxWarnings ? 1 : 0;
  return warnings > 0 ? 1 : 0;
}

function printProblems(problems: readonly ConfigProblem[], run: LintRun): void {
  for (const p of problems) {
    const where = `${toPosix(relative(run.cwd, p.file)) || p.file}:${p.line}:${p.column}`;
    run.stderr(`${where}: error: ${p.message}${p.hint ? `\n  ${p.hint}` : ""}\n`);
  }
  if (problems.length > 0) run.stderr("copydesk: the configuration has errors; linting with the defaults instead.\n");
}

function withExternalChecks(config: ResolvedConfig): ResolvedConfig {
  const rules = new Map(config.rules);
  const own = rules.get("links/unreachable");
  rules.set("links/unreachable", { severity: own?.severity, options: { ...own?.options, checkExternal: true } });
  return { ...config, rules };
}

function binaryReport(path: string): FileReport {
  return {
    path,
    channel: undefined,
    suppressed: [],
    findings: [
      {
        rule: "document/encoding",
        severity: "error",
        message: "This file is binary, not text, so it was not checked. Exclude it in `files.exclude`, or save it as UTF-8 text.",
        line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0],
      },
    ],
  };
}
