/**
 * Evaluation of one labelled corpus: lints every file it selects with the corpus's own copydesk.yaml
 * and scores the findings against its labels.yaml. Used by `npm run eval` (scripts/eval.ts) and by
 * the test that keeps the corpora at their bar (test/scripts/eval-corpora.test.ts).
 */
import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";
import { nodeHost } from "../src/cli/node-host.js";
import { loadConfig } from "../src/core/config/load.js";
import { isIncluded } from "../src/core/config/files.js";
import { lintText } from "../src/core/engine.js";
import { isScored, LabelsFileSchema, score, type Label, type Score, type ScoredFinding } from "./eval-score.js";

export interface CorpusOptions {
  /** The day the register's expiry dates are checked against (YYYY-MM-DD). */
  readonly today: string;
  /** The labels file; `labels.yaml` in the corpus folder when absent. */
  readonly labels?: string;
}

export interface CorpusResult {
  /** Corpus-relative paths of the linted files, sorted. */
  readonly files: readonly string[];
  readonly labels: Readonly<Record<string, readonly Label[]>>;
  readonly findings: Readonly<Record<string, readonly ScoredFinding[]>>;
  readonly score: Score;
  /** Configuration problems, lint failures and files missing from one side, as messages. */
  readonly warnings: readonly string[];
}

const posix = (p: string) => (sep === "/" ? p : p.split(sep).join("/"));

/** Lints and scores the corpus in `dir` (an absolute path). Throws when its labels cannot be read. */
export async function evaluateCorpus(dir: string, options: CorpusOptions): Promise<CorpusResult> {
  const host = nodeHost();
  const warnings: string[] = [];
  const configFile = join(dir, "copydesk.yaml");
  const loaded = await loadConfig({ host, cwd: dir, configFile: existsSync(configFile) ? configFile : undefined });
  for (const p of loaded.problems) warnings.push(`${posix(relative(dir, p.file))}:${p.line}:${p.column}: ${p.message}`);
  const { config } = loaded;

  const labelsPath = options.labels ?? join(dir, "labels.yaml");
  const labelsText = await host.readFile(labelsPath);
  if (labelsText === undefined) throw new Error(`cannot read ${labelsPath}.`);
  const labels = LabelsFileSchema.parse(parse(labelsText)).documents;

  const findings: Record<string, ScoredFinding[]> = {};
  const all = (await host.listFiles!(dir)).map((f) => posix(relative(config.root, f)));
  const files = all.filter((rel) => isIncluded(config, rel)).sort();
  for (const rel of files) {
    const text = await host.readFile(join(config.root, rel));
    if (text === undefined) continue;
    const result = await lintText(text, { path: rel, config, host, today: options.today });
    for (const failure of result.failures) warnings.push(failure.message);
    findings[rel] = result.findings
      .filter((f) => isScored(f.rule))
      .map((f) => ({ rule: f.rule, line: result.document.lines.lineAt(f.range[0]) + 1, text: text.slice(f.range[0], f.range[1]).replace(/\s+/g, " ").slice(0, 80) }));
  }
  for (const file of Object.keys(labels)) if (!(file in findings)) warnings.push(`${file} is labelled but was not linted (missing, or not selected by files.include/exclude).`);
  for (const file of files) if (!(file in labels)) warnings.push(`${file} has no entry in ${posix(relative(dir, labelsPath))}.`);

  return { files, labels, findings, score: score(labels, findings), warnings };
}
