import { strict as assert } from "node:assert";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import rule from "../../../src/core/rules/links/unreachable.js";
import { clearExternalLinkCache } from "../../../src/core/rules/links/external.js";
import { fetchStatus } from "../../../src/cli/node-fetch.js";
import { memoryHost, type Host } from "../../../src/core/host.js";
import { lintWith } from "../../support/rule-tester.js";

/** Only the loopback server below is ever contacted. */
describe("links/unreachable", () => {
  let server: Server;
  let base = "";
  const hits: string[] = [];

  before(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      hits.push(`${req.method} ${req.url}`);
      const route = req.url?.split("?")[0];
      if (route === "/hang") return; // never answers
      const status = route === "/ok" ? 200 : route === "/missing" ? 404 : route === "/error" ? 500 : route === "/head-refused" ? (req.method === "HEAD" ? 405 : 200) : route === "/redirect" ? 302 : 404;
      if (status === 302) res.setHeader("location", "/ok");
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(req.method === "HEAD" ? undefined : "body");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  beforeEach(() => {
    clearExternalLinkCache();
    hits.length = 0;
  });

  const host = (): Host => ({ ...memoryHost({}), fetchStatus });
  const config = { rules: { "links/unreachable": { checkExternal: true, timeoutMs: 400 } } };

  it("reports 4xx, 5xx and no answer, with the status in the message", async () => {
    const text = [
      `[ok](${base}/ok) [gone](${base}/missing) [boom](${base}/error)`,
      `[head](${base}/head-refused) [moved](${base}/redirect) <${base}/hang>`,
      `![img](${base}/missing#x)`,
    ].join("\n");
    const findings = await lintWith(rule, text, { config, host: host() });
    const shown = findings.map((f) => [text.slice(f.range[0], f.range[1]), f.message]);
    assert.equal(shown.length, 4, JSON.stringify(shown, null, 1));
    assert.equal(shown[0]![0], `${base}/missing`);
    assert.match(shown[0]![1], /answers HTTP 404 \(page not found\)\. Readers who follow this link hit a dead end/);
    assert.equal(shown[1]![0], `${base}/error`);
    assert.match(shown[1]![1], /answers HTTP 500 \(a server error\)/);
    assert.equal(shown[2]![0], `${base}/hang`);
    assert.match(shown[2]![1], /did not answer \(no response within 400 ms\)/);
    assert.equal(shown[3]![0], `${base}/missing#x`);
    // HEAD refused with 405, then GET; HEAD answered, no GET; the fragment is not part of the request.
    assert.ok(hits.includes("HEAD /head-refused") && hits.includes("GET /head-refused"), hits.join(", "));
    assert.ok(!hits.includes("GET /ok"), hits.join(", "));
    assert.equal(hits.filter((h) => h.endsWith("/missing")).length, 1, hits.join(", "));
  });

  it("requests each URL once per run, however many documents link to it", async () => {
    const shared = host();
    const text = `[a](${base}/missing) [b](${base}/missing) [c](${base}/ok)`;
    const first = await lintWith(rule, text, { config, host: shared, path: "a.md" });
    const second = await lintWith(rule, `Again: [a](${base}/missing)`, { config, host: shared, path: "b.md" });
    assert.equal(first.length, 2);
    assert.equal(second.length, 1);
    assert.deepEqual(hits.sort(), ["HEAD /missing", "HEAD /ok"]);
  });

  it("reports a refused connection, without retrying it with GET", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const findings = await lintWith(rule, `[down](http://127.0.0.1:${port}/x)`, { config, host: host() });
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /did not answer \(connection refused \(ECONNREFUSED\)\)/);
  });

  it("does nothing unless checkExternal is on and the host can fetch", async () => {
    const text = `[gone](${base}/missing)`;
    assert.deepEqual(await lintWith(rule, text, { host: host() }), []);
    assert.deepEqual(await lintWith(rule, text, { config, host: memoryHost({}) }), []);
    assert.deepEqual(hits, []);
  });

  it("keeps at most `concurrency` requests in flight and skips non-web links", async () => {
    let active = 0;
    let peak = 0;
    const requested: string[] = [];
    const slow: Host = {
      ...memoryHost({}),
      async fetchStatus(url) {
        requested.push(url);
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 20));
        active--;
        return url.endsWith("/3") ? { error: "connection refused (ECONNREFUSED)" } : { status: url.endsWith("/4") ? 429 : 200 };
      },
    };
    const links = [1, 2, 3, 4, 5, 6].map((i) => `[l${i}](https://links.invalid/${i})`).join(" ");
    const text = `${links} [mail](mailto:a@links.invalid) [file](guide.md) [bad](https://)`;
    const findings = await lintWith(rule, text, { config: { rules: { "links/unreachable": { checkExternal: true, concurrency: 2 } } }, host: slow });
    assert.equal(peak, 2);
    assert.equal(requested.length, 6);
    assert.deepEqual(findings.map((f) => f.message.replace(/ Readers.*/, "")), ["https://links.invalid/3 did not answer (connection refused (ECONNREFUSED))."]);
  });
});
