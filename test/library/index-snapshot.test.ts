/**
 * The library index's snapshot (index-snapshot.ts): a load from a snapshot reads only what changed,
 * and gives exactly what a load without one gives, whatever happened to the files in between; a
 * snapshot that is cut short, corrupt or foreign is refused with a reason.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import type { FileStat, Host } from "../../src/core/host.js";
import { RACY_MS, readSnapshot, snapshotFingerprint, snapshotText, SNAPSHOT_FORMAT, type IndexSnapshot } from "../../src/core/library/index-snapshot.js";
import { LibraryIndex } from "../../src/core/library/library-index.js";
import { config, prompt, ROOT } from "./support.js";

const encoder = new TextEncoder();

/**
 * A disk with a clock: each write stamps the file with the clock's time, cut to the file system's
 * tick (`tickMs`: 1 for ext4, 2000 for FAT), so a file can change and keep its time. Counts reads.
 */
class Disk {
  readonly files = new Map<string, { bytes: Uint8Array; mtimeMs: number }>();
  clock = 1_700_000_000_000;
  reads = 0;
  constructor(readonly tickMs = 1) {}

  write(path: string, content: string | Uint8Array): void {
    this.files.set(`${ROOT}/${path}`, { bytes: typeof content === "string" ? encoder.encode(content) : content, mtimeMs: Math.floor(this.clock / this.tickMs) * this.tickMs });
  }

  delete(path: string): void {
    this.files.delete(`${ROOT}/${path}`);
  }

  /** `bulk`: the host reads with readBytesMany (as the extension's does), else file by file. */
  host(bulk: boolean): Host {
    const read = (p: string) => {
      this.reads++;
      return this.files.get(p)?.bytes;
    };
    const host: Host = {
      readFile: async (p) => {
        const bytes = read(p);
        return bytes && new TextDecoder().decode(bytes);
      },
      exists: async (p) => this.files.has(p),
      listFiles: async (dir) => [...this.files.keys()].filter((p) => p.startsWith(`${dir}/`)).sort(),
      readBytes: async (p) => read(p),
      statMany: async (paths) => paths.map((p): FileStat | undefined => this.files.get(p) && { size: this.files.get(p)!.bytes.length, mtimeMs: this.files.get(p)!.mtimeMs }),
    };
    if (bulk) host.readBytesMany = async (paths) => paths.map(read);
    return host;
  }

  index(bulk = true): LibraryIndex {
    return new LibraryIndex({ host: this.host(bulk), config: config(), now: () => this.clock, stats: true });
  }
}

const FINGERPRINT = snapshotFingerprint(config(), [`${ROOT}/prompts`], "1.0.0");

/** Through text and back, as the extension keeps it. */
function roundTrip(snapshot: IndexSnapshot): IndexSnapshot {
  const read = readSnapshot([...snapshotText(snapshot)].join(""), FINGERPRINT);
  if (!("snapshot" in read)) throw new Error(`the snapshot was refused: ${read.ignored}`);
  return read.snapshot;
}

/** Everything a consumer of the index can see of it. */
function view(index: LibraryIndex): unknown[] {
  return index.entries().map((e) => ({
    path: e.path,
    relativePath: e.relativePath,
    text: e.text,
    summary: e.summary,
    loadProblems: e.loadProblems,
    keys: e.keys,
    problems: e.parsed().problems,
    byId: e.summary.id === undefined ? undefined : index.withId(e.summary.id).map((x) => x.path),
  }));
}

const CONTENTS: (string | Uint8Array)[] = [
  prompt({ id: "a" }),
  prompt({ id: "b", status: "draft" }),
  prompt({ id: "a", version: "2.0.0" }), // a duplicate id, and the same size as the first
  prompt({ id: "c", body: "Other body {{product}}.\n" }),
  "---\nid: anchored\ntitle: &t Anchored\ndescription: *t\n---\nBody.\n", // outside the scanner's subset: a full parse
  "---\nid: [broken\n---\n",
  "# Just notes\n",
  "---\ntitle: no id\n---\n",
  new Uint8Array([0, 1, 2, 3, 0, 0]),
  new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]), // "---\nid: \xff\n---\n"
];
const PATHS = ["prompts/a.md", "prompts/b.md", "prompts/deep/c.markdown", "prompts/deep/d.md", "prompts/README.md", "prompts/e.MD", "elsewhere/x.md", "prompts/node_modules/y.md"];

const content = fc.integer({ min: 0, max: CONTENTS.length - 1 }).map((i) => CONTENTS[i]!);
const path = fc.constantFrom(...PATHS);
const op = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), path, content }),
  fc.record({ kind: fc.constant("delete" as const), path }),
  fc.record({ kind: fc.constant("wait" as const), ms: fc.integer({ min: 0, max: 2 * RACY_MS }) }),
);

describe("library index snapshots", () => {
  it("loads from a snapshot exactly what a load without one gives, whatever changed in between", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(1, 1000, 2000),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.tuple(path, content), { maxLength: 10 }),
        fc.array(op, { maxLength: 6 }),
        fc.array(op, { maxLength: 8 }),
        fc.array(op, { maxLength: 8 }),
        async (tickMs, bulk, adopt, initial, beforeSnapshot, between, after) => {
          const disk = new Disk(tickMs);
          const apply = (ops: typeof between) => {
            for (const o of ops) {
              if (o.kind === "write") disk.write(o.path, o.content);
              else if (o.kind === "delete") disk.delete(o.path);
              else disk.clock += o.ms;
            }
          };
          for (const [p, c] of initial) disk.write(p, c);
          // The session: a load, changes the index follows (as the watcher has it refresh), then the snapshot.
          const session = disk.index(bulk);
          await session.load();
          apply(beforeSnapshot);
          await session.refreshAll(beforeSnapshot.flatMap((o) => (o.kind === "wait" ? [] : [`${ROOT}/${o.path}`])));
          const snapshot = roundTrip(session.snapshot(FINGERPRINT));
          // "VS Code closed": changes nobody saw, then a new session loads from the snapshot.
          apply(between);
          // Shown from the snapshot first (`adopt`), then verified, or loaded from it at once.
          const cached = disk.index(bulk);
          if (adopt) cached.adopt(snapshot);
          await cached.load({ snapshot });
          const fresh = disk.index(bulk);
          await fresh.load();
          assert.deepEqual(view(cached), view(fresh));
          // And once more from the snapshot the second session leaves.
          apply(after);
          const again = disk.index(bulk);
          await again.load({ snapshot: roundTrip(cached.snapshot(FINGERPRINT)) });
          const fresh2 = disk.index(bulk);
          await fresh2.load();
          assert.deepEqual(view(again), view(fresh2));
        },
      ),
      { numRuns: Number(process.env.SNAPSHOT_RUNS ?? 300) },
    );
  });

  it("reads only the files that changed, were added or are unverified", async () => {
    const disk = new Disk();
    for (let i = 0; i < 20; i++) disk.write(`prompts/p${i}.md`, prompt({ id: `p${i}` }));
    disk.write("prompts/README.md", "# Notes\n");
    disk.clock += 60_000;
    const first = disk.index();
    assert.deepEqual(await first.load(), { reused: 0, read: 21 });
    const snapshot = roundTrip(first.snapshot(FINGERPRINT));
    disk.clock += 60_000;
    disk.write("prompts/p3.md", prompt({ id: "p3", body: "A new body.\n" }));
    disk.write("prompts/new.md", prompt({ id: "new" }));
    disk.delete("prompts/p4.md");
    disk.reads = 0;
    const second = disk.index();
    assert.deepEqual(await second.load({ snapshot }), { reused: 19, read: 2 });
    assert.equal(disk.reads, 2);
    assert.equal(second.get("p3")?.text.includes("A new body."), true);
    assert.ok(second.get("new"));
    assert.equal(second.get("p4"), undefined);
    assert.equal(second.list().length, 20);
  });

  it("shows a snapshot as it is, then verifies it, changing only what differs", async () => {
    const disk = new Disk();
    for (let i = 0; i < 5; i++) disk.write(`prompts/p${i}.md`, prompt({ id: `p${i}` }));
    disk.clock += 60_000;
    const first = disk.index();
    await first.load();
    const snapshot = roundTrip(first.snapshot(FINGERPRINT));
    disk.reads = 0;
    const unchanged = disk.index();
    unchanged.adopt(snapshot);
    assert.deepEqual(view(unchanged), view(first));
    const shown = unchanged.generation;
    assert.deepEqual(await unchanged.load({ snapshot }), { reused: 5, read: 0 });
    assert.equal(unchanged.generation, shown, "a verification that found nothing changed the index");
    assert.equal(disk.reads, 0);
    disk.clock += 60_000;
    disk.write("prompts/p1.md", prompt({ id: "p1", version: "9.0.0" }));
    disk.delete("prompts/p2.md");
    const changed = disk.index();
    changed.adopt(snapshot);
    assert.equal(changed.get("p1")?.summary.version, "1.2.0");
    assert.ok(changed.get("p2"));
    assert.deepEqual(await changed.load({ snapshot }), { reused: 3, read: 1 });
    assert.equal(changed.get("p1")?.summary.version, "9.0.0");
    assert.equal(changed.get("p2"), undefined);
  });

  it("re-reads a file whose time is too close to the read to vouch for it (same size, same tick)", async () => {
    const disk = new Disk(2000);
    disk.clock = 1_700_000_000_000;
    disk.write("prompts/a.md", prompt({ id: "a", version: "1.0.0" }));
    disk.clock += 500;
    const first = disk.index();
    await first.load();
    const snapshot = roundTrip(first.snapshot(FINGERPRINT));
    // Changed within the same 2 s tick, to a text of the same size: size and time still match.
    disk.clock += 500;
    disk.write("prompts/a.md", prompt({ id: "a", version: "2.0.0" }));
    assert.deepEqual(snapshot.files.map((f) => [f.size, f.mtimeMs]), [[disk.files.get(`${ROOT}/prompts/a.md`)!.bytes.length, disk.files.get(`${ROOT}/prompts/a.md`)!.mtimeMs]]);
    disk.clock += 60_000;
    const second = disk.index();
    assert.deepEqual(await second.load({ snapshot }), { reused: 0, read: 1 });
    assert.equal(second.get("a")?.summary.version, "2.0.0");
  });

  it("leaves unsaved buffers and failed reads out of the snapshot", async () => {
    const disk = new Disk();
    disk.write("prompts/a.md", prompt({ id: "a" }));
    disk.write("prompts/b.md", prompt({ id: "b" }));
    disk.clock += 60_000;
    const host = disk.host(false);
    host.readBytes = async (p) => {
      if (p.endsWith("/b.md")) throw new Error("EMFILE: too many open files");
      return disk.files.get(p)?.bytes;
    };
    const index = new LibraryIndex({ host, config: config(), now: () => disk.clock, stats: true });
    await index.load();
    assert.match(index.byPath(`${ROOT}/prompts/b.md`)!.loadProblems[0]!.message, /could not be read: EMFILE/);
    index.update(`${ROOT}/prompts/a.md`, prompt({ id: "a", body: "Unsaved.\n" }));
    assert.deepEqual(index.snapshot(FINGERPRINT).files, []);
  });

  it("a host without statMany loads as before, and its snapshot is empty", async () => {
    const disk = new Disk();
    disk.write("prompts/a.md", prompt({ id: "a" }));
    const host = disk.host(true);
    delete host.statMany;
    const index = new LibraryIndex({ host, config: config(), now: () => disk.clock, stats: true });
    const snapshot: IndexSnapshot = { format: SNAPSHOT_FORMAT, fingerprint: FINGERPRINT, writtenAt: 0, files: [] };
    assert.deepEqual(await index.load({ snapshot }), { reused: 0, read: 1 });
    assert.deepEqual(index.snapshot(FINGERPRINT).files, []);
  });

  describe("refuses a snapshot it cannot trust, saying why", () => {
    const disk = new Disk();
    disk.write("prompts/a.md", prompt({ id: "a" }));
    disk.write("prompts/README.md", "# Notes\n");
    let text = "";
    before(async () => {
      disk.clock += 60_000;
      const index = disk.index();
      await index.load();
      text = [...snapshotText(index.snapshot(FINGERPRINT))].join("");
      assert.ok("snapshot" in readSnapshot(text, FINGERPRINT));
    });
    const cases: [string, (t: string) => string, RegExp][] = [
      ["cut short in the texts", (t) => t.slice(0, t.length - 10), /texts are \d+ characters long, not \d+; it may have been cut short/],
      ["cut short in the header", (t) => t.slice(0, 40), /no end of its header; it may have been cut short/],
      ["empty", () => "", /no end of its header/],
      ["binary garbage", () => "\u0000\u0001\uFFFD\n", /header is not valid JSON/],
      ["not an object", () => "[1, 2]\n", /header is not a JSON object/],
      ["longer than it says", (t) => `${t}more`, /texts are \d+ characters long/],
      ["a text length that does not add up", (t) => {
          const header = JSON.parse(t.slice(0, t.indexOf("\n")));
          header.files[1][4]--;
          return `${JSON.stringify(header)}${t.slice(t.indexOf("\n"))}`;
        }, /do not add up/],
      ["another format", (t) => t.replace(SNAPSHOT_FORMAT, "copydesk-library-index/0"), /format is "copydesk-library-index\/0"/],
      ["another configuration or version", (t) => t.replace(FINGERPRINT, "0".repeat(32)), /another configuration or version/],
      ["a malformed file record", (t) => t.replace(/"files":\[\["([^"]*)",(\d+)/, '"files":[["$1","$2"'), /file record 1 is malformed/],
      ["a malformed summary", (t) => t.replace('"onboarding"', "1"), /file record 2 is malformed/],
      ["a relative base folder", (t) => t.replace('"base":"/', '"base":"'), /no valid base folder/],
      ["a record of the wrong length", (t) => t.replace(/"files":\[\[/, '"files":[[1,'), /file record 1 is malformed/],
    ];
    for (const [name, corrupt, reason] of cases) {
      it(name, () => {
        const read = readSnapshot(corrupt(text), FINGERPRINT);
        assert.ok("ignored" in read, "the snapshot was accepted");
        assert.match(read.ignored, reason);
      });
    }
  });

  it("stats nothing, and vouches for nothing, without the stats option", async () => {
    const disk = new Disk();
    disk.write("prompts/a.md", prompt({ id: "a" }));
    disk.clock += 60_000;
    const host = disk.host(true);
    let statted = 0;
    const statMany = host.statMany!;
    host.statMany = async (paths) => ((statted += paths.length), statMany(paths));
    const index = new LibraryIndex({ host, config: config(), now: () => disk.clock });
    await index.load();
    await index.refresh(`${ROOT}/prompts/a.md`);
    assert.equal(statted, 0);
    assert.deepEqual(index.snapshot(FINGERPRINT).files, []);
  });

  it("the fingerprint changes with the version, the roots and the library section", () => {
    const roots = [`${ROOT}/prompts`];
    assert.equal(snapshotFingerprint(config(), roots, "1.0.0"), FINGERPRINT);
    assert.notEqual(snapshotFingerprint(config(), roots, "1.0.1"), FINGERPRINT);
    assert.notEqual(snapshotFingerprint(config(), [`${ROOT}/other`], "1.0.0"), FINGERPRINT);
    assert.notEqual(snapshotFingerprint(config({ library: { roots: ["prompts"], librarians: [], reviewEveryDays: 90 } }), roots, "1.0.0"), FINGERPRINT);
  });
});
