import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { CopydeskApi } from "../../src/extension/extension.js";
import { ConfigStore } from "../../src/extension/config-store.js";
import { CorePreload } from "../../src/extension/preload.js";
import { closeAllEditors, openCopy, ruleOf, waitForDiagnostics, workspaceRoot } from "./helpers.js";

async function api(): Promise<CopydeskApi> {
  const extension = vscode.extensions.getExtension<CopydeskApi>("copydesk.copydesk");
  assert.ok(extension, "the extension is installed");
  return extension.activate();
}

describe("background preload", () => {
  afterEach(closeAllEditors);

  it("loads core from its own bundle, the workspace's configuration and warms the engine after activation", async () => {
    const report = await (await api()).preloaded;
    assert.ok(report, "the preload finished");
    assert.ok(report.bundle, "core came from out/core.cjs, not from the extension's bundle");
    assert.match(report.bundle.file, /[\\/]out[\\/]core\.cjs$/);
    assert.ok(["none", "used", "rejected"].includes(report.bundle.cache));
    assert.match(report.bundle.build, /^[0-9a-f]{16}$/, "the build's hash, which the library's index snapshots are made under");
    assert.ok(report.warmMs > 0, "the warm-up ran (the workspace has a folder)");
    assert.ok(report.patterns > 100 && report.patternsMs > 0, `the claims patterns were compiled (${report.patterns})`);
    // The preload published nothing of its own: its sample is no document.
    const published = vscode.languages.getDiagnostics().filter(([uri, ds]) => uri.path.endsWith("copydesk-warm-up.md") && ds.length > 0);
    assert.deepEqual(published, []);
  });

  it("a document opened while a preload runs gets the same configuration and its diagnostics", async () => {
    const log = vscode.window.createOutputChannel("Copydesk preload test", { log: true });
    const configs = new ConfigStore(log);
    try {
      const preload = new CorePreload(configs, log);
      const uri = vscode.Uri.joinPath(workspaceRoot(), "blog", "preload-copy.md");
      // Asked for at the moment the preload starts: both wait for one load of copydesk.yaml.
      const forDocument = configs.forDocument(uri);
      const report = await preload.done;
      assert.ok(report, "the preload finished");
      assert.equal(await forDocument, await configs.forBase(vscode.workspace.workspaceFolders![0]!.uri));
      assert.ok((await forDocument).loaded.config.file?.endsWith("copydesk.yaml"));
    } finally {
      configs.dispose();
      log.dispose();
    }
    // And the extension's own controller lints a new document as usual.
    const copy = await openCopy("blog/preload-copy.md", "AcmeCloud is the best tool in the world.\n");
    await waitForDiagnostics(copy.document.uri, (ds) => ds.some((d) => ruleOf(d) === "claims/superlative"), "a claims/superlative finding");
  });

  it("stops without loading anything when disposed before its first step", async () => {
    const log = vscode.window.createOutputChannel("Copydesk preload test", { log: true });
    const configs = new ConfigStore(log);
    try {
      const preload = new CorePreload(configs, log);
      preload.dispose();
      assert.equal(await preload.done, undefined);
      assert.deepEqual(configs.broken(), []);
    } finally {
      configs.dispose();
      log.dispose();
    }
  });
});
