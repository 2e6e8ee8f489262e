import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { closeAllEditors, copydeskDiagnostics, describeRange, openCopy, ruleOf, waitForDiagnostics } from "./helpers.js";

const DOCS = "https://github.com/copydesk/copydesk/blob/main/docs/rules/";
const hasRule = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === rule);

describe("diagnostics", () => {
  afterEach(closeAllEditors);

  it("reports a glossary violation with source, code, docs link, range and severity", async () => {
    // examples/copydesk.yaml: `use: Acme Cloud, not: [ACME Cloud, AcmeCloud, Acme cloud]`.
    const text = "# Launch notes\n\nOur team moved every site to AcmeCloud last week.\n";
    const editor = await openCopy("blog/harness-glossary.md", text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasRule("terms/use"), "a terms/use diagnostic");
    const [d, ...more] = copydeskDiagnostics(uri, "terms/use");
    assert.equal(more.length, 0, "one terms/use diagnostic");
    assert.equal(d!.source, "copydesk");
    const code = d!.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, "terms/use");
    assert.equal(code.target.toString(true), `${DOCS}terms/use.md`);
    const start = text.indexOf("AcmeCloud");
    const expected = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + "AcmeCloud".length));
    assert.ok(d!.range.isEqual(expected), `range ${describeRange(d!.range)}, expected ${describeRange(expected)} (line 3, "AcmeCloud")`);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d!.message, /Acme Cloud/);
  });

  it("clears the diagnostic when an edit fixes the wording", async () => {
    const text = "# Launch notes\n\nOur team moved every site to AcmeCloud last week.\n";
    const editor = await openCopy("blog/harness-fix.md", text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, hasRule("terms/use"), "a terms/use diagnostic");
    const [d] = copydeskDiagnostics(uri, "terms/use");
    const edited = await editor.edit((b) => b.replace(d!.range, "Acme Cloud"));
    assert.ok(edited, "the edit applies");
    await waitForDiagnostics(uri, (ds) => !hasRule("terms/use")(ds), "the terms/use diagnostic to clear");
    assert.equal(editor.document.getText(), text.replace("AcmeCloud", "Acme Cloud"));
  });

  it("lints plain-text copy and reports an avoided word", async () => {
    // `avoid: [cheap, cheapest]` in examples/copydesk.yaml.
    const editor = await openCopy("social/harness-post.txt", "Hosting this cheap has never been easier.\n");
    assert.equal(editor.document.languageId, "plaintext");
    await waitForDiagnostics(editor.document.uri, hasRule("terms/avoid"), "a terms/avoid diagnostic");
    const [d] = copydeskDiagnostics(editor.document.uri, "terms/avoid");
    assert.equal(editor.document.getText(d!.range), "cheap");
  });

  it("does not lint files that files.exclude leaves out", async () => {
    // README.md is excluded in examples/copydesk.yaml; a later included document proves linting ran.
    const excluded = await openCopy("README.md", "AcmeCloud is cheap.\n");
    const included = await openCopy("blog/harness-included.md", "AcmeCloud is cheap.\n");
    await waitForDiagnostics(included.document.uri, hasRule("terms/use"), "a terms/use diagnostic");
    assert.deepEqual(copydeskDiagnostics(excluded.document.uri), []);
  });
});
