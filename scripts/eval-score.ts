/**
 * Scoring for `npm run eval`: findings against a labelled corpus (`labels.yaml`). A finding
 * matches a label with the same rule and line; a label without `line` is document-level and
 * matches a finding of its rule anywhere in the document. Each finding matches at most one label
 * and each label at most one finding; what is left over is a false positive or a false negative.
 */
import { z } from "zod";

/** The families that the corpora label; findings of other families (tone, links…) are not scored. */
export const SCORED_FAMILIES = ["claims", "terms", "cta", "disclosure", "suppression"] as const;

export const LabelSchema = z.strictObject({
  rule: z.string().regex(/^[a-z]+\/[a-z-]+$/),
  line: z.number().int().positive().optional(),
  text: z.string().optional(),
});
export const LabelsFileSchema = z.looseObject({
  documents: z.record(z.string(), z.array(LabelSchema).nullable().transform((v) => v ?? [])),
});
export type Label = z.infer<typeof LabelSchema>;

export interface ScoredFinding {
  readonly rule: string;
  /** 1-based line of the finding's start. */
  readonly line: number;
  readonly text: string;
}

export interface Miss {
  readonly file: string;
  readonly rule: string;
  readonly line: number | undefined;
  readonly text: string;
}

export interface RuleScore {
  readonly rule: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  /** By rule id, sorted. */
  readonly rules: readonly RuleScore[];
  readonly falsePositives: readonly Miss[];
  readonly falseNegatives: readonly Miss[];
}

export function familyOf(rule: string): string {
  return rule.split("/")[0]!;
}

export function isScored(rule: string, families: readonly string[] = SCORED_FAMILIES): boolean {
  return families.includes(familyOf(rule));
}

/**
 * Scores one corpus. `labels` and `findings` are keyed by corpus-relative path; a document missing
 * from either side counts as having none.
 */
export function score(labels: Readonly<Record<string, readonly Label[]>>, findings: Readonly<Record<string, readonly ScoredFinding[]>>, families: readonly string[] = SCORED_FAMILIES): Score {
  const rules = new Map<string, RuleScore>();
  const tally = (rule: string) => {
    let s = rules.get(rule);
    if (!s) rules.set(rule, (s = { rule, tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  const files = [...new Set([...Object.keys(labels), ...Object.keys(findings)])].sort();
  for (const file of files) {
    const expected = (labels[file] ?? []).filter((l) => isScored(l.rule, families));
    const actual = (findings[file] ?? []).filter((f) => isScored(f.rule, families));
    const used = new Set<number>();
    const unmatched: Label[] = [];
    // Line labels first, so that a document-level label cannot take a finding a line label needs.
    const ordered = [...expected.filter((l) => l.line !== undefined), ...expected.filter((l) => l.line === undefined)];
    for (const label of ordered) {
      const i = actual.findIndex((f, k) => !used.has(k) && f.rule === label.rule && (label.line === undefined || f.line === label.line));
      if (i === -1) unmatched.push(label);
      else {
        used.add(i);
        tally(label.rule).tp++;
      }
    }
    for (const label of unmatched) {
      tally(label.rule).fn++;
      falseNegatives.push({ file, rule: label.rule, line: label.line, text: label.text ?? "" });
    }
    actual.forEach((f, k) => {
      if (used.has(k)) return;
      tally(f.rule).fp++;
      falsePositives.push({ file, rule: f.rule, line: f.line, text: f.text });
    });
  }
  const byPosition = (a: Miss, b: Miss) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule);
  return {
    rules: [...rules.values()].sort((a, b) => a.rule.localeCompare(b.rule)),
    falsePositives: falsePositives.sort(byPosition),
    falseNegatives: falseNegatives.sort(byPosition),
  };
}

/** Precision and recall; 1 when there is nothing to be right or wrong about. */
export function ratios(s: { tp: number; fp: number; fn: number }): { precision: number; recall: number } {
  return { precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp), recall: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn) };
}

/** Totals per family, in SCORED_FAMILIES order. */
export function familyTotals(result: Score, families: readonly string[] = SCORED_FAMILIES): RuleScore[] {
  return families.map((family) => {
    const total: RuleScore = { rule: family, tp: 0, fp: 0, fn: 0 };
    for (const r of result.rules) {
      if (familyOf(r.rule) !== family) continue;
      total.tp += r.tp;
      total.fp += r.fp;
      total.fn += r.fn;
    }
    return total;
  });
}

/** The printed report: a per-rule table, family totals, then every false positive and negative. */
export function formatScore(result: Score, families: readonly string[] = SCORED_FAMILIES): string {
  const row = (name: string, s: RuleScore) => {
    const { precision, recall } = ratios(s);
    return `${name.padEnd(28)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${precision.toFixed(3).padStart(11)}${recall.toFixed(3).padStart(8)}`;
  };
  const header = `${"rule".padEnd(28)}${"TP".padStart(5)}${"FP".padStart(5)}${"FN".padStart(5)}${"precision".padStart(11)}${"recall".padStart(8)}`;
  const lines = [header, "-".repeat(header.length)];
  for (const r of result.rules) lines.push(row(r.rule, r));
  lines.push("", `${"family".padEnd(28)}${"TP".padStart(5)}${"FP".padStart(5)}${"FN".padStart(5)}${"precision".padStart(11)}${"recall".padStart(8)}`, "-".repeat(header.length));
  for (const t of familyTotals(result, families)) lines.push(row(t.rule, t));
  const miss = (m: Miss) => `  ${m.file}${m.line !== undefined ? `:${m.line}` : ""}  ${m.rule}  ${JSON.stringify(m.text)}`;
  lines.push("", `False positives (${result.falsePositives.length}):`, ...result.falsePositives.map(miss));
  lines.push("", `False negatives (${result.falseNegatives.length}):`, ...result.falseNegatives.map(miss));
  return `${lines.join("\n")}\n`;
}
