/**
 * `copydesk library check [paths…] [--base REF] [--format stylish|json|sarif|summary]`: governance
 * checks, output and exit codes as `lint`. `summary` is the library's health in Markdown for a
 * pull-request comment; it also reads the copy (`files.include`) for provenance stamps.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { checkLibrary, type PromptCheck } from "../../core/library/check.js";
import { libraryHealth, type CopyFile } from "../../core/library/health.js";
import { formatHealthSummary } from "../../core/library/health-summary.js";
import { decodeText } from "../../core/text/decode.js";
import { governanceRules } from "../../core/library/rules/index.js";
import { docsUrl } from "../../core/rules/index.js";
import { buildReport, findingsReport, type FileReport } from "../../core/report/model.js";
import { format } from "../../core/report/formatters/index.js";
import { collectFiles, UsageError } from "../files.js";
import { VERSION } from "../version.js";
import { HOMEPAGE } from "../lint.js";
import { openLibrary, parseVerbArgs, shown, type LibraryRun, type OpenedLibrary } from "./context.js";
import { baseReader, isRevision } from "./git.js";

const CHECK_FORMATS = ["stylish", "json", "sarif", "summary"] as const;

export async function libraryCheck(args: readonly string[], run: LibraryRun): Promise<number | "help"> {
  const { values, positionals } = parseVerbArgs("check", args, { base: { type: "string" }, format: { type: "string" } });
  if (values.help) return "help";
  const formatName = (values.format as string | undefined) ?? "stylish";
  if (!(CHECK_FORMATS as readonly string[]).includes(formatName)) throw new UsageError(`Unknown format "${formatName}". Use one of: ${CHECK_FORMATS.join(", ")}.`);
  const targets: { path: string; dir: boolean }[] = [];
  for (const p of positionals) {
    const path = resolve(run.cwd, p);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`No such file or folder: ${p}. Check the path, relative to ${run.cwd}.`);
    targets.push({ path, dir: info.isDirectory() });
  }
  const base = values.base as string | undefined;
  if (base !== undefined && !(await isRevision(base, run.cwd))) throw new UsageError(`--base ${base} is not a commit in this git repository. Give a branch, tag or commit, such as --base origin/main.`);
  const library = await openLibrary(run, values.config, targets.map((t) => (t.dir ? t.path : resolve(t.path, ".."))));
  const selected = (path: string) => targets.length === 0 || targets.some((t) => (t.dir ? path.startsWith(`${t.path}/`) : path === t.path));
  const checks = await checkLibrary(library.index, {
    config: library.config,
    today: run.today,
    ...(base !== undefined ? { base: baseReader(base) } : {}),
    only: (entry) => selected(entry.path),
  });
  let failures = 0;
  const files: FileReport[] = [];
  for (const check of checks) {
    for (const failure of check.failures) {
      failures++;
      run.stderr(`copydesk: ${failure.message}\n`);
    }
    if (!check.prompt.isPrompt && check.entry.loadProblems.length === 0) continue;
    files.push(findingsReport(shown(run, check.entry.path), check.prompt.lines, check.findings, check.prompt.fields.channel));
  }
  const report = buildReport(files);
  if (formatName === "summary") run.stdout(await summary(run, library, checks));
  else run.stdout(
    format(formatName as Exclude<(typeof CHECK_FORMATS)[number], "summary">, report, {
      color: run.color,
      toolVersion: VERSION,
      informationUri: HOMEPAGE,
      rules: governanceRules.map((r) => ({ id: r.id, description: r.meta.description, defaultSeverity: r.meta.defaultSeverity, helpUri: docsUrl(r.id) })),
      title: "Copydesk prompt library check",
      generatedAt: new Date().toISOString(),
      docsUrl,
    }),
  );
  if (library.problems.length > 0 || failures > 0) return 2;
  return report.summary.errors > 0 || report.summary.warnings > 0 ? 1 : 0;
}

/** The health summary: the checks, plus the copy files' provenance stamps. */
async function summary(run: LibraryRun, library: OpenedLibrary, checks: readonly PromptCheck[]): Promise<string> {
  const copy: CopyFile[] = [];
  for (const path of await collectFiles(library.config, run.cwd, [])) {
    if (library.index.contains(path)) continue;
    const bytes = await readFile(path).catch((error: Error) => void run.stderr(`copydesk: ${shown(run, path)} could not be read for provenance stamps: ${error.message}\n`));
    const decoded = bytes && decodeText(bytes);
    if (decoded && !decoded.binary) copy.push({ path, text: decoded.text });
  }
  const health = libraryHealth({ checks, library: library.index, config: library.config, today: run.today, copy, show: (p) => shown(run, p) });
  return formatHealthSummary(health, { docsUrl });
}
