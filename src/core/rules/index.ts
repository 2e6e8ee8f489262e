/**
 * The rule registry: every rule, imported explicitly, in the order of the specification's table.
 * Documentation links are built here, from the rule id, in one place.
 */
import type { Rule } from "./types.js";
import { setRuleCatalog } from "../config/load.js";
import termsUse from "./terms/use.js";
import termsAvoid from "./terms/avoid.js";
import documentEncoding from "./document/encoding.js";

export const allRules: readonly Rule<any>[] = [
  termsUse,
  termsAvoid,
  documentEncoding,
];

export const DOCS_BASE = "https://github.com/copydesk/copydesk/blob/main/docs/rules/";

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export function ruleById(id: string): Rule<any> | undefined {
  return allRules.find((r) => r.id === id);
}

const categories = new Set<string>(["tone", "terms", "claims", "cta", "disclosure", "suppression", "links", "library", "document"]);
setRuleCatalog({
  isKnown: (key) => categories.has(key) || allRules.some((r) => r.id === key),
  options: (id) => ruleById(id)?.meta.options,
});
