import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { closeAllEditors, copydeskApi, openCopy, poll, replaceAll, ruleOf, waitForDiagnostics, workspaceRoot } from "./helpers.js";

const severityOf = (rule: string, ds: vscode.Diagnostic[]) => ds.find((d) => ruleOf(d) === rule)?.severity;
const configDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "copydesk");

describe("configuration", () => {
  afterEach(closeAllEditors);

  it("shows a broken copydesk.yaml's problems at the key, keeps the last good configuration, and recovers", async () => {
    const copy = await openCopy("blog/config-copy.md", "AcmeCloud is here.\n");
    const copyUri = copy.document.uri;
    await waitForDiagnostics(copyUri, (ds) => severityOf("terms/use", ds) === vscode.DiagnosticSeverity.Warning, "a terms/use warning");
    const configUri = vscode.Uri.joinPath(workspaceRoot(), "copydesk.yaml");
    const config = await vscode.workspace.openTextDocument(configUri);
    await vscode.window.showTextDocument(config, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    const original = config.getText();
    const api = await copydeskApi();
    try {
      // An unknown key: reported at the key, in copydesk.yaml, as the file is edited and saved.
      await replaceAll(config, `${original}colour: blue\n`);
      assert.ok(await config.save());
      const keyLine = config.lineCount - 2;
      const [problem] = await poll(() => {
        const ds = configDiagnostics(configUri);
        return ds.length ? ds : undefined;
      }, "a configuration problem in copydesk.yaml");
      assert.equal(problem!.severity, vscode.DiagnosticSeverity.Error);
      assert.match(problem!.message, /Unknown key `colour`/);
      assert.ok(problem!.range.start.isEqual(new vscode.Position(keyLine, 0)), `at the key (line ${keyLine + 1}), not ${problem!.range.start.line + 1}:${problem!.range.start.character + 1}`);
      assert.equal(config.getText(problem!.range), "colour");
      await poll(() => (api.status().text.includes("$(warning)") ? true : undefined), "the status bar's warning sign", 10000, () => api.status().text);
      assert.match(api.status().tooltip, /last good configuration/);

      // Linting goes on with the last good configuration: the glossary still applies to new text.
      assert.ok(await copy.edit((b) => b.insert(new vscode.Position(1, 0), "ACME Cloud too.\n")));
      await waitForDiagnostics(copyUri, (ds) => ds.filter((d) => ruleOf(d) === "terms/use").length === 2, "two terms/use findings under the last good glossary");

      // Fixed (and changed: terms/use becomes an error): the problems clear and open documents are re-linted.
      await replaceAll(config, original.replace("rules:\n", "rules:\n  terms/use: error\n"));
      assert.ok(await config.save());
      await poll(() => (configDiagnostics(configUri).length === 0 ? true : undefined), "the configuration problems to clear");
      await waitForDiagnostics(copyUri, (ds) => severityOf("terms/use", ds) === vscode.DiagnosticSeverity.Error, "terms/use re-linted as an error");
      await poll(() => (api.status().text.includes("$(warning)") ? undefined : true), "the status bar's warning sign to go", 10000, () => api.status().text);
    } finally {
      await replaceAll(config, original);
      await config.save();
      await waitForDiagnostics(copyUri, (ds) => severityOf("terms/use", ds) === vscode.DiagnosticSeverity.Warning, "terms/use back to a warning");
    }
  });

  it("shows a broken claims.yaml's problems in claims.yaml, and clears them when fixed", async () => {
    const registerUri = vscode.Uri.joinPath(workspaceRoot(), "claims.yaml");
    const register = await vscode.workspace.openTextDocument(registerUri);
    await vscode.window.showTextDocument(register);
    const original = register.getText();
    // Make sure the folder's configuration is loaded (a copy document in it).
    const copy = await openCopy("blog/config-claims.md", "AcmeCloud.\n");
    await waitForDiagnostics(copy.document.uri, (ds) => ds.length > 0, "the copy to be linted");
    try {
      const edited = original.replace("id: CLM-002", "id: CLM-001");
      await replaceAll(register, edited);
      const [problem] = await poll(() => {
        const ds = configDiagnostics(registerUri);
        return ds.length ? ds : undefined;
      }, "a problem in claims.yaml (unsaved edits count)");
      assert.match(problem!.message, /Claim id CLM-001 is used twice/);
      assert.ok(problem!.range.isEqual(new vscode.Range(register.positionAt(edited.lastIndexOf("CLM-001")), register.positionAt(edited.lastIndexOf("CLM-001") + 7))), "at the second entry's id");
    } finally {
      await replaceAll(register, original);
      await register.save();
    }
    await poll(() => (configDiagnostics(registerUri).length === 0 ? true : undefined), "the claims.yaml problem to clear");
  });

  it("uses the copydesk.yaml that copydesk.configFile names", async () => {
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(workspaceRoot(), "brand/alt.yaml"),
      new TextEncoder().encode('version: 1\nterms:\n  - use: Zebra Cloud\n    not: [ZebraCloud]\n'),
    );
    const editor = await openCopy("brand/config-file.md", "ZebraCloud and AcmeCloud.\n");
    const uri = editor.document.uri;
    const found = (ds: vscode.Diagnostic[]) => ds.filter((d) => ruleOf(d) === "terms/use").map((d) => editor.document.getText(d.range));
    await waitForDiagnostics(uri, (ds) => found(ds).join() === "AcmeCloud", "the workspace glossary (AcmeCloud)");
    const settings = vscode.workspace.getConfiguration("copydesk");
    try {
      await settings.update("configFile", "brand/alt.yaml", vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => found(ds).join() === "ZebraCloud", "brand/alt.yaml's glossary (ZebraCloud)");
    } finally {
      await settings.update("configFile", undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (ds) => found(ds).join() === "AcmeCloud", "the workspace glossary again");
  });

  it("shows the open document's counts in the status bar", async () => {
    const editor = await openCopy("blog/config-status.md", "AcmeCloud is cheap.\n");
    await waitForDiagnostics(editor.document.uri, (ds) => ds.length >= 2, "terms/use and terms/avoid");
    const api = await copydeskApi();
    const status = await poll(() => (/\$\(error\) 1 \$\(warning\) 1/.test(api.status().text) ? api.status() : undefined), "1 error and 1 warning in the status bar", 10000, () => api.status().text);
    assert.match(status.tooltip, /1 error, 1 warning, 0 infos in this document/);
  });

  it("honours copydesk.run: onSave lints on save only, off clears", async () => {
    const settings = vscode.workspace.getConfiguration("copydesk");
    const editor = await openCopy("blog/config-run.md", "Plain words.\n");
    const uri = editor.document.uri;
    try {
      await settings.update("run", "onSave", vscode.ConfigurationTarget.Workspace);
      // terms/avoid has no fix, so fix-all on save (the fixture's settings) leaves it in place.
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), "Cheap plans.\n")));
      assert.ok(await editor.document.save());
      await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === "terms/avoid"), "terms/avoid after the save");
      await settings.update("run", "off", vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => ds.length === 0, "no diagnostics with copydesk.run off");
    } finally {
      await settings.update("run", undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === "terms/avoid"), "terms/avoid again with copydesk.run back to onType");
  });
});
