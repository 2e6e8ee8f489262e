/**
 * The prompt library's index snapshots (index-cache.ts): a window that opens with the snapshot an
 * earlier one saved shows the same libraries as one that reads every prompt, shows what changed on
 * disk while no window was open, and ignores a snapshot it cannot read.
 */
import { strict as assert } from "node:assert";
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as vscode from "vscode";
import { ConfigStore } from "../../src/extension/config-store.js";
import type { CopydeskApi } from "../../src/extension/extension.js";
import type { IndexCacheOptions } from "../../src/extension/library/index-cache.js";
import { LibraryStore, type LibrarySource, type SourceLoad } from "../../src/extension/library/store.js";
import { LibraryView } from "../../src/extension/library/view.js";
import type { ViewNode } from "../../src/extension/library/view-items.js";
import { closeAllEditors, poll, workspaceRoot } from "./helpers.js";

const memento: vscode.Memento = { keys: () => [], get: <T>(_key: string, fallback?: T) => fallback, update: async () => undefined };

/** A library store and view of their own, as a new window has them; with `cache`, keeping snapshots there. */
function fresh(extension: vscode.Uri, log: vscode.LogOutputChannel, cache?: IndexCacheOptions): { store: LibraryStore; view: LibraryView; dispose(): void } {
  const configs = new ConfigStore(log);
  const store = new LibraryStore(configs, extension, log, cache);
  const view = new LibraryView(store, memento);
  return { store, view, dispose: () => (view.dispose(), store.dispose(), configs.dispose()) };
}

/** The whole tree the view shows, every level (collapsed ones too), as indented labels. */
async function tree(view: LibraryView, node?: ViewNode, depth = 0): Promise<string[]> {
  const lines: string[] = [];
  for (const child of await view.getChildren(node)) {
    const item = view.getTreeItem(child);
    const label = typeof item.label === "string" ? item.label : item.label?.label;
    lines.push(`${"  ".repeat(depth)}${label} ${item.description ?? ""}`);
    if (child.kind !== "prompt") lines.push(...(await tree(view, child, depth + 1)));
  }
  return lines;
}

/** Each library's prompts: key, then paths, ids, versions and titles. */
function contents(sources: readonly LibrarySource[]): string[] {
  return sources.flatMap((s) => [s.key, ...s.index.entries().map((e) => `  ${e.relativePath} ${e.summary.id}@${e.summary.version} ${e.summary.title}`)]);
}

function workspaceLoad(store: LibraryStore): SourceLoad {
  const load = store.lastLoad.find((l) => l.key === workspaceRoot().toString());
  if (!load) throw new Error(`no load of the workspace library: ${JSON.stringify(store.lastLoad)}`);
  return load;
}

const prompt = (id: string, title: string) =>
  `---\nid: ${id}\ntitle: ${title}\ndescription: Made by the snapshot test.\nversion: 0.1.0\nstatus: approved\nowner: "Dana Reyes <dana@acme.example>"\nchannel: email\ntags: [cache]\nrisk: low\noutput:\n  ai: assisted\n---\nWrite it.\n`;

describe("Prompt library snapshots", () => {
  let extensionUri: vscode.Uri;
  let log: vscode.LogOutputChannel;
  let storage: string;
  let cache: IndexCacheOptions;
  const folder = join(workspaceRoot().fsPath, "prompts", "snapshot-test");
  const file = (name: string) => join(folder, name);

  before(async () => {
    extensionUri = vscode.extensions.getExtension("copydesk.copydesk")!.extensionUri;
    log = vscode.window.createOutputChannel("Copydesk (snapshot test)", { log: true });
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(folder));
    // Written an hour ago, as a library checked out before the session is (a file written seconds before its read is always read again).
    for (const name of ["kept.md", "changed.md", "deleted.md"]) await writeOld(name);
  });
  beforeEach(async () => {
    storage = await mkdtemp(join(tmpdir(), "copydesk-storage-"));
    cache = { workspaceDir: join(storage, "workspace"), globalDir: join(storage, "global"), version: "test" };
  });
  afterEach(async () => {
    await closeAllEditors();
    await rm(storage, { recursive: true, force: true });
  });
  after(async () => {
    log.dispose();
    await rm(folder, { recursive: true, force: true });
    // The extension's own store follows the deletion before the next tests compare with it.
    const own = (vscode.extensions.getExtension("copydesk.copydesk")!.exports as CopydeskApi).library;
    const ours = async () => (await own.sources()).flatMap((s) => s.index.pathsUnder(vscode.Uri.file(folder).path));
    await poll(async () => ((await ours()).length === 0 ? true : undefined), "the test's prompts gone from the extension's library", 10000, async () => (await ours()).join(", "));
  });

  /** Writes a test prompt with its original text, dated an hour back. */
  async function writeOld(name: string): Promise<void> {
    const anHourAgo = new Date(Date.now() - 3600_000);
    await writeFile(file(name), prompt(`snapshot-${name.slice(0, -3)}`, `Original ${name}`));
    await utimes(file(name), anHourAgo, anHourAgo);
  }

  /** A window that loads the libraries and saves their snapshots, then closes. */
  async function earlierSession(): Promise<string[]> {
    const earlier = fresh(extensionUri, log, cache);
    try {
      const shown = await tree(earlier.view);
      assert.equal(workspaceLoad(earlier.store).snapshot, "absent");
      await earlier.store.saveSnapshots();
      return shown;
    } finally {
      earlier.dispose();
    }
  }

  it("a window with an earlier session's snapshot shows the same tree as one reading every prompt", async () => {
    await earlierSession();
    assert.equal((await readdir(cache.workspaceDir!)).length, 1, "no snapshot of the workspace library was saved");
    assert.equal((await readdir(cache.globalDir!)).length, 1, "no snapshot of the starter library was saved");
    const withSnapshot = fresh(extensionUri, log, cache);
    const without = fresh(extensionUri, log);
    try {
      const shown = await tree(withSnapshot.view);
      assert.deepEqual(shown, await tree(without.view));
      assert.deepEqual(contents(await withSnapshot.store.sources()), contents(await without.store.sources()));
      const load = workspaceLoad(withSnapshot.store);
      assert.equal(load.snapshot, "disk");
      assert.ok(load.reused >= 3, `the snapshot's files were read again: ${JSON.stringify(load)}`);
      assert.deepEqual(await tree(withSnapshot.view), shown);
    } finally {
      withSnapshot.dispose();
      without.dispose();
    }
  });

  it("shows what changed on disk while no window was open, updating the view by itself", async () => {
    const before = await earlierSession();
    assert.ok(before.some((line) => line.includes("Original changed.md")));
    // "VS Code closed": one prompt edited, one deleted, one added.
    await writeFile(file("changed.md"), prompt("snapshot-changed", "Edited while closed"));
    await rm(file("deleted.md"));
    await writeFile(file("added.md"), prompt("snapshot-added", "Added while closed"));
    const next = fresh(extensionUri, log, cache);
    const without = fresh(extensionUri, log);
    try {
      const changed = new Promise<void>((resolve) => next.store.onDidChange(() => resolve()));
      const painted = await tree(next.view);
      await next.store.sources();
      // Painted from the snapshot before the check: the check's differences reach the view as a change.
      if (painted.some((line) => line.includes("Original changed.md"))) await changed;
      const shown = await tree(next.view);
      assert.ok(shown.some((line) => line.includes("Edited while closed")), shown.join("\n"));
      assert.ok(shown.some((line) => line.includes("Added while closed")), shown.join("\n"));
      assert.ok(!shown.some((line) => line.includes("Original changed.md") || line.includes("Original deleted.md")), shown.join("\n"));
      assert.deepEqual(shown, await tree(without.view));
      assert.deepEqual(contents(await next.store.sources()), contents(await without.store.sources()));
      const load = workspaceLoad(next.store);
      assert.equal(load.snapshot, "disk");
      assert.ok(load.read >= 2 && load.reused >= 1, JSON.stringify(load));
      // What commands see (sources(), find()) is the checked library.
      assert.equal((await next.store.find("snapshot-changed"))?.entry.summary.title, "Edited while closed");
      assert.equal(await next.store.find("snapshot-deleted"), undefined);
    } finally {
      next.dispose();
      without.dispose();
      await writeOld("changed.md");
      await writeOld("deleted.md");
      await rm(file("added.md"), { force: true });
    }
  });

  it("removes the snapshot of a library the workspace no longer has when it saves its snapshots", async () => {
    await earlierSession();
    const [own] = await readdir(cache.workspaceDir!);
    // A folder removed from the workspace left its snapshot; a file of someone else's stays whatever its name.
    const stale = join(cache.workspaceDir!, "library-index-0123456789abcdef.json");
    await writeFile(stale, await readFile(join(cache.workspaceDir!, own!), "utf8"));
    await writeFile(join(cache.workspaceDir!, "notes.txt"), "not a snapshot\n");
    const next = fresh(extensionUri, log, cache);
    try {
      await next.store.sources();
      assert.equal(workspaceLoad(next.store).snapshot, "disk", "the library's own snapshot is used");
      await next.store.saveSnapshots();
    } finally {
      next.dispose();
    }
    assert.deepEqual((await readdir(cache.workspaceDir!)).sort(), [own!, "notes.txt"].sort());
  });

  it("ignores a corrupt snapshot, reads the library in full and saves a good one", async () => {
    await earlierSession();
    const [name] = await readdir(cache.workspaceDir!);
    const snapshotFile = join(cache.workspaceDir!, name!);
    await writeFile(snapshotFile, '{"format":"copydesk-library-index/1","files":[["p');
    const next = fresh(extensionUri, log, cache);
    const without = fresh(extensionUri, log);
    try {
      assert.deepEqual(await tree(next.view), await tree(without.view));
      assert.deepEqual(contents(await next.store.sources()), contents(await without.store.sources()));
      const load = workspaceLoad(next.store);
      assert.equal(load.snapshot, "ignored");
      assert.equal(load.reused, 0);
      await next.store.saveSnapshots();
    } finally {
      next.dispose();
      without.dispose();
    }
    const after = fresh(extensionUri, log, cache);
    try {
      await after.store.sources();
      assert.equal(workspaceLoad(after.store).snapshot, "disk");
    } finally {
      after.dispose();
    }
  });
  it("Refresh Prompt Library reads every file again, so a change that kept a file's size and time shows (the snapshot's blind spot)", async () => {
    await earlierSession();
    // Same length, same modification time: the snapshot cannot tell, by design (as `eslint --cache`).
    const before = await stat(file("kept.md"));
    const edited = prompt("snapshot-kept", "Original kept.md").replace("Original kept.md", "Secretly kept.md");
    assert.equal(edited.length, prompt("snapshot-kept", "Original kept.md").length);
    await writeFile(file("kept.md"), edited);
    await utimes(file("kept.md"), before.atime, before.mtime);
    const next = fresh(extensionUri, log, cache);
    try {
      await next.store.sources();
      assert.equal((await next.store.find("snapshot-kept"))?.entry.summary.title, "Original kept.md", "the snapshot was not used: this test proves nothing");
      await next.store.refresh({ reread: true });
      assert.equal(workspaceLoad(next.store).snapshot, "reread");
      assert.equal(workspaceLoad(next.store).reused, 0);
      assert.equal((await next.store.find("snapshot-kept"))?.entry.summary.title, "Secretly kept.md");
      assert.ok((await tree(next.view)).some((line) => line.includes("Secretly kept.md")));
      // A reload after a configuration change still starts from the libraries in memory.
      await next.store.refresh();
      assert.equal(workspaceLoad(next.store).snapshot, "memory");
      assert.equal((await next.store.find("snapshot-kept"))?.entry.summary.title, "Secretly kept.md");
    } finally {
      next.dispose();
      await writeOld("kept.md");
    }
  });
});
