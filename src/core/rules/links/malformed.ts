import { z } from "zod";
import { defineRule } from "../types.js";
import { decodePath, targets, type Target } from "./targets.js";
import { editDistance } from "../../text/edit-distance.js";

/** Schemes that are fine in marketing copy; anything else is likely a typo (`htp:`, `https//`). */
export const KNOWN_SCHEMES = [
  "http", "https", "mailto", "tel", "sms", "ftp", "ftps", "sftp", "data", "file", "geo", "webcal", "callto",
  "facetime", "skype", "whatsapp", "spotify", "slack", "zoommtg", "msteams", "vscode", "vscode-insiders", "irc",
  "ircs", "news", "git", "ssh", "magnet", "urn", "market", "itms-apps", "maps",
];

const Options = z.strictObject({
  schemes: z.array(z.string().min(1)).default([]).describe("More URL schemes to accept, beside the built-in list (e.g. `myapp`)."),
});

/**
 * A destination that cannot work: an empty target (`[x]()`), an absolute URL that does not parse
 * (WHATWG URL), an `http(s):` URL without `//host`, spaces in a URL, an unknown scheme, a web
 * address without its scheme (`www.…`), broken percent-escapes, a `mailto:` without an address.
 */
export default defineRule<z.infer<typeof Options>>({
  id: "links/malformed",
  category: "links",
  meta: {
    description: "A link whose destination is empty or not a valid URL",
    defaultSeverity: "error",
    fixable: true,
    options: Options,
  },
  checkDocument(document, context) {
    const schemes = new Set([...KNOWN_SCHEMES, ...context.options.schemes.map((s) => s.toLowerCase().replace(/:$/, ""))]);
    for (const target of targets(document)) {
      const problem = diagnose(target, schemes);
      if (!problem) continue;
      const range = target.kind === "empty" ? target.link.range : target.range;
      context.report({ range, message: problem.message, ...(problem.fix ? { fix: { range: target.range, text: problem.fix } } : {}) });
    }
  },
});

function diagnose(target: Target, schemes: ReadonlySet<string>): { message: string; fix?: string } | undefined {
  const v = target.value;
  const shown = v.length > 80 ? `${v.slice(0, 77)}…` : v;
  const dead = target.link.kind === "image" ? "Readers see a broken image." : "Readers who click it get an error or nothing at all.";
  if (target.kind === "empty") {
    return { message: `This ${target.link.kind === "image" ? "image" : "link"} has an empty destination, so it goes nowhere. ${dead} Add the URL or path, or remove the link.` };
  }
  if (target.kind === "absolute" || target.kind === "protocol-relative") {
    if (/\s/.test(v)) return { message: `The URL "${shown}" contains a space. ${dead} Encode spaces as %20, or remove them.` };
    const scheme = target.scheme ?? "https";
    if (scheme === "http" || scheme === "https" || target.kind === "protocol-relative") {
      if (target.kind === "absolute" && !/^https?:\/\//i.test(v)) {
        return { message: `"${shown}" is missing the "//" after "${scheme}:". ${dead} Write it as ${scheme}://host/path.` };
      }
      const rest = target.kind === "absolute" ? v.slice(scheme.length + 3) : v.slice(2);
      if (/^[/?#]|^$/.test(rest)) return { message: `The URL "${shown}" has no host name. ${dead} Add the site's address after "//".` };
      if (!parses(target.kind === "absolute" ? v : `https:${v}`)) return { message: `The URL "${shown}" is not a valid web address (its host name cannot be parsed). ${dead} Check it for typos.` };
      return undefined;
    }
    if (scheme === "javascript") return { message: `"${shown}" runs a script instead of opening a page; mail clients and most sites block it. ${dead} Link to a real page instead.` };
    if (!schemes.has(scheme)) {
      const guess = closest(scheme);
      return {
        message: `"${scheme}:" in "${shown}" is not a URL scheme that browsers or mail clients handle${guess ? ` — did you mean "${guess}:"?` : "."} ${dead} Fix the scheme, or add it to this rule's \`schemes\` option if it is intended.`,
      };
    }
    if (scheme === "mailto" && !/^mailto:(?:[^@?\s]+@[^@?\s]+|\?)/i.test(v)) return { message: `The e-mail link "${shown}" has no address. ${dead} Write mailto:name@example.com.` };
    if (scheme === "tel" && !/\d/.test(v)) return { message: `The phone link "${shown}" has no number. ${dead} Write tel:+15555550199.` };
    if (!parses(v)) return { message: `"${shown}" is not a valid URL. ${dead} Check it for typos.` };
    return undefined;
  }
  const noColon = /^(https?)\/\//i.exec(v);
  if (noColon) {
    return { message: `"${shown}" is missing the ":" after "${noColon[1]}", so it is read as a file next to this document. ${dead} Write ${noColon[1]}://… (the quick fix does).`, fix: `${noColon[1]}:${v.slice(noColon[1]!.length)}` };
  }
  if (/^www\.[^/\s]+\.[a-z]{2,}/i.test(v)) {
    return { message: `"${shown}" is a web address without "https://", so it is read as a file next to this document. ${dead} Add "https://" in front (the quick fix does).`, fix: `https://${v}` };
  }
  if (decodePath(v.split("#")[0]!.split("?")[0]!) === undefined) {
    return { message: `"${shown}" has a "%" that is not a valid escape. ${dead} Write "%25" for a literal percent sign, or fix the escape.` };
  }
  return undefined;
}

function parses(url: string): boolean {
  try {
    return new URL(url).href !== "";
  } catch {
    return false;
  }
}

/** A known scheme one or two edits away (`htp` → `http`, `htps` → `https`), if any. */
function closest(scheme: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of ["https", "http", "mailto", "tel"]) {
    const d = editDistance(scheme, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}
