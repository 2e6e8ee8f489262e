/**
 * The lint engine: document model → rules → findings pipeline. One entry for the CLI, the editor
 * and tests. Block-level rule results are cached per block text, and document rules can cache
 * stretches of their results by key (`context.cached`), so an edit re-runs only what it touched.
 */
import { parseDocument, type CopyDocument, type ProseBlock } from "./document/index.js";
import type { ResolvedConfig, ResolvedChannel } from "./config/resolved.js";
import { channelFor, ruleSetting } from "./config/resolve.js";
import type { FindingSeverity } from "./config/schema.js";
import type { Host } from "./host.js";
import type { LibraryLookup } from "./library/lookup.js";
import type { Rule, RuleContext } from "./rules/types.js";
import type { Finding, Report, Suppressed } from "./findings/types.js";
import { suppress } from "./findings/suppress.js";
import { applyClaimReferences } from "./findings/claim-references.js";
import { exemptMandatedText } from "./findings/mandated-text.js";
import { sortAndDedupe } from "./findings/pipeline.js";
import { allRules } from "./rules/index.js";

export interface LintOptions {
  /** Workspace-relative POSIX path of the document. */
  path: string;
  config: ResolvedConfig;
  host: Host;
  /** YYYY-MM-DD; defaults to the current UTC date. */
  today?: string;
  /** Rules to run (defaults to every registered rule). */
  rules?: readonly Rule<any>[];
  /** Reuse block results from earlier runs on the same document. */
  cache?: LintCache;
  /** Throw on an invalid report or a failing rule (tests), instead of recording a failure. */
  strict?: boolean;
  /** The prompt library, for rules about provenance stamps (`library/deprecated-prompt`). */
  library?: LibraryLookup;
}

export interface RuleFailure {
  readonly rule: string;
  readonly message: string;
}

export interface LintResult {
  readonly document: CopyDocument;
  readonly channel: ResolvedChannel | undefined;
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Suppressed[];
  readonly failures: readonly RuleFailure[];
}

/**
 * Per-document memory of block results, and of the stretches of document-rule results that rules
 * mark with `context.cached`. Keep one per open document.
 */
export class LintCache {
  private entries = new Map<string, Report[]>();
  private next = new Map<string, Report[]>();
  /**
   * `context.cached` results: key → rule id → reports relative to their base. Keyed by the key
   * first, so that the rules that share a key (one per run of prose, say) compare its text once.
   */
  private ruleEntries = new Map<string, Map<string, readonly Report[]>>();
  private ruleNext = new Map<string, { readonly previous: Map<string, readonly Report[]> | undefined; readonly now: Map<string, readonly Report[]> }>();
  private key = "";
  /** The last document linted with this cache, for incremental parsing. */
  document: CopyDocument | undefined;

  /** Starts a run; results from runs with another configuration or channel are dropped. */
  begin(key: string): void {
    if (key !== this.key) {
      this.entries.clear();
      this.ruleEntries.clear();
      this.key = key;
    }
    this.next = new Map();
    this.ruleNext = new Map();
  }

  get(blockKey: string): Report[] | undefined {
    const hit = this.entries.get(blockKey);
    if (hit) this.next.set(blockKey, hit);
    return hit;
  }

  set(blockKey: string, reports: Report[]): void {
    this.next.set(blockKey, reports);
  }

  /** The reports `rule` made for `key` in the previous run (relative to their base), if any. */
  getRule(rule: string, key: string): readonly Report[] | undefined {
    const slot = this.slot(key);
    const hit = slot.previous?.get(rule);
    if (hit) slot.now.set(rule, hit);
    return hit;
  }

  setRule(rule: string, key: string, reports: readonly Report[]): void {
    this.slot(key).now.set(rule, reports);
  }

  private slot(key: string) {
    let slot = this.ruleNext.get(key);
    if (!slot) this.ruleNext.set(key, (slot = { previous: this.ruleEntries.get(key), now: new Map() }));
    return slot;
  }

  /** Ends a run, keeping only the blocks and rule keys the run used. */
  end(): void {
    this.entries = this.next;
    this.ruleEntries = new Map();
    for (const [key, slot] of this.ruleNext) if (slot.now.size > 0) this.ruleEntries.set(key, slot.now);
  }
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function lintText(text: string, options: LintOptions): Promise<LintResult> {
  return lintTextNow(text, options);
}

/**
 * `lintText`, but synchronous when it can be: the result itself when every rule ran synchronously
 * (no rule had to wait for the host: a file's existence, a link's status), else a promise of it.
 * The editor lints a document this way the moment it opens, before the work its opening causes in
 * the extension host (other extensions' activations) can run first.
 */
export function lintTextNow(text: string, options: LintOptions): LintResult | Promise<LintResult> {
  const previous = options.cache?.document;
  const document = parseDocument(text, { path: options.path, previous: previous?.path === options.path ? previous : undefined });
  if (options.cache) options.cache.document = document;
  return lintDocumentNow(document, options);
}

export async function lintDocument(document: CopyDocument, options: LintOptions): Promise<LintResult> {
  return lintDocumentNow(document, options);
}

/** `lintDocument`, synchronous when every rule is (see `lintTextNow`). */
export function lintDocumentNow(document: CopyDocument, options: LintOptions): LintResult | Promise<LintResult> {
  const steps = lintSteps(document, options);
  const step = steps.next();
  return step.done ? step.value : finish(steps, step.value);
}

/** Runs the rest of a lint that a rule made asynchronous: each yielded promise is a rule's pending check. */
async function finish(steps: Generator<Promise<unknown>, LintResult, void>, pending: Promise<unknown>): Promise<LintResult> {
  for (;;) {
    let rejected: { error: unknown } | undefined;
    try {
      await pending;
    } catch (error) {
      rejected = { error };
    }
    // The rule's error goes back into the lint, which records it as the rule's failure (or, strict, rethrows it).
    const step = rejected ? steps.throw(rejected.error) : steps.next();
    if (step.done) return step.value;
    pending = step.value;
  }
}

/**
 * The lint itself, as a generator: it yields a document rule's promise when the rule's check is
 * asynchronous (the driver resumes it when the promise settles, or throws its error into it), and
 * returns the result. Rules whose checks return nothing run without a pause.
 */
function* lintSteps(document: CopyDocument, options: LintOptions): Generator<Promise<unknown>, LintResult, void> {
  const { config } = options;
  const today = options.today ?? todayUtc();
  const channel = channelFor(config, document.path, document.frontMatter?.data?.channel);
  const failures: RuleFailure[] = [];
  const raw: Finding[] = [];
  const active: { rule: Rule<any>; severity: FindingSeverity; options: Record<string, unknown> }[] = [];
  for (const rule of options.rules ?? allRules) {
    const setting = ruleSetting(config, rule.id);
    const severity = setting.severity ?? (config.profile === "none" ? "off" : rule.meta.defaultSeverity);
    if (severity === "off") continue;
    let ruleOptions: Record<string, unknown> = setting.options as Record<string, unknown>;
    if (rule.meta.options) {
      const parsed = rule.meta.options.safeParse(setting.options);
      if (parsed.success) ruleOptions = parsed.data;
      else {
        failures.push({ rule: rule.id, message: `Invalid options for ${rule.id}: ${parsed.error.issues[0]?.message ?? "see the rule's documentation"}` });
        ruleOptions = rule.meta.options.parse({});
      }
    }
    active.push({ rule, severity, options: ruleOptions });
  }

  const cache = options.cache;
  cache?.begin(`${config.generation}\u0000${channel?.name ?? ""}\u0000${today}\u0000${active.map((a) => a.rule.id).join(",")}`);

  // One context per rule for the whole run; `sink` is swapped per block, so a block costs no
  // allocations beyond its reports.
  const length = document.text.length;
  const makeContext = (rule: Rule<any>, ruleOptions: Record<string, unknown>) => {
    const holder: { sink: Report[] } = { sink: [] };
    const context: RuleContext<any> = {
      document, config, channel, options: ruleOptions, host: options.host, today, library: options.library,
      report(report: Report) {
        const problem = validateReport(report, length);
        if (problem) {
          const message = `Rule ${rule.id} made an invalid report in ${document.path}: ${problem}`;
          if (options.strict) throw new Error(message);
          failures.push({ rule: rule.id, message });
          return;
        }
        holder.sink.push(report);
      },
      cached(keyOrBuild: string | (() => string), base: number, compute: () => void) {
        if (!cache) return compute();
        const key = typeof keyOrBuild === "string" ? keyOrBuild : keyOrBuild();
        const hit = cache.getRule(rule.id, key);
        if (hit) {
          for (const r of hit) holder.sink.push(shiftFinding(r as Finding, base));
          return;
        }
        const sink = holder.sink;
        const from = sink.length;
        const failed = failures.length;
        compute();
        // A stretch that made an invalid report is not kept: a replay would drop the failure.
        if (failures.length !== failed || holder.sink !== sink) return;
        const reports: Report[] = [];
        for (let i = from; i < sink.length; i++) reports.push(shiftFinding(sink[i] as Finding, -base));
        cache.setRule(rule.id, key, reports);
      },
    };
    return { holder, context };
  };

  // Block rules, cached per block (the key is built only when there is a cache).
  const blockRules = active.filter((a) => a.rule.checkBlock).map((a) => ({ ...a, ...makeContext(a.rule, a.options) }));
  if (blockRules.length > 0) {
    for (const block of document.blocks) {
      // Joined, not concatenated: a flat string, which V8 hashes and compares faster than a rope.
      const blockKey = cache ? [block.kind, block.level, block.text].join("\u0000") : "";
      let reports = cache?.get(blockKey);
      if (reports) {
        const shift = block.range[0];
        for (const r of reports) raw.push(shiftFinding(r as Finding, shift));
        continue;
      }
      reports = [];
      const base = block.range[0];
      for (const { rule, severity, holder, context } of blockRules) {
        if (rule.meta.scopes && !rule.meta.scopes.includes(block.kind)) continue;
        const sink: Report[] = (holder.sink = []);
        try {
          rule.checkBlock!(block, context);
        } catch (error) {
          if (options.strict) throw error;
          failures.push({ rule: rule.id, message: `Rule ${rule.id} failed on ${document.path}: ${(error as Error).message}` });
        }
        for (const r of sink) {
          const finding = toFinding(r, rule.id, severity);
          raw.push(finding);
          if (cache) reports.push(shiftFinding(finding, -base));
        }
      }
      cache?.set(blockKey, reports);
    }
  }

  // Document rules.
  for (const { rule, severity, options: ruleOptions } of active) {
    if (!rule.checkDocument) continue;
    const { holder, context } = makeContext(rule, ruleOptions);
    const sink = holder.sink;
    try {
      const pending = rule.checkDocument(document, context);
      if (pending) yield pending;
    } catch (error) {
      if (options.strict) throw error;
      failures.push({ rule: rule.id, message: `Rule ${rule.id} failed on ${document.path}: ${(error as Error).message}` });
    }
    for (const r of sink) raw.push(toFinding(r, rule.id, severity));
  }
  cache?.end();

  const referenced = applyClaimReferences(exemptMandatedText(raw, document, config), document, config, channel, today);
  const { kept, suppressed } = suppress(referenced, document);
  return { document, channel, findings: sortAndDedupe(kept), suppressed, failures };
}

/**
 * A rule's report as a finding. Built field by field, in one of four shapes: spreading reports of
 * many shapes (`{ ...report, rule, severity }`) is several times slower.
 */
function toFinding(r: Report, rule: string, severity: FindingSeverity): Finding {
  const { range, message, fix, data } = r;
  if (fix === undefined) return data === undefined ? { range, message, rule, severity } : { range, message, data, rule, severity };
  return data === undefined ? { range, message, fix, rule, severity } : { range, message, fix, data, rule, severity };
}

function shiftFinding(f: Finding, by: number): Finding {
  const range: [number, number] = [f.range[0] + by, f.range[1] + by];
  const { message, fix, data, rule, severity } = f;
  if (fix === undefined) return data === undefined ? { range, message, rule, severity } : { range, message, data, rule, severity };
  const moved = { range: [fix.range[0] + by, fix.range[1] + by] as [number, number], text: fix.text };
  return data === undefined ? { range, message, fix: moved, rule, severity } : { range, message, fix: moved, data, rule, severity };
}

function validRange(r: readonly [number, number] | undefined, length: number): boolean {
  if (!Array.isArray(r)) return false;
  const a = r[0];
  const b = r[1];
  return Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= length;
}

function validateReport(report: Report, length: number): string | undefined {
  if (!validRange(report.range, length)) return `range ${JSON.stringify(report.range)} is outside the document (length ${length}).`;
  const message = report.message;
  // A message that opens with a visible ASCII character is not blank: no need to trim it.
  const first = typeof message === "string" ? message.charCodeAt(0) : NaN;
  if (typeof message !== "string" || (!(first > 32 && first < 127) && message.trim() === "")) return "the message is empty.";
  if (report.fix && (!validRange(report.fix.range, length) || typeof report.fix.text !== "string")) return `fix range ${JSON.stringify(report.fix.range)} is invalid.`;
  return undefined;
}

export type { ProseBlock };
