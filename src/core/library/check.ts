/**
 * Runs the governance rules over library prompts: severity from `rules:` in copydesk.yaml (by id or
 * the `library` category), every report validated, a failing rule recorded without stopping the rest.
 */
import { ruleSetting } from "../config/resolve.js";
import type { ResolvedConfig } from "../config/resolved.js";
import type { FindingSeverity } from "../config/schema.js";
import { dedupe, sortFindings } from "../findings/pipeline.js";
import type { Finding, Report } from "../findings/types.js";
import type { RuleFailure } from "../engine.js";
import { promptHash } from "./hash.js";
import type { LibraryEntry, LibraryIndex } from "./library-index.js";
import type { ParsedPrompt } from "./prompt.js";
import { governanceRules } from "./rules/index.js";
import type { BaseContent, GovernanceContext, GovernanceRule } from "./rules/types.js";

export interface CheckOptions {
  readonly config: ResolvedConfig;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly base?: BaseContent;
  readonly rules?: readonly GovernanceRule<any>[];
  /** Throw on an invalid report or a failing rule (tests). */
  readonly strict?: boolean;
}

export interface PromptCheck {
  readonly entry: LibraryEntry;
  readonly prompt: ParsedPrompt;
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
}


export async function checkEntry(library: LibraryIndex, entry: LibraryEntry, options: CheckOptions): Promise<PromptCheck> {
  const prompt = entry.parsed();
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  if (!prompt.isPrompt && entry.loadProblems.length === 0) return { entry, prompt, findings, failures };
  let hash: string | undefined | null = null;
  for (const rule of options.rules ?? governanceRules) {
    // A file that is not a prompt is only here because it could not be read: only library/schema applies.
    if (!prompt.isPrompt && rule.id !== "library/schema") continue;
    const severity = severityOf(options.config, rule);
    if (severity === "off") continue;
    const setting = ruleSetting(options.config, rule.id);
    let ruleOptions = setting.options as Record<string, unknown>;
    if (rule.meta.options) {
      const parsed = rule.meta.options.safeParse(setting.options);
      ruleOptions = parsed.success ? parsed.data : rule.meta.options.parse({});
      if (!parsed.success) failures.push({ rule: rule.id, message: `Invalid options for ${rule.id}: ${parsed.error.issues[0]?.message ?? "see the rule's documentation"}` });
    }
    const context: GovernanceContext<any> = {
      entry, library, config: options.config, options: ruleOptions, today: options.today, base: options.base,
      hash: () => (hash === null ? (hash = promptHash(prompt)) : hash),
      report(report: Report) {
        const problem = validate(report, prompt.text.length);
        if (problem) {
          const message = `Rule ${rule.id} made an invalid report in ${entry.relativePath}: ${problem}`;
          if (options.strict) throw new Error(message);
          failures.push({ rule: rule.id, message });
          return;
        }
        findings.push({ ...report, rule: rule.id, severity });
      },
    };
    try {
      await rule.check(prompt, context);
    } catch (error) {
      if (options.strict) throw error;
      failures.push({ rule: rule.id, message: `Rule ${rule.id} failed on ${entry.relativePath}: ${(error as Error).message}` });
    }
  }
  return { entry, prompt, findings: sortFindings(dedupe(findings)), failures };
}

/** Checks every prompt of the library, or those `only` selects (the whole library is still the context). */
export async function checkLibrary(library: LibraryIndex, options: CheckOptions & { only?: (entry: LibraryEntry) => boolean }): Promise<PromptCheck[]> {
  const out: PromptCheck[] = [];
  for (const entry of library.entries()) {
    if (options.only && !options.only(entry)) continue;
    out.push(await checkEntry(library, entry, options));
  }
  return out;
}

export function severityOf(config: ResolvedConfig, rule: GovernanceRule<any>): FindingSeverity | "off" {
  return ruleSetting(config, rule.id).severity ?? (config.profile === "none" ? "off" : rule.meta.defaultSeverity);
}

function validate(report: Report, length: number): string | undefined {
  const ok = (r: readonly [number, number] | undefined) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] >= 0 && r[0] <= r[1] && r[1] <= length;
  if (!ok(report.range)) return `range ${JSON.stringify(report.range)} is outside the file (length ${length}).`;
  if (typeof report.message !== "string" || report.message.trim() === "") return "the message is empty.";
  if (report.fix && !ok(report.fix.range)) return `fix range ${JSON.stringify(report.fix.range)} is invalid.`;
  return undefined;
}
