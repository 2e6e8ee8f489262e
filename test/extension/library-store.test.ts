import { strict as assert } from "node:assert";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as vscode from "vscode";
import { ConfigStore } from "../../src/extension/config-store.js";
import type { CopydeskApi } from "../../src/extension/extension.js";
import { LibraryStore, type LibrarySource } from "../../src/extension/library/store.js";
import { LibraryView } from "../../src/extension/library/view.js";
import type { ViewNode } from "../../src/extension/library/view-items.js";
import { closeAllEditors, poll, workspaceRoot } from "./helpers.js";

async function api(): Promise<CopydeskApi> {
  const extension = vscode.extensions.getExtension<CopydeskApi>("copydesk.copydesk");
  if (!extension) throw new Error("The extension copydesk.copydesk is not loaded.");
  return extension.activate();
}

const memento: vscode.Memento = { keys: () => [], get: <T>(_key: string, fallback?: T) => fallback, update: async () => undefined };

/** A library store (and view) of its own, nothing loaded yet, as a window has before first use. */
function fresh(extension: vscode.Uri, log: vscode.LogOutputChannel): { store: LibraryStore; view: LibraryView; dispose(): void } {
  const configs = new ConfigStore(log);
  const store = new LibraryStore(configs, extension, log);
  const view = new LibraryView(store, memento);
  return { store, view, dispose: () => (view.dispose(), store.dispose(), configs.dispose()) };
}

/** Each library's prompts: key, then ids and versions by path. */
function contents(sources: readonly LibrarySource[]): string[] {
  return sources.flatMap((s) => [s.key, ...s.index.entries().map((e) => `  ${e.relativePath} ${e.summary.id}@${e.summary.version}`)]);
}

/** Every prompt id the view shows, at any depth. */
async function shownIds(view: LibraryView, node?: ViewNode): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const child of await view.getChildren(node)) {
    if (child.kind === "prompt") ids.add(child.entry.summary.id!);
    else for (const id of await shownIds(view, child)) ids.add(id);
  }
  return ids;
}

const prompt = (id: string) =>
  `---\nid: ${id}\ntitle: Loading test ${id}\ndescription: Made while the library loads.\nversion: 0.1.0\nstatus: approved\nowner: "Dana Reyes <dana@acme.example>"\nchannel: email\ntags: [loading]\nrisk: low\noutput:\n  ai: assisted\n---\nWrite it.\n`;

describe("Prompt library loading", () => {
  let copydesk: CopydeskApi;
  let extensionUri: vscode.Uri;
  let log: vscode.LogOutputChannel;
  before(async () => {
    copydesk = await api();
    extensionUri = vscode.extensions.getExtension("copydesk.copydesk")!.extensionUri;
    log = vscode.window.createOutputChannel("Copydesk (library loading test)", { log: true });
  });
  after(() => log.dispose());
  afterEach(closeAllEditors);

  it("loads the libraries in the background after activation, as on first use", async () => {
    assert.ok(copydesk.library.preloading, "activation scheduled no background load");
    assert.equal(await copydesk.library.preloading, true);
    assert.ok(copydesk.library.loaded());
    const own = fresh(extensionUri, log);
    try {
      assert.equal(own.store.loaded(), undefined);
      assert.equal(await own.store.preloadAfter(0), true);
      const preloaded = own.store.loaded();
      assert.ok(preloaded, "the background load left nothing loaded");
      assert.deepEqual(contents(preloaded), contents(await copydesk.library.sources()));
      assert.ok((await shownIds(own.view)).has("welcome"));
    } finally {
      own.dispose();
    }
  });

  it("cancels a background load that has not started when the store goes away", async () => {
    const own = fresh(extensionUri, log);
    const preloading = own.store.preloadAfter(60_000);
    own.dispose();
    assert.equal(await preloading, false);
    assert.equal(own.store.loaded(), undefined);
  });

  it("reads an open prompt's unsaved text, not the file, when it loads", async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), "prompts/social/teaser.md");
    const editor = await vscode.window.showTextDocument(uri);
    const own = fresh(extensionUri, log);
    try {
      const original = editor.document.getText();
      const at = original.indexOf("version: ");
      await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(original.indexOf("\n", at))), "version: 7.7.7"));
      const sources = await own.store.sources();
      const entry = sources.flatMap((s) => (s.kind === "workspace" ? s.index.withId("teaser") : []))[0];
      assert.equal(entry?.summary.version, "7.7.7");
    } finally {
      own.dispose();
      await vscode.commands.executeCommand("workbench.action.files.revert");
    }
  });

  it("shows prompt files created while the libraries load, and drops them when their folder is deleted", async () => {
    // The extension's own store and view: its watcher is long established, as in a window where Refresh
    // (or a configuration change) reloads the libraries while files are being written.
    const store = copydesk.library;
    const view = copydesk.libraryView!;
    const folder = vscode.Uri.joinPath(workspaceRoot(), "prompts", "loading");
    const ids = ["loading-a", "loading-b", "loading-c", "loading-d"];
    const write = (id: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `${id}.md`), new TextEncoder().encode(prompt(id)));
    const ours = async () => (await store.sources()).flatMap((s) => s.index.list().filter((e) => e.summary.id?.startsWith("loading-")).map((e) => e.relativePath));
    try {
      // One file as the load starts, the others at later moments of it (before, during or after the listing).
      const loading = store.refresh();
      const writes = [write(ids[0]!)];
      await new Promise((r) => setImmediate(r));
      writes.push(write(ids[1]!));
      await new Promise((r) => setTimeout(r, 5));
      writes.push(write(ids[2]!));
      await loading;
      writes.push(write(ids[3]!));
      await Promise.all(writes);
      await poll(async () => {
        const shown = await shownIds(view);
        return ids.every((id) => shown.has(id)) ? true : undefined;
      }, "every prompt created during the load in the view", 10000, async () => [...(await shownIds(view))].filter((id) => id.startsWith("loading-")).join(", ") || "none of them");
      assert.deepEqual(await ours(), ids.map((id) => `prompts/loading/${id}.md`));
      // The folder as a whole: one delete event for the folder, none for its files.
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
      await poll(async () => ((await ours()).length === 0 ? true : undefined), "the deleted folder's prompts gone from the library", 10000, async () => (await ours()).join(", "));
      assert.ok(![...(await shownIds(view))].some((id) => id.startsWith("loading-")), "and from the view");
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await poll(async () => ((await ours()).length === 0 ? true : undefined), "the library without the test's prompts");
    }
  });
  it("shows the prompts of a folder moved in from outside the workspace (one create event for the folder), without a Refresh", async () => {
    const store = copydesk.library;
    const view = copydesk.libraryView!;
    await store.sources();
    // Written outside the workspace folder (beside it, on the same disk), then moved in whole, as `mv` in a terminal does.
    const outside = vscode.Uri.joinPath(workspaceRoot(), "..", "moved-in-prompts");
    const inside = vscode.Uri.joinPath(workspaceRoot(), "prompts", "moved-in");
    const ids = ["moved-in-a", "moved-in-b"];
    const ours = async () => (await store.sources()).flatMap((s) => s.index.list().filter((e) => e.summary.id?.startsWith("moved-in-")).map((e) => e.relativePath));
    try {
      await mkdir(join(outside.fsPath, "nested"), { recursive: true });
      await writeFile(join(outside.fsPath, `${ids[0]}.md`), prompt(ids[0]!));
      await writeFile(join(outside.fsPath, "nested", `${ids[1]}.md`), prompt(ids[1]!));
      await rename(outside.fsPath, inside.fsPath);
      await poll(async () => {
        const shown = await shownIds(view);
        return ids.every((id) => shown.has(id)) ? true : undefined;
      }, "the moved-in folder's prompts in the view", 10000, async () => [...(await shownIds(view))].filter((id) => id.startsWith("moved-in-")).join(", ") || "none of them");
      assert.deepEqual(await ours(), ["prompts/moved-in/moved-in-a.md", "prompts/moved-in/nested/moved-in-b.md"]);
    } finally {
      await rm(outside.fsPath, { recursive: true, force: true });
      await vscode.workspace.fs.delete(inside, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await poll(async () => ((await ours()).length === 0 ? true : undefined), "the library without the test's prompts");
    }
  });
});
