/**
 * The rule registry: every rule, imported explicitly, in the order of the specification's table.
 * Documentation links are built here, from the rule id, in one place.
 */
import type { Rule } from "./types.js";
import { setRuleCatalog } from "../config/load.js";
import tonePassive from "./tone/passive.js";
import toneWeasel from "./tone/weasel.js";
import toneAdverb from "./tone/adverb.js";
import toneWordy from "./tone/wordy.js";
import toneCliche from "./tone/cliche.js";
import toneSo from "./tone/so.js";
import toneThereIs from "./tone/there-is.js";
import toneIllusion from "./tone/illusion.js";
import toneEPrime from "./tone/e-prime.js";
import toneExclamation from "./tone/exclamation.js";
import toneShouting from "./tone/shouting.js";
import toneSentenceLength from "./tone/sentence-length.js";
import toneReadability from "./tone/readability.js";
import termsUse from "./terms/use.js";
import termsAvoid from "./terms/avoid.js";
import claimsSuperlative from "./claims/superlative.js";
import claimsGuarantee from "./claims/guarantee.js";
import claimsStatistic from "./claims/statistic.js";
import claimsComparative from "./claims/comparative.js";
import claimsHealth from "./claims/health.js";
import claimsEnvironmental from "./claims/environmental.js";
import claimsFinancial from "./claims/financial.js";
import claimsFree from "./claims/free.js";
import claimsTestimonial from "./claims/testimonial.js";
import claimsExpired from "./claims/expired.js";
import claimsUnknownReference from "./claims/unknown-reference.js";
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
import libraryDeprecatedPrompt from "./library/deprecated-prompt.js";
import { governanceRules } from "../library/rules/index.js";

export const allRules: readonly Rule<any>[] = [
  tonePassive,
  toneWeasel,
  toneAdverb,
  toneWordy,
  toneCliche,
  toneSo,
  toneThereIs,
  toneIllusion,
  toneEPrime,
  toneExclamation,
  toneShouting,
  toneSentenceLength,
  toneReadability,
  termsUse,
  termsAvoid,
  claimsSuperlative,
  claimsGuarantee,
  claimsStatistic,
  claimsComparative,
  claimsHealth,
  claimsEnvironmental,
  claimsFinancial,
  claimsFree,
  claimsTestimonial,
  claimsExpired,
  claimsUnknownReference,
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
  libraryDeprecatedPrompt,
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
  isKnown: (key) => categories.has(key) || allRules.some((r) => r.id === key) || governanceRules.some((r) => r.id === key),
  options: (id) => ruleById(id)?.meta.options ?? governanceRules.find((r) => r.id === id)?.meta.options,
});
