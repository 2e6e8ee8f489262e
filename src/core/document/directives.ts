import type { CopyDocument, HtmlComment } from "./model.js";
import type { Range } from "../text/line-index.js";

export type Directive =
  | { kind: "disable-next-line" | "disable"; targets: string[]; reason: string | undefined; comment: HtmlComment }
  | { kind: "enable"; targets: string[]; comment: HtmlComment }
  | { kind: "claim"; id: string; idRange: Range; comment: HtmlComment }
  | { kind: "prompt"; id: string; version: string | undefined; refRange: Range; comment: HtmlComment };

const SUPPRESS = /^\s*copydesk-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/;
const CLAIM = /^\s*copydesk\s+claim\s*:\s*(\S+)\s*$/;
const PROMPT = /^\s*copydesk\s+prompt\s*:\s*([^\s@]+)(?:@(\S+))?\s*$/;

/** Copydesk's comment directives, in document order. Parsed once per document and cached. */
export function directives(document: CopyDocument): readonly Directive[] {
  let cached = cache.get(document);
  if (!cached) {
    cached = document.comments.flatMap((c) => {
      const d = parseDirective(c);
      return d ? [d] : [];
    });
    cache.set(document, cached);
  }
  return cached;
}
const cache = new WeakMap<CopyDocument, readonly Directive[]>();

export function parseDirective(comment: HtmlComment): Directive | undefined {
  const body = comment.body;
  const s = SUPPRESS.exec(body);
  if (s) {
    const kind = s[1] as "disable-next-line" | "disable" | "enable";
    const rest = s[2]!;
    const dash = rest.search(/(^|\s)--(\s|$)/);
    const targetText = dash === -1 ? rest : rest.slice(0, dash);
    const targets = targetText.split(/[\s,]+/).filter(Boolean);
    if (kind === "enable") return { kind, targets, comment };
    const reason = dash === -1 ? undefined : rest.slice(dash).replace(/^\s*--/, "").trim();
    return { kind, targets, reason: reason || undefined, comment };
  }
  const c = CLAIM.exec(body);
  if (c) {
    const at = comment.bodyStart + body.indexOf(c[1]!, body.indexOf(":"));
    return { kind: "claim", id: c[1]!, idRange: [at, at + c[1]!.length], comment };
  }
  const p = PROMPT.exec(body);
  if (p) {
    const ref = p[2] ? `${p[1]}@${p[2]}` : p[1]!;
    const at = comment.bodyStart + body.indexOf(ref, body.indexOf(":"));
    return { kind: "prompt", id: p[1]!, version: p[2], refRange: [at, at + ref.length], comment };
  }
  return undefined;
}

/** Whether a suppression target (`tone`, `tone/passive`, or none = all) covers a rule id. */
export function targetsRule(targets: readonly string[], rule: string): boolean {
  if (targets.length === 0) return true;
  return targets.some((t) => t === rule || rule.startsWith(`${t}/`));
}
