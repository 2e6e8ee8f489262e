/**
 * The rule registry: every rule, imported explicitly, in the order of the specification's table.
 * Documentation links are built here, from the rule id, in one place.
 */
import type { Rule } from "./types.js";
import { setRuleCatalog } from "../config/load.js";
import termsUse from "./terms/use.js";
import termsAvoid from "./terms/avoid.js";
import ctaMissing from "./cta/missing.js";
import ctaWeak from "./cta/weak.js";
import disclosureMissingTag from "./disclosure/missing-tag.js";
import disclosureMissingLabel from "./disclosure/missing-label.js";
import disclosureUnreviewed from "./disclosure/unreviewed.js";
import disclosureInvalid from "./disclosure/invalid.js";
import suppressionMissingReason from "./suppression/missing-reason.js";
import linksBroken from "./links/broken.js";
import linksMalformed from "./links/malformed.js";
import linksInsecure from "./links/insecure.js";
import linksTracking from "./links/tracking.js";
import linksUnreachable from "./links/unreachable.js";
import documentEncoding from "./document/encoding.js";
import documentFrontMatter from "./document/front-matter.js";

export const allRules: readonly Rule<any>[] = [
  termsUse,
  termsAvoid,
  ctaMissing,
  ctaWeak,
  disclosureMissingTag,
  disclosureMissingLabel,
  disclosureUnreviewed,
  disclosureInvalid,
  suppressionMissingReason,
  linksBroken,
  linksMalformed,
  linksInsecure,
  linksTracking,
  linksUnreachable,
  documentEncoding,
  documentFrontMatter,
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
