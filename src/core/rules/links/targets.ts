/** What the link rules share: which links to check once, and how to read a destination. */
import type { CopyDocument, DocLink } from "../../document/index.js";
import type { Range } from "../../text/line-index.js";

export type TargetKind = "empty" | "absolute" | "protocol-relative" | "fragment" | "relative";

export interface Target {
  readonly link: DocLink;
  /** The destination without angle brackets, `&amp;` decoded. */
  readonly value: string;
  /** The destination as it stands in the text (differs from `value` for `www.` and e-mail autolinks). */
  readonly written: string;
  /** Where `written` is in the document. */
  readonly range: Range;
  readonly kind: TargetKind;
  /** Lower-case scheme without the colon, for absolute targets. */
  readonly scheme: string | undefined;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Every destination written in the document, once: inline links, images, HTML links and
 * autolinks, and reference definitions (links that use a definition are checked at the
 * definition). A reference with no definition (`[text][label]`) is left to `undefinedReferences`.
 */
export function targets(document: CopyDocument): Target[] {
  const out: Target[] = [];
  for (const link of document.links) {
    const own = link.kind === "reference-definition" || (link.targetRange[0] >= link.range[0] && link.targetRange[1] <= link.range[1]);
    if (!own) continue;
    if (link.target === "" && (link.kind === "link" || link.kind === "image") && !explicitlyEmpty(document, link)) continue;
    let [start, end] = link.targetRange;
    if (document.text[start] === "<" && document.text[end - 1] === ">" && end - start >= 2) {
      start++;
      end--;
    }
    // Entities are decoded in destinations, Markdown and HTML alike (`?a=1&amp;b=2`).
    const value = link.target.replace(/&amp;/gi, "&");
    const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
    const kind: TargetKind = value.trim() === "" ? "empty" : scheme ? "absolute" : value.startsWith("//") ? "protocol-relative" : value.startsWith("#") ? "fragment" : "relative";
    out.push({ link, value, written: document.text.slice(start, end), range: [start, end], kind, scheme });
  }
  return out;
}

/** `[text]()` or `![alt]()`: a destination that was written, but empty. */
function explicitlyEmpty(document: CopyDocument, link: DocLink): boolean {
  return document.text.startsWith("](", link.textRange[1]);
}

/** Full and collapsed references whose label has no definition: `[text][label]`, `[text][]`. */
export function undefinedReferences(document: CopyDocument): { link: DocLink; label: string; range: Range }[] {
  const out: { link: DocLink; label: string; range: Range }[] = [];
  for (const link of document.links) {
    if (link.kind !== "link" && link.kind !== "image") continue;
    if (link.target !== "" || !document.text.startsWith("][", link.textRange[1])) continue;
    if (document.text[link.range[1] - 1] !== "]") continue;
    const label = document.text.slice(link.textRange[1] + 2, link.range[1] - 1).trim() || link.text;
    out.push({ link, label, range: [link.range[0], link.range[1]] });
  }
  return out;
}

/** `http:` and `https:` destinations (and `//host/…`), as a parsed URL; undefined for anything else or unparsable. */
export function webUrl(target: Target): URL | undefined {
  if (target.kind === "protocol-relative") return parse(`https:${target.value}`);
  if (target.kind !== "absolute" || (target.scheme !== "http" && target.scheme !== "https")) return undefined;
  if (!/^https?:\/\/[^/?#\s]/i.test(target.value)) return undefined;
  return parse(target.value);
}

function parse(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.hostname ? url : undefined;
  } catch {
    return undefined;
  }
}

/** localhost, 127.0.0.0/8, [::1] and *.localhost: addresses that never leave the machine. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || /^127(?:\.\d{1,3}){3}$/.test(host) || host === "[::1]";
}

/** Decodes percent-escapes; undefined when the escapes are malformed. */
export function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
