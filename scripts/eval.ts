/**
 * `npm run eval -- <corpus-dir> [--today YYYY-MM-DD] [--labels FILE]`: lints every file of a labelled
 * corpus with the corpus's own copydesk.yaml and compares the findings with its labels.yaml.
 * Prints a per-rule table (TP, FP, FN, precision, recall) for the labelled families, family totals,
 * and every false positive and negative. Exits 0 (2 on a usage error).
 */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { todayUtc } from "../src/core/engine.js";
import { evaluateCorpus } from "./eval-corpus.js";
import { formatScore } from "./eval-score.js";

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

async function main(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 2;
  }
  let result;
  try {
    result = await evaluateCorpus(args.dir, { today: args.today, labels: args.labels });
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\n`);
    return 2;
  }
  for (const warning of result.warnings) process.stderr.write(`eval: ${warning}\n`);
  process.stdout.write(`Corpus ${args.dir} — ${result.files.length} files, today ${args.today}\n\n`);
  process.stdout.write(formatScore(result.score));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
