/**
 * The Node side of `Host.fetchStatus`, for `links/unreachable`: global fetch, redirects followed,
 * an AbortController timeout. HEAD first; GET when the server refuses HEAD (405, 501, and the 400
 * and 403 some servers give HEAD alone) or drops the connection. Bodies are never read. Wire it in
 * as `nodeHost({ fetchStatus })`.
 */
import type { Host } from "../core/host.js";

const USER_AGENT = "Copydesk link check (+https://github.com/copydesk/copydesk)";
const HEAD_REFUSED = new Set([400, 403, 405, 501]);

type Answer = { status: number } | { error: string; timedOut?: boolean };

export const fetchStatus: NonNullable<Host["fetchStatus"]> = async (url, { timeoutMs }) => {
  const head = await request(url, "HEAD", timeoutMs);
  if ("status" in head && !HEAD_REFUSED.has(head.status)) return head;
  // No GET after a timeout or when the host cannot be reached at all: it would fail the same way.
  if ("error" in head && (head.timedOut || /ENOTFOUND|ECONNREFUSED|EAI_AGAIN/.test(head.error))) return { error: head.error };
  const get = await request(url, "GET", timeoutMs);
  if ("status" in get) return get;
  return { error: get.error };
};

async function request(url: string, method: "HEAD" | "GET", timeoutMs: number): Promise<Answer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      method,
      redirect: "follow",
      signal: controller.signal,
      headers: { "user-agent": USER_AGENT, accept: "*/*" },
    });
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status };
  } catch (error) {
    if (timedOut) return { error: `no response within ${timeoutMs} ms`, timedOut: true };
    return { error: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** "ECONNREFUSED", "ENOTFOUND"… from undici's `cause`, else the message. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code === "ENOTFOUND" ? "host not found (ENOTFOUND)" : cause.code === "ECONNREFUSED" ? "connection refused (ECONNREFUSED)" : cause.code;
  return cause?.message ?? (error instanceof Error ? error.message : String(error));
}
