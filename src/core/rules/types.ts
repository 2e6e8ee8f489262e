import type { z } from "zod";
import type { CopyDocument, ProseBlock, BlockKind } from "../document/index.js";
import type { FindingSeverity } from "../config/schema.js";
import type { ResolvedConfig, ResolvedChannel } from "../config/resolved.js";
import type { Report } from "../findings/types.js";
import type { Host } from "../host.js";
import type { LibraryLookup } from "../library/lookup.js";

export type RuleCategory = "tone" | "terms" | "claims" | "cta" | "disclosure" | "suppression" | "links" | "library" | "document";

export interface RuleMeta {
  /** The fixed title: doc heading, SARIF shortDescription. */
  readonly description: string;
  readonly defaultSeverity: FindingSeverity | "off";
  /** Whether the rule offers fixes. */
  readonly fixable: boolean;
  /** Zod schema of the rule's options (the keys beside `severity:` in `rules:`). */
  readonly options?: z.ZodType<Record<string, unknown>>;
  /**
   * Which prose blocks `checkBlock` receives. Code, URLs, HTML tags and comments never reach a rule.
   */
  readonly scopes?: readonly BlockKind[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly document: CopyDocument;
  readonly config: ResolvedConfig;
  /** The document's channel, if any. */
  readonly channel: ResolvedChannel | undefined;
  readonly options: Options;
  readonly host: Host;
  /** Today's date as YYYY-MM-DD (injected so tests are stable). */
  readonly today: string;
  /** The prompt library, when the caller loaded one (absent: library rules on copy stay silent). */
  readonly library?: LibraryLookup;
  report(report: Report): void;
  /**
   * For document rules: runs `compute`, which reports through this context as usual, unless an
   * earlier lint with the same `LintCache` (and configuration) already ran it for this rule and
   * `key`; then its reports are replayed, moved by the difference between the two `base` offsets.
   * `key` must capture everything the reports depend on besides the configuration, channel and
   * date, and the reports' offsets minus `base` must depend on nothing else either. Without a
   * cache, `compute` simply runs (a `key` function is then never called: build costly keys lazily).
   */
  cached(key: string | (() => string), base: number, compute: () => void): void;
}

/**
 * A rule. `checkBlock` sees one prose block at a time and may depend on nothing but the block,
 * the configuration and the channel: the engine caches its findings per block text, so re-linting
 * after an edit only re-runs it on blocks that changed. `checkDocument` sees the whole document.
 */
export interface Rule<Options = Record<string, unknown>> {
  readonly id: string;
  readonly category: RuleCategory;
  readonly meta: RuleMeta;
  checkBlock?(block: ProseBlock, context: RuleContext<Options>): void;
  checkDocument?(document: CopyDocument, context: RuleContext<Options>): void | Promise<void>;
}

export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
