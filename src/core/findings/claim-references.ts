import type { CopyDocument } from "../document/index.js";
import { directives } from "../document/directives.js";
import type { ResolvedConfig, ResolvedChannel } from "../config/resolved.js";
import { claimStatus } from "../claims/register.js";
import type { Finding } from "./types.js";

/**
 * `<!-- copydesk claim: ID -->` with a valid, unexpired, in-scope register id clears every claim
 * finding on the next line. (Unknown ids are reported by `claims/unknown-reference`.)
 */
export function applyClaimReferences(findings: readonly Finding[], document: CopyDocument, config: ResolvedConfig, channel: ResolvedChannel | undefined, today: string): Finding[] {
  const cleared = new Set<number>();
  for (const d of directives(document)) {
    if (d.kind !== "claim") continue;
    const entry = config.claims.entries.find((e) => e.id === d.id);
    if (entry && claimStatus(entry, channel?.name, today) === "approved") cleared.add(document.lines.lineAt(d.comment.range[1]) + 1);
  }
  if (cleared.size === 0) return [...findings];
  return findings.filter(
    (f) => !(f.rule.startsWith("claims/") && f.rule !== "claims/unknown-reference" && cleared.has(document.lines.lineAt(f.range[0]))),
  );
}
