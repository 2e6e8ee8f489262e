import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { closeAllEditors, copydeskDiagnostics, describeRange, openCopy, ruleOf, waitForDiagnostics, workspaceRoot } from "./helpers.js";

// The workspace is a copy of test/extension/workspace: its copydesk.yaml has
// `use: Acme Cloud, not: [ACME Cloud, AcmeCloud, Acme cloud]`, `avoid: [cheap, cheapest]` with
// `terms/avoid: error`, and excludes README.md.
const DOCS = "https://github.com/copydesk/copydesk/blob/main/docs/rules/";
const hasRule = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === rule);
const TEXT = "# Launch notes\n\nOur team moved every site to AcmeCloud last week.\n";

describe("diagnostics", () => {
  afterEach(closeAllEditors);

  it("reports a glossary violation with source, code, docs link, range and severity", async () => {
    const editor = await openCopy("blog/harness-glossary.md", TEXT);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasRule("terms/use"), "a terms/use diagnostic");
    const [d, ...more] = copydeskDiagnostics(uri, "terms/use");
    assert.equal(more.length, 0, "one terms/use diagnostic");
    assert.equal(d!.source, "copydesk");
    const code = d!.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, "terms/use");
    assert.equal(code.target.toString(true), `${DOCS}terms/use.md`);
    const start = TEXT.indexOf("AcmeCloud");
    const expected = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + "AcmeCloud".length));
    assert.ok(d!.range.isEqual(expected), `range ${describeRange(d!.range)}, expected ${describeRange(expected)} (line 3, "AcmeCloud")`);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d!.message, /Acme Cloud/);
  });

  it("clears the diagnostic when an edit fixes the wording", async () => {
    const editor = await openCopy("blog/harness-fix.md", TEXT);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasRule("terms/use"), "a terms/use diagnostic");
    const [d] = copydeskDiagnostics(uri, "terms/use");
    assert.ok(await editor.edit((b) => b.replace(d!.range, "Acme Cloud")), "the edit applies");
    await waitForDiagnostics(uri, (ds) => !hasRule("terms/use")(ds), "the terms/use diagnostic to clear");
    assert.equal(editor.document.getText(), TEXT.replace("AcmeCloud", "Acme Cloud"));
  });

  it("lints plain text, with the severity copydesk.yaml sets", async () => {
    const editor = await openCopy("social/harness-post.txt", "Hosting this cheap has never been easier.\n");
    assert.equal(editor.document.languageId, "plaintext");
    await waitForDiagnostics(editor.document.uri, hasRule("terms/avoid"), "a terms/avoid diagnostic");
    const [d] = copydeskDiagnostics(editor.document.uri, "terms/avoid");
    assert.equal(editor.document.getText(d!.range), "cheap");
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Error, "`terms/avoid: error` in copydesk.yaml");
  });

  it("tags words that can go as unnecessary", async () => {
    const editor = await openCopy("blog/harness-tags.md", "Setting up is very easy.\n");
    await waitForDiagnostics(editor.document.uri, hasRule("tone/weasel"), "a tone/weasel diagnostic");
    const [d] = copydeskDiagnostics(editor.document.uri, "tone/weasel");
    assert.equal(editor.document.getText(d!.range), "very");
    assert.deepEqual(d!.tags, [vscode.DiagnosticTag.Unnecessary]);
  });

  it("publishes a document's diagnostics inside the event that opens it, once the configuration is loaded", async () => {
    // The configuration is loaded: a first document is linted (and so the folder's copydesk.yaml read).
    const first = await openCopy("blog/harness-warm.md", TEXT);
    await waitForDiagnostics(first.document.uri, hasRule("terms/use"), "a terms/use diagnostic");
    const uri = vscode.Uri.joinPath(first.document.uri, "..", "harness-in-event.md");
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    // This listener is registered after Copydesk's, so it runs after Copydesk's in the same event.
    const seen = new Promise<vscode.Diagnostic[]>((resolve) => {
      const subscription = vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() !== uri.toString()) return;
        subscription.dispose();
        resolve(copydeskDiagnostics(uri));
      });
    });
    await vscode.workspace.openTextDocument(uri);
    const diagnostics = await seen;
    assert.ok(hasRule("terms/use")(diagnostics), `the diagnostics were there when the open event reached the next listener (saw ${JSON.stringify(diagnostics.map(ruleOf))})`);
    assert.deepEqual(diagnostics.map(ruleOf), copydeskDiagnostics(uri).map(ruleOf), "and they are the document's diagnostics");
    await vscode.workspace.fs.delete(uri);
  });

  it("checks links to other files through the workspace (the lint's asynchronous path)", async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), "blog", "harness-target.md");
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode("# Target\n\nSome text.\n"));
    const text = "# Links\n\nSee [the target](harness-target.md#target), [a section](harness-target.md#nope) and [gone](harness-gone.md).\n";
    const editor = await openCopy("blog/harness-links.md", text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.filter((d) => ruleOf(d) === "links/broken").length === 2, "two links/broken diagnostics");
    const broken = copydeskDiagnostics(uri, "links/broken").map((d) => ({ text: editor.document.getText(d.range), message: d.message }));
    const gone = broken.find((b) => b.text.includes("harness-gone.md"));
    const anchor = broken.find((b) => b.text.includes("#nope"));
    assert.ok(gone && /does not exist/.test(gone.message), `the missing file is flagged: ${JSON.stringify(broken)}`);
    assert.ok(anchor && !anchor.text.includes("#target") && /#nope/.test(anchor.message), `the missing section is flagged: ${JSON.stringify(broken)}`);
    await vscode.workspace.fs.delete(target);
  });

  it("puts one note instead of findings on a document over copydesk.maxDocumentKB, and lints it once the limit allows", async () => {
    const settings = vscode.workspace.getConfiguration("copydesk");
    // About 2 KB, with a glossary finding in its first paragraph.
    const text = `${TEXT}\n${"Plain words about the launch, nothing to report here at all. ".repeat(32)}\n`;
    await settings.update("maxDocumentKB", 1, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openCopy("blog/harness-large.md", text);
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, (ds) => ds.some((d) => d.code === "copydesk.maxDocumentKB"), "the note that the document is too large");
      const diagnostics = copydeskDiagnostics(uri);
      assert.equal(diagnostics.length, 1, `only the note: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
      assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(diagnostics[0]!.range.start.line, 0);
      assert.match(diagnostics[0]!.message, /is 2 KB, over copydesk\.maxDocumentKB \(1 KB\)/);
      await settings.update("maxDocumentKB", undefined, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, hasRule("terms/use"), "the findings once the limit is the default again");
      assert.ok(!copydeskDiagnostics(uri).some((d) => d.code === "copydesk.maxDocumentKB"), "the note is gone");
    } finally {
      await settings.update("maxDocumentKB", undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("does not lint a file that files.exclude leaves out", async () => {
    const excluded = await openCopy("README.md", "AcmeCloud is cheap.\n");
    // Linting is asynchronous: a document opened after it getting its findings shows both were linted.
    const included = await openCopy("blog/harness-included.md", "AcmeCloud is cheap.\n");
    await waitForDiagnostics(included.document.uri, hasRule("terms/use"), "a terms/use diagnostic");
    assert.deepEqual(copydeskDiagnostics(excluded.document.uri), []);
  });
});
