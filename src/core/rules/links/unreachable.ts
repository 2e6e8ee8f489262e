import { z } from "zod";
import { defineRule, type RuleContext } from "../types.js";
import { requestOnce, type FetchStatus, type Outcome } from "./external.js";
import { targets, webUrl, type Target } from "./targets.js";

const Options = z.strictObject({
  checkExternal: z.boolean().default(false).describe("Request external URLs. Set by `--check-external` and the `copydesk.checkExternalLinks` setting."),
  timeoutMs: z.number().int().positive().default(10_000).describe("How long to wait for an answer, in milliseconds."),
  concurrency: z.number().int().positive().max(64).default(8).describe("Requests in flight at once, across all documents."),
});

/**
 * With `checkExternal` (and a host that can fetch): an external link or image whose URL answers
 * 4xx/5xx or not at all. Each URL is requested once (HEAD, then GET where HEAD is refused; see
 * `src/cli/node-fetch.ts`) and the answer is cached for every document. 429 (rate limited) is not
 * reported: it says nothing about the page.
 */
export default defineRule<z.infer<typeof Options>>({
  id: "links/unreachable",
  category: "links",
  meta: {
    description: "An external link that does not answer, or answers with an error",
    defaultSeverity: "warning",
    fixable: false,
    options: Options,
  },
  // Synchronous when there is nothing to ask (external checks off, or no web links): a promise
  // only when the check must wait for answers (engine.ts lintTextNow).
  checkDocument(document, context) {
    const fetchStatus = context.host.fetchStatus?.bind(context.host);
    if (!context.options.checkExternal || !fetchStatus) return;
    const byUrl = new Map<string, Target[]>();
    for (const target of targets(document)) {
      const url = webUrl(target);
      if (!url) continue;
      url.hash = "";
      const key = url.href;
      byUrl.set(key, [...(byUrl.get(key) ?? []), target]);
    }
    if (byUrl.size === 0) return;
    return ask(byUrl, fetchStatus, context);
  },
});

async function ask(byUrl: Map<string, Target[]>, fetchStatus: FetchStatus, context: RuleContext<z.infer<typeof Options>>): Promise<void> {
  const { timeoutMs, concurrency } = context.options;
  const answers = await Promise.all([...byUrl.keys()].map(async (url) => [url, await requestOnce(fetchStatus, url, { timeoutMs, concurrency })] as const));
  for (const [url, outcome] of answers) {
    const problem = describe(outcome, timeoutMs);
    if (!problem) continue;
    for (const target of byUrl.get(url)!) {
      context.report({
        range: target.range,
        message: `${url} ${problem} Readers who follow this link hit a dead end. Check the address, update or remove the link, or ask the site's owner.`,
        data: "status" in outcome ? { status: outcome.status } : { error: outcome.error },
      });
    }
  }
}

function describe(outcome: Outcome, timeoutMs: number): string | undefined {
  if ("error" in outcome) return `did not answer (${outcome.error || `no response within ${timeoutMs} ms`}).`;
  const { status } = outcome;
  if (status < 400 || status === 429) return undefined;
  return `answers HTTP ${status} (${status >= 500 ? "a server error" : status === 404 || status === 410 ? "page not found" : "the request was refused"}).`;
}
