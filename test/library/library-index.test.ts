import { strict as assert } from "node:assert";
import type { Host } from "../../src/core/host.js";
import { LibraryIndex } from "../../src/core/library/library-index.js";
import { check, config, library, prompt, ROOT } from "./support.js";

/** A host over a map that tests change, whose reads finish after a random delay (so they race). */
function racingHost(files: Map<string, string>): Host {
  const later = () => new Promise((r) => setTimeout(r, Math.random() * 5));
  return {
    readFile: async (p) => {
      const text = files.get(p);
      await later();
      return text;
    },
    exists: async (p) => files.has(p),
    listFiles: async (dir) => [...files.keys()].filter((p) => p.startsWith(`${dir}/`)),
  };
}

/** A host that reads only in bulk (readBytesMany), after a delay, counting its calls; `during` runs while a call is pending. */
function bulkHost(files: Map<string, string | Uint8Array>, during?: () => void): Host & { calls: number; sizes: number[] } {
  const encoder = new TextEncoder();
  const host = {
    calls: 0,
    sizes: [] as number[],
    readFile: async () => {
      throw new Error("read file by file");
    },
    readBytes: async () => {
      throw new Error("read file by file");
    },
    exists: async (p: string) => files.has(p),
    listFiles: async (dir: string) => [...files.keys()].filter((p) => p.startsWith(`${dir}/`)),
    readBytesMany: async (paths: readonly string[]) => {
      host.calls++;
      host.sizes.push(paths.length);
      const out = paths.map((p) => {
        const v = files.get(p);
        return typeof v === "string" ? encoder.encode(v) : v;
      });
      during?.();
      await new Promise((r) => setTimeout(r, 1));
      return out;
    },
  };
  return host;
}

describe("library index", () => {
  it("indexes every prompt under the roots by id, leaving out READMEs and other files", async () => {
    const index = await library({
      "prompts/a.md": prompt({ id: "a" }),
      "prompts/deep/b.markdown": prompt({ id: "b", status: "draft" }),
      "prompts/README.md": "# About\n",
      "prompts/notes.txt": prompt({ id: "txt" }),
      "elsewhere/c.md": prompt({ id: "c" }),
      "prompts/node_modules/x.md": prompt({ id: "x" }),
    });
    assert.deepEqual(index.list().map((e) => e.summary.id), ["a", "b"]);
    assert.equal(index.get("b")?.relativePath, "prompts/deep/b.markdown");
    assert.equal(index.get("c"), undefined);
    assert.deepEqual(index.prompt("a"), { id: "a", title: "Welcome email for new trial users", version: "1.2.0", status: "approved", replacedBy: undefined, path: `${ROOT}/prompts/a.md` });
  });

  it("lists by status, channel and tag", async () => {
    const index = await library({
      "prompts/a.md": prompt({ id: "a" }),
      "prompts/b.md": prompt({ id: "b", status: "draft" }).replace("channel: email", "channel: social").replace("[onboarding, trial]", "[launch]"),
    });
    assert.deepEqual(index.list({ status: "draft" }).map((e) => e.summary.id), ["b"]);
    assert.deepEqual(index.list({ channel: "email" }).map((e) => e.summary.id), ["a"]);
    assert.deepEqual(index.list({ tag: "launch" }).map((e) => e.summary.id), ["b"]);
    assert.deepEqual(index.list({ tag: "nope" }), []);
  });

  it("searches id, title, description and tags, every word, best match first", async () => {
    const index = await library({
      "prompts/a.md": prompt({ id: "welcome-email" }),
      "prompts/b.md": prompt({ id: "launch-post" }).replace("title: Welcome email for new trial users", "title: Launch post with a welcome").replace("[onboarding, trial]", "[social]"),
      "prompts/c.md": prompt({ id: "press-release" }).replace(/title: .*/, "title: Press release").replace(/description: .*/, "description: Announces news to journalists.").replace("[onboarding, trial]", "[pr]"),
    });
    assert.deepEqual(index.search("welcome").map((e) => e.summary.id), ["welcome-email", "launch-post"]);
    assert.deepEqual(index.search("WELCOME social").map((e) => e.summary.id), ["launch-post"]);
    assert.deepEqual(index.search("journalists").map((e) => e.summary.id), ["press-release"]);
    assert.deepEqual(index.search("press-release").map((e) => e.summary.id), ["press-release"]);
    assert.deepEqual(index.search("zebra"), []);
    assert.equal(index.search("").length, 3);
    assert.deepEqual(index.search("", { statuses: ["draft"] }), []);
  });

  it("updates incrementally when one file changes, is added, renamed or deleted", async () => {
    const files = new Map([[`${ROOT}/prompts/a.md`, prompt({ id: "a" })]]);
    const index = new LibraryIndex({ host: racingHost(files), config: config() });
    await index.load();
    const before = index.generation;
    files.set(`${ROOT}/prompts/a.md`, prompt({ id: "a", version: "1.3.0" }));
    await index.refresh(`${ROOT}/prompts/a.md`);
    assert.equal(index.get("a")?.summary.version, "1.3.0");
    assert.ok(index.generation > before);
    files.set(`${ROOT}/prompts/b.md`, prompt({ id: "b" }));
    await index.refresh(`${ROOT}/prompts/b.md`);
    assert.deepEqual(index.list().map((e) => e.summary.id), ["a", "b"]);
    files.set(`${ROOT}/prompts/sub/b2.md`, files.get(`${ROOT}/prompts/b.md`)!);
    files.delete(`${ROOT}/prompts/b.md`);
    await index.rename(`${ROOT}/prompts/b.md`, `${ROOT}/prompts/sub/b2.md`);
    assert.equal(index.get("b")?.relativePath, "prompts/sub/b2.md");
    files.delete(`${ROOT}/prompts/a.md`);
    await index.refresh(`${ROOT}/prompts/a.md`);
    assert.equal(index.get("a"), undefined);
    index.update(`${ROOT}/prompts/sub/b2.md`, prompt({ id: "b-renamed" }));
    assert.deepEqual(index.list().map((e) => e.summary.id), ["b-renamed"]);
    assert.deepEqual(index.withId("b"), []);
  });

  it("stays consistent when hundreds of files change at once, with reads finishing in any order", async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < 300; i++) files.set(`${ROOT}/prompts/p${i}.md`, prompt({ id: `p${i}` }));
    const index = new LibraryIndex({ host: racingHost(files), config: config() });
    await index.load();
    // A branch checkout: some files change (several times), some disappear, some appear, ids move.
    const touched: string[] = [];
    const pending: Promise<void>[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 300; i++) {
        const path = `${ROOT}/prompts/p${(i * 7 + round) % 400}.md`;
        if ((i + round) % 5 === 0) files.delete(path);
        else files.set(path, prompt({ id: `q${(i * 3 + round) % 350}`, version: `${round + 1}.0.0` }));
        touched.push(path);
        pending.push(index.refresh(path));
      }
    }
    pending.push(index.refreshAll(touched));
    await Promise.all(pending);
    const fresh = new LibraryIndex({ host: racingHost(files), config: config() });
    await fresh.load();
    const view = (i: LibraryIndex) => i.entries().map((e) => [e.path, e.summary.id, e.summary.version]);
    assert.deepEqual(view(index), view(fresh));
    for (const e of fresh.entries()) assert.deepEqual(index.withId(e.summary.id!).map((x) => x.path), fresh.withId(e.summary.id!).map((x) => x.path));
  });

  it("reads through the host's bulk read when it has one: the same entries, in batches, bad bytes reported", async () => {
    const files = new Map<string, string | Uint8Array>();
    for (let i = 0; i < 600; i++) files.set(`${ROOT}/prompts/p${String(i).padStart(3, "0")}.md`, prompt({ id: `p${i}` }));
    files.set(`${ROOT}/prompts/README.md`, "# About\n");
    files.set(`${ROOT}/prompts/binary.md`, new Uint8Array([0, 1, 2, 3]));
    const host = bulkHost(files);
    const index = new LibraryIndex({ host, config: config() });
    await index.load();
    const reference = new LibraryIndex({ host: racingHost(new Map([...files].filter(([, v]) => typeof v === "string") as [string, string][])), config: config() });
    await reference.load();
    assert.deepEqual(index.list().map((e) => [e.path, e.relativePath, e.summary.id]), reference.list().map((e) => [e.path, e.relativePath, e.summary.id]));
    assert.equal(host.sizes.reduce((n, k) => n + k, 0), 602);
    assert.ok(host.calls > 1 && host.calls < 10, `${host.calls} bulk reads`);
    assert.match(index.byPath(`${ROOT}/prompts/binary.md`)!.loadProblems[0]!.message, /binary/);
    // A batched refresh (a branch checkout) goes the same way: changed, deleted and new files.
    files.set(`${ROOT}/prompts/p000.md`, prompt({ id: "p0", version: "2.0.0" }));
    files.delete(`${ROOT}/prompts/p001.md`);
    files.set(`${ROOT}/prompts/new.md`, prompt({ id: "new" }));
    const calls = host.calls;
    await index.refreshAll([`${ROOT}/prompts/p000.md`, `${ROOT}/prompts/p001.md`, `${ROOT}/prompts/new.md`, `${ROOT}/elsewhere/x.md`]);
    assert.equal(host.calls, calls + 1);
    assert.equal(index.get("p0")?.summary.version, "2.0.0");
    assert.equal(index.get("p1"), undefined);
    assert.equal(index.get("new")?.relativePath, "prompts/new.md");
  });

  it("keeps an edit made while a bulk read is pending: the later request wins", async () => {
    const path = `${ROOT}/prompts/a.md`;
    const files = new Map<string, string | Uint8Array>([[path, prompt({ id: "a" })]]);
    let index: LibraryIndex | undefined;
    const host = bulkHost(files, () => index?.update(path, prompt({ id: "a", version: "9.0.0" })));
    index = new LibraryIndex({ host, config: config() });
    await index.load();
    assert.equal(index.get("a")?.summary.version, "9.0.0");
  });

  it("reports every file of a bulk read that failed as unreadable, and keeps going", async () => {
    const files = new Map<string, string | Uint8Array>([[`${ROOT}/prompts/a.md`, prompt({ id: "a" })]]);
    const host = bulkHost(files);
    host.readBytesMany = async () => {
      throw new Error("disk on fire");
    };
    const index = new LibraryIndex({ host, config: config() });
    await index.load();
    assert.deepEqual(index.entries().map((e) => [e.relativePath, e.loadProblems.map((p) => p.message)]), [["prompts/a.md", ["This file could not be read: disk on fire."]]]);
  });

  it("lists the indexed files under a folder (a folder deleted or moved as a whole)", async () => {
    const index = await library({
      "prompts/a.md": prompt({ id: "a" }),
      "prompts/email/b.md": prompt({ id: "b" }),
      "prompts/email/deep/c.md": prompt({ id: "c" }),
      "prompts/email-old/d.md": prompt({ id: "d" }),
      "prompts/emails.md": prompt({ id: "e" }),
    });
    assert.deepEqual(index.pathsUnder(`${ROOT}/prompts/email`), [`${ROOT}/prompts/email/b.md`, `${ROOT}/prompts/email/deep/c.md`]);
    assert.deepEqual(index.pathsUnder(`${ROOT}/prompts/email/`), [`${ROOT}/prompts/email/b.md`, `${ROOT}/prompts/email/deep/c.md`]);
    assert.equal(index.pathsUnder(`${ROOT}/prompts`).length, 5);
    assert.deepEqual(index.pathsUnder(`${ROOT}/prompts/none`), []);
  });

  it("gives paths relative to the configuration root, whatever its spelling", async () => {
    for (const root of ["/ws", "/ws/", "/ws/./x/..", "/"]) {
      const cfg = { ...config(), root };
      const files = new Map([[`${ROOT}/prompts/deep/a.md`, prompt({ id: "a" })]]);
      const index = new LibraryIndex({ host: racingHost(files), config: cfg, roots: [`${ROOT}/prompts`] });
      await index.load();
      assert.equal(index.get("a")?.relativePath, root === "/" ? "ws/prompts/deep/a.md" : "prompts/deep/a.md", root);
    }
  });

  it("keeps loading past bad input, with a finding at its position for each", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(prompt({ id: "latin", status: "draft" })), 0xe9, 0x0a]);
    const huge = prompt({ id: "huge", status: "draft", body: `${"Write more. ".repeat(180_000)}{{audience}} {{product}}\n` });
    const cycleA = prompt({ id: "cycle-a", status: "deprecated", extra: "replacedBy: cycle-b\n" });
    const cycleB = prompt({ id: "cycle-b", status: "deprecated", extra: "replacedBy: cycle-a\n" });
    const files = {
      "prompts/good.md": prompt({ id: "good" }),
      "prompts/not-yaml.md": "---\nid: broken\ntitle: [unclosed\n---\nBody\n",
      "prompts/latin1.md": latin1,
      "prompts/binary.md": new Uint8Array([0, 1, 2, 3]),
      "prompts/huge.md": huge,
      "prompts/dup-keys.md": prompt({ id: "dupkeys" }).replace("status: approved\n", "status: approved\nstatus: draft\n"),
      "prompts/cycle-a.md": cycleA,
      "prompts/cycle-b.md": cycleB,
    };
    assert.ok(huge.length > 2_000_000);
    const index = await library(files);
    assert.deepEqual(index.list().map((e) => e.summary.id), ["cycle-a", "cycle-b", "good", "huge", "latin"]);
    const found = await check(files);
    assert.equal(found["prompts/good.md"], undefined);
    assert.deepEqual(found["prompts/not-yaml.md"]!.map(([r]) => r), ["library/schema"]);
    assert.deepEqual(found["prompts/latin1.md"], [["library/schema", "\uFFFD"]]);
    assert.deepEqual(found["prompts/binary.md"], [["library/schema", ""]]);
    assert.deepEqual(found["prompts/huge.md"], [["library/schema", "---"]]);
    assert.deepEqual(found["prompts/dup-keys.md"], [["library/schema", "status"]]);
    assert.deepEqual(found["prompts/cycle-a.md"], [["library/replacement-missing", "cycle-b"]]);
    assert.deepEqual(found["prompts/cycle-b.md"], [["library/replacement-missing", "cycle-a"]]);
  });
});
