/**
 * `npm run eval -- <corpus-dir> [--today YYYY-MM-DD] [--labels FILE]`: lints every file of a labelled
 * corpus with the corpus's own copydesk.yaml and compares the findings with its labels.yaml.
 * Prints a per-rule table (TP, FP, FN, precision, recall) for the labelled families, family totals,
 * and every false positive and negative. Exits 0 (2 on a usage error).
 */
import { existsSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parse } from "yaml";
import { nodeHost } from "../src/cli/node-host.js";
import { loadConfig } from "../src/core/config/load.js";
import { isIncluded } from "../src/core/config/files.js";
import { lintText, todayUtc } from "../src/core/engine.js";
import { formatScore, isScored, LabelsFileSchema, score, type ScoredFinding } from "./eval-score.js";

interface Args {
  dir: string;
  today: string;
  labels: string;
}

function parseArgs(argv: readonly string[]): Args {
  let dir: string | undefined;
  let today = todayUtc();
  let labels: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--today") today = argv[++i] ?? "";
    else if (arg.startsWith("--today=")) today = arg.slice(8);
    else if (arg === "--labels") labels = argv[++i];
    else if (arg.startsWith("--labels=")) labels = arg.slice(9);
    else if (arg.startsWith("--")) throw new Error(`Unknown option ${arg}.`);
    else if (dir === undefined) dir = arg;
    else throw new Error(`Only one corpus folder, please (got ${dir} and ${arg}).`);
  }
  if (dir === undefined) throw new Error("Name the corpus folder: npm run eval -- <corpus-dir> [--today YYYY-MM-DD].");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new Error(`--today needs a date as YYYY-MM-DD (got "${today}").`);
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new Error(`No such folder: ${dir}.`);
  return { dir: abs, today, labels: labels ? resolve(labels) : join(abs, "labels.yaml") };
}

const posix = (p: string) => (sep === "/" ? p : p.split(sep).join("/"));

async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 2;
  }
  const host = nodeHost();
  const configFile = join(args.dir, "copydesk.yaml");
  const loaded = await loadConfig({ host, cwd: args.dir, configFile: existsSync(configFile) ? configFile : undefined });
  for (const p of loaded.problems) process.stderr.write(`eval: ${posix(relative(args.dir, p.file))}:${p.line}:${p.column}: ${p.message}\n`);
  const { config } = loaded;

  const labelsText = await host.readFile(args.labels);
  if (labelsText === undefined) {
    process.stderr.write(`eval: cannot read ${args.labels}.\n`);
    return 2;
  }
  const labels = LabelsFileSchema.parse(parse(labelsText)).documents;

  const findings: Record<string, ScoredFinding[]> = {};
  const all = (await host.listFiles!(args.dir)).map((f) => posix(relative(config.root, f)));
  const files = all.filter((rel) => isIncluded(config, rel)).sort();
  for (const rel of files) {
    const text = await host.readFile(join(config.root, rel));
    if (text === undefined) continue;
    const result = await lintText(text, { path: rel, config, host, today: args.today });
    for (const failure of result.failures) process.stderr.write(`eval: ${failure.message}\n`);
    findings[rel] = result.findings
      .filter((f) => isScored(f.rule))
      .map((f) => ({ rule: f.rule, line: result.document.lines.lineAt(f.range[0]) + 1, text: text.slice(f.range[0], f.range[1]).replace(/\s+/g, " ").slice(0, 80) }));
  }
  for (const file of Object.keys(labels)) if (!(file in findings)) process.stderr.write(`eval: ${file} is labelled but was not linted (missing, or not selected by files.include/exclude).\n`);
  for (const file of files) if (!(file in labels)) process.stderr.write(`eval: ${file} has no entry in ${posix(relative(args.dir, args.labels))}.\n`);

  process.stdout.write(`Corpus ${args.dir} — ${files.length} files, today ${args.today}\n\n`);
  process.stdout.write(formatScore(score(labels, findings)));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
