import { z } from "zod";
import { defineRule } from "../types.js";
import { isLoopback, targets, webUrl, type Target } from "./targets.js";

const Options = z.strictObject({
  ignoreHosts: z
    .array(z.string().min(1))
    .default([])
    .describe("Hosts (and their subdomains) whose links need no tracking parameters, e.g. social networks or partners."),
});

/**
 * An external link without the UTM parameters that the document's channel lists in `utm:`. The
 * fix adds the missing parameters only when their values are known: every other link in the
 * document that carries the parameter gives it one and the same value.
 */
export default defineRule<z.infer<typeof Options>>({
  id: "links/tracking",
  category: "links",
  meta: {
    description: "An external link without the channel's tracking parameters",
    defaultSeverity: "warning",
    fixable: true,
    options: Options,
  },
  checkDocument(document, context) {
    const required = context.channel?.utm ?? [];
    if (required.length === 0) return;
    const ignored = context.options.ignoreHosts.map((h) => h.toLowerCase().replace(/^\*?\./, ""));
    const links: { target: Target; url: URL }[] = [];
    for (const target of targets(document)) {
      if (target.link.kind === "image") continue;
      const url = webUrl(target);
      if (!url || isLoopback(url)) continue;
      const host = url.hostname.toLowerCase();
      if (ignored.some((h) => host === h || host.endsWith(`.${h}`))) continue;
      links.push({ target, url });
    }
    const known = knownValues(links.map((l) => l.url), required);
    for (const { target, url } of links) {
      const missing = required.filter((p) => !url.searchParams.get(p));
      if (missing.length === 0) continue;
      const values = missing.map((p) => known.get(p));
      const fix = values.every((v) => v !== undefined) ? appendParams(target, missing, values as string[]) : undefined;
      context.report({
        range: target.range,
        message:
          `This link lacks the tracking parameter${missing.length > 1 ? "s" : ""} ${missing.map((p) => `\`${p}\``).join(", ")} that the "${context.channel!.name}" channel requires (utm:). Without them, visits from this copy are not credited to the campaign. ` +
          (fix ? `Add them (the quick fix uses the values of the other links here: ${missing.map((p, i) => `${p}=${values[i]}`).join(", ")}).` : "Add them with the campaign's values."),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** Per parameter, the one value every link that has the parameter agrees on; absent when none or several. */
function knownValues(urls: readonly URL[], params: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of params) {
    const values = new Set(urls.map((u) => u.searchParams.get(p)).filter((v): v is string => !!v));
    if (values.size === 1) out.set(p, [...values][0]!);
  }
  return out;
}

/** Inserts `p=v` pairs before the fragment (or at the end) of the destination as written. */
function appendParams(target: Target, params: readonly string[], values: readonly string[]): { range: readonly [number, number]; text: string } {
  const hash = target.written.indexOf("#");
  const beforeHash = hash === -1 ? target.written : target.written.slice(0, hash);
  const at = target.range[0] + beforeHash.length;
  const joiner = !beforeHash.includes("?") ? "?" : /[?&]$/.test(beforeHash) ? "" : "&";
  const pairs = params.map((p, i) => `${encodeURIComponent(p)}=${encodeURIComponent(values[i]!)}`).join("&");
  return { range: [at, at], text: `${joiner}${pairs}` };
}
