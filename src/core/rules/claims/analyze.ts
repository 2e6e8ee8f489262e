/**
 * The shared block analysis behind every claims rule: the claim phrases of a prose block, one
 * category each, after the approved-claims register has had its say. A register phrase that is in
 * scope and not expired clears the claims inside it; an expired one replaces them with
 * `claims/expired`; one out of its channels' scope changes nothing. Computed once per block and
 * shared by the rules (each reports its own category).
 */
import type { ProseBlock } from "../../document/index.js";
import type { ResolvedConfig } from "../../config/resolved.js";
import type { ClaimEntry } from "../../config/schema.js";
import { claimStatus, findRegisterPhrases } from "../../claims/register.js";
import type { RuleContext } from "../types.js";
import { contains, type Span } from "./list.js";
import { detectClaims, type Candidate, type PhraseCategory } from "./detect.js";

export interface ExpiredPhrase extends Span {
  readonly entry: ClaimEntry;
}

export interface BlockClaims {
  readonly claims: readonly Candidate[];
  /** Register phrases whose approval has expired. */
  readonly expired: readonly ExpiredPhrase[];
}

interface Cached {
  readonly config: ResolvedConfig;
  readonly channel: string | undefined;
  readonly today: string;
  readonly result: BlockClaims;
}

const cache = new WeakMap<ProseBlock, Cached>();

type Context = Pick<RuleContext, "config" | "channel" | "today">;

export function blockClaims(block: ProseBlock, context: Context): BlockClaims {
  const channel = context.channel?.name;
  const hit = cache.get(block);
  if (hit && hit.config === context.config && hit.channel === channel && hit.today === context.today) return hit.result;
  const found = detectClaims(block, { competitors: context.config.claims.competitors, brand: context.config.brand });
  const register = registerSpans(block.text, context);
  const claims = found.filter((c) => !register.cleared.some((r) => contains(r, c)));
  const result: BlockClaims = { claims, expired: register.expired };
  cache.set(block, { config: context.config, channel, today: context.today, result });
  return result;
}

/** The claims of one category in a block (offsets relative to the block's text). */
export function claimsOf(block: ProseBlock, context: Context, category: PhraseCategory): Candidate[] {
  return blockClaims(block, context).claims.filter((c) => c.category === category);
}

/**
 * Register phrases in `text`: `cleared` spans (approved or expired: no ordinary claims inside) and
 * the `expired` ones to report. An expired phrase inside an approved one is not reported.
 */
export function registerSpans(text: string, context: Context): { cleared: Span[]; expired: ExpiredPhrase[] } {
  const entries = context.config.claims.entries;
  if (entries.length === 0) return { cleared: [], expired: [] };
  const approved: Span[] = [];
  const expired: ExpiredPhrase[] = [];
  for (const m of findRegisterPhrases(entries, text, 0)) {
    const span = { start: m.range[0], end: m.range[1] };
    const status = claimStatus(m.entry, context.channel?.name, context.today);
    if (status === "approved") approved.push(span);
    else if (status === "expired") expired.push({ ...span, entry: m.entry });
  }
  const reported = expired.filter((e, i) => !approved.some((a) => contains(a, e)) && expired.findIndex((o) => o.start === e.start && o.end === e.end) === i);
  return { cleared: [...approved, ...reported], expired: reported };
}

/** The text of a span with runs of whitespace (and masked markup) collapsed. */
export function shownText(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
}
