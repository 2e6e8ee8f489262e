import type { CopyDocument } from "../document/index.js";
import type { ResolvedConfig } from "../config/resolved.js";
import type { Finding } from "./types.js";

/** Rule categories that judge wording, and so must not judge text the policy dictates. */
const STYLE_CATEGORIES = ["tone/", "terms/"];

/**
 * The configured AI-disclosure labels are text the policy requires word for word: a writer cannot
 * reword them, so style findings (tone, terms) inside a label are dropped.
 */
export function exemptMandatedText(findings: readonly Finding[], document: CopyDocument, config: ResolvedConfig): Finding[] {
  const labels = [config.disclosure.label, ...Object.values(config.disclosure.labels)].filter((l): l is string => Boolean(l && l.trim()));
  if (labels.length === 0) return [...findings];
  const spans: [number, number][] = [];
  for (const label of new Set(labels)) {
    for (let at = document.text.indexOf(label, document.bodyStart); at !== -1; at = document.text.indexOf(label, at + label.length)) {
      spans.push([at, at + label.length]);
    }
  }
  if (spans.length === 0) return [...findings];
  return findings.filter(
    (f) => !(STYLE_CATEGORIES.some((c) => f.rule.startsWith(c)) && spans.some(([s, e]) => f.range[0] >= s && f.range[1] <= e)),
  );
}
