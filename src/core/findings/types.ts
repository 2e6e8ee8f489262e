import type { Range } from "../text/line-index.js";
import type { FindingSeverity } from "../config/schema.js";

/** A text edit as offsets into the original text. */
export interface Fix {
  readonly range: Range;
  readonly text: string;
}

/** What a rule reports: no severity (the engine owns it). */
export interface Report {
  readonly range: Range;
  readonly message: string;
  readonly fix?: Fix;
  /** Extra, rule-specific facts (matched text, register id…) for hovers and reports. */
  readonly data?: Readonly<Record<string, string | number | boolean>>;
}

export interface Finding extends Report {
  readonly rule: string;
  readonly severity: FindingSeverity;
}

/** A finding after suppression, with why it was suppressed (for audit reports). */
export interface Suppressed {
  readonly finding: Finding;
  readonly by: { readonly range: Range; readonly reason: string };
}
