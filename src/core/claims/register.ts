import { RE2JS } from "re2js";
import type { ClaimEntry } from "../config/schema.js";
import type { Range } from "../text/line-index.js";

export type ClaimStatus = "approved" | "expired" | "out-of-scope";

/** Whether a register entry approves a claim in this channel today. */
export function claimStatus(entry: ClaimEntry, channel: string | undefined, today: string): ClaimStatus {
  if (entry.expires !== undefined && entry.expires < today) return "expired";
  if (entry.channels && entry.channels.length > 0 && (channel === undefined || !entry.channels.includes(channel))) return "out-of-scope";
  return "approved";
}

export interface RegisterMatch {
  readonly entry: ClaimEntry;
  readonly range: Range;
}

const compiled = new WeakMap<ClaimEntry, RE2JS>();

function matcherFor(entry: ClaimEntry): RE2JS {
  let re = compiled.get(entry);
  if (!re) {
    let source = entry.pattern;
    if (source === undefined) {
      const text = entry.text!.trim();
      source = escapeRe2(text).replace(/\s+/g, "\\s+");
      if (/^\w/.test(text)) source = `\\b${source}`;
      if (/\w$/.test(text)) source = `${source}\\b`;
    }
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    compiled.set(entry, re);
  }
  return re;
}

/** Every place in `text` (a prose block's masked text) where a register phrase appears. */
export function findRegisterPhrases(entries: readonly ClaimEntry[], text: string, offset: number): RegisterMatch[] {
  const out: RegisterMatch[] = [];
  for (const entry of entries) {
    const m = matcherFor(entry).matcher(text);
    let from = 0;
    while (from <= text.length && m.find(from)) {
      const s = m.start();
      const e = m.end();
      if (e > s) out.push({ entry, range: [offset + s, offset + e] });
      from = e > s ? e : s + 1;
    }
  }
  return out;
}

function escapeRe2(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
