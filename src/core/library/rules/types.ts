/**
 * A governance rule checks one prompt file of the library (Brand QA rules check copy). Like a Brand
 * QA rule it reports ranges and messages; the checker owns severity.
 */
import type { ResolvedConfig } from "../../config/resolved.js";
import type { Report } from "../../findings/types.js";
import type { RuleMeta } from "../../rules/types.js";
import type { LibraryEntry, LibraryIndex } from "../library-index.js";
import type { ParsedPrompt } from "../prompt.js";

/** The text of a file at the git base (`--base REF`), or undefined when the file is new. */
export type BaseContent = (path: string) => Promise<string | undefined>;

export interface GovernanceContext<Options = Record<string, unknown>> {
  readonly entry: LibraryEntry;
  readonly library: LibraryIndex;
  readonly config: ResolvedConfig;
  readonly options: Options;
  /** Today's date as YYYY-MM-DD (injected so tests are stable). */
  readonly today: string;
  /** Present with `--base`: reads the file as it was at the base. */
  readonly base: BaseContent | undefined;
  /** The prompt's current content hash, when its hashed fields are valid. */
  hash(): string | undefined;
  report(report: Report): void;
}

export interface GovernanceRule<Options = Record<string, unknown>> {
  readonly id: string;
  readonly category: "library";
  readonly meta: RuleMeta;
  check(prompt: ParsedPrompt, context: GovernanceContext<Options>): void | Promise<void>;
}

export function defineGovernanceRule<Options = Record<string, unknown>>(rule: GovernanceRule<Options>): GovernanceRule<Options> {
  return rule;
}
