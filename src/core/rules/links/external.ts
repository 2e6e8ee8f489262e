/**
 * Requests for `links/unreachable`: each URL at most once per cache lifetime (shared by every
 * document of a run and across runs in the editor), with a bound on requests in flight.
 */
import type { Host } from "../../host.js";

export type Outcome = { status: number } | { error: string };
export type FetchStatus = NonNullable<Host["fetchStatus"]>;

/** How long an answer stays valid: one CLI run, or a few minutes of editing. */
export const CACHE_TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 5_000;

const cache = new Map<string, { at: number; outcome: Promise<Outcome> }>();
let active = 0;
const waiting: (() => void)[] = [];

/** Forgets every cached answer (tests; the editor's "check links again"). */
export function clearExternalLinkCache(): void {
  cache.clear();
}

export interface RequestOptions {
  readonly timeoutMs: number;
  readonly concurrency: number;
  /** Injectable clock for tests. */
  readonly now?: () => number;
}

/** The answer for `url`, from the cache or from one request through `fetchStatus`. */
export function requestOnce(fetchStatus: FetchStatus, url: string, options: RequestOptions): Promise<Outcome> {
  const now = (options.now ?? Date.now)();
  const hit = cache.get(url);
  if (hit && now - hit.at < CACHE_TTL_MS) return hit.outcome;
  const outcome = limited(options.concurrency, () => fetchStatus(url, { timeoutMs: options.timeoutMs })).catch((error: unknown) => ({
    error: error instanceof Error ? error.message : String(error),
  }));
  cache.delete(url);
  cache.set(url, { at: now, outcome });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return outcome;
}

async function limited<T>(max: number, task: () => Promise<T>): Promise<T> {
  while (active >= Math.max(1, max)) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  try {
    return await task();
  } finally {
    active--;
    waiting.shift()?.();
  }
}
