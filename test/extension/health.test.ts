import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { CopydeskApi } from "../../src/extension/extension.js";
import { LIBRARY_HEALTH_VIEW_TYPE } from "../../src/extension/ids.js";
import { closeAllEditors, poll, workspaceRoot } from "./helpers.js";

// A copy file stamped with the fixture library's deprecated prompt (welcome-classic, replaced by welcome).
const STAMPED = "blog/classic-stamped.md";
const STAMPED_TEXT = "# Old welcome\n\nSome intro.\n<!-- copydesk prompt: welcome-classic@1.0.0 -->\nWelcome aboard.\n";
const TEASER = "prompts/social/teaser.md";

async function api(): Promise<CopydeskApi> {
  const extension = vscode.extensions.getExtension<CopydeskApi>("copydesk.copydesk");
  if (!extension) throw new Error("The extension copydesk.copydesk is not loaded.");
  return extension.activate();
}

const uriOf = (relativePath: string) => vscode.Uri.joinPath(workspaceRoot(), relativePath);
const write = (relativePath: string, text: string) => vscode.workspace.fs.writeFile(uriOf(relativePath), new TextEncoder().encode(text));
const read = async (relativePath: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(relativePath)));
const healthTabs = () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(LIBRARY_HEALTH_VIEW_TYPE));

describe("Library Health panel", () => {
  before(() => write(STAMPED, STAMPED_TEXT));
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uriOf(STAMPED));
  });

  it("shows the fixture library's counts and the deprecated prompt still stamped in the copy", async () => {
    const { libraryHealth } = await api();
    await vscode.commands.executeCommand("copydesk.libraryHealth");
    assert.ok(libraryHealth.isOpen());
    const sections = libraryHealth.sections();
    assert.equal(sections?.length, 1, "one workspace library (the starter library is not a librarian's)");
    const health = sections![0]!.health;
    assert.deepEqual(
      health.byStatus.map((s) => `${s.status} ${s.count}`),
      ["draft 1", "review 1", "approved 2", "deprecated 1", "retired 1", "invalid 0"],
    );
    assert.equal(health.prompts, 6);
    assert.deepEqual({ overdue: health.reviews.overdue.length, due: health.reviews.due.length, ok: health.reviews.ok }, { overdue: 0, due: 0, ok: 2 });
    assert.deepEqual(
      health.deprecatedInUse.map((u) => ({ shown: u.shown, line: u.line, ref: u.ref, status: u.status, replacedBy: u.replacedBy, prompt: u.prompt.shown })),
      [{ shown: STAMPED, line: 4, ref: "welcome-classic@1.0.0", status: "deprecated", replacedBy: "welcome", prompt: "prompts/email/welcome-classic.md" }],
    );
    assert.deepEqual(healthTabs().map((t) => t.label), ["Library Health"]);

    const html = libraryHealth.lastHtml() ?? "";
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src (?:&#39;|[^;"&])+ data:; style-src (?:&#39;|[^;"&])+; script-src &#39;nonce-[0-9a-f]{36}&#39;;">/);
    assert.match(html, /<svg class="chart status-chart"/);
    assert.match(html, /<svg class="chart reviews-chart"/);
    assert.match(html, /<div class="card warn" data-count="deprecated prompts in use"><b>1<\/b>/);
    assert.ok(html.includes(`data-path="${uriOf(STAMPED).path}" data-line="4"`), "the stamped copy file is a link to its line");
    // Resources: only the panel's own stylesheet and script, through the webview's resource URIs.
    const resources = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!).filter((u) => u !== "#");
    assert.equal(resources.length, 2, resources.join(", "));
    for (const url of resources) assert.match(url, /\/media\/health\/health\.(css|js)$/);
    assert.doesNotMatch(html.replace(/\s(?:src|href)="[^"]*"/g, "").replace(/content="[^"]*"/, ""), /https?:\/\//, "no other http(s) URL");
  });

  it("opens the file at the line when the page asks, and only files the page links to", async () => {
    const { libraryHealth } = await api();
    await vscode.commands.executeCommand("copydesk.libraryHealth");
    const stamped = uriOf(STAMPED);
    assert.equal(await libraryHealth.receive({ type: "open", path: stamped.path, line: 4, column: 6 }), true);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), stamped.toString());
    assert.deepEqual([editor!.selection.active.line, editor!.selection.active.character], [3, 5]);

    const prompt = uriOf("prompts/email/welcome-classic.md");
    assert.equal(await libraryHealth.receive({ type: "open", path: prompt.path, line: 1 }), true);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), prompt.toString());

    for (const bad of [
      { type: "open", path: "/etc/passwd", line: 1 },
      { type: "open", path: uriOf("README.md").path, line: 1 },
      { type: "open", path: stamped.path, line: "4" },
      { type: "open", path: stamped.path, line: 0 },
      { type: "run", path: stamped.path, line: 1 },
      "open",
      null,
    ]) {
      assert.equal(await libraryHealth.receive(bad), false, JSON.stringify(bad));
    }
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), prompt.toString(), "a refused message opens nothing");
  });

  it("takes over a panel VS Code brings back after a reload, and keeps one panel", async () => {
    const { libraryHealth } = await api();
    await closeAllEditors();
    assert.equal(libraryHealth.isOpen(), false);
    // What VS Code hands the serializer after a reload: a panel of the view type, with no page yet.
    const restored = vscode.window.createWebviewPanel(LIBRARY_HEALTH_VIEW_TYPE, "Library Health", vscode.ViewColumn.One, {});
    await libraryHealth.restore(restored);
    assert.ok(libraryHealth.isOpen());
    assert.equal(restored.webview.options.enableScripts, true, "the page's script runs again");
    assert.equal(restored.webview.html, libraryHealth.lastHtml());
    assert.match(restored.webview.html, /<svg class="chart status-chart"/);
    assert.equal(libraryHealth.sections()?.[0]?.health.prompts, 6);
    // The command now reveals the restored panel rather than opening a second one.
    await vscode.commands.executeCommand("copydesk.libraryHealth");
    assert.equal(healthTabs().length, 1);
    // A second restored panel while one is open is closed.
    const another = vscode.window.createWebviewPanel(LIBRARY_HEALTH_VIEW_TYPE, "Library Health", vscode.ViewColumn.Two, {});
    let closed = false;
    another.onDidDispose(() => (closed = true));
    await libraryHealth.restore(another);
    assert.ok(closed, "the second panel is disposed");
    assert.equal(healthTabs().length, 1);
    // The panel it took over is followed like its own: it closes with the editors.
    await closeAllEditors();
    assert.equal(libraryHealth.isOpen(), false);
  });

  it("follows the library while open, in one panel", async () => {
    const { libraryHealth } = await api();
    await vscode.commands.executeCommand("copydesk.libraryHealth");
    await vscode.commands.executeCommand("copydesk.libraryHealth");
    assert.equal(healthTabs().length, 1, "the command reveals the open panel");
    const before = await read(TEASER);
    const reviews = () => libraryHealth.sections()?.[0]?.health.byStatus.find((s) => s.status === "review")?.count;
    try {
      await write(TEASER, before.replace("status: draft", "status: review"));
      await poll(() => (reviews() === 2 ? true : undefined), "the panel to count the teaser in review", 10000, () => `review: ${reviews()}`);
      assert.match(libraryHealth.lastHtml() ?? "", /<title>review: 2<\/title>/);
    } finally {
      await write(TEASER, before);
    }
    await poll(() => (reviews() === 1 ? true : undefined), "the panel to count the teaser as a draft again");
  });
});
