import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { closeAllEditors, copydeskDiagnostics, openCopy, poll, ruleOf, waitForCodeAction, waitForDiagnostics } from "./helpers.js";

// The fixture's copydesk.yaml: `use: Acme Cloud, not: [ACME Cloud, AcmeCloud, Acme cloud]`,
// `use: sign up, not: [signup, sign-up]`. Its .vscode/settings.json turns on
// `editor.codeActionsOnSave: { "source.fixAll.copydesk": "explicit" }`.
const count = (rule: string, n: number) => (ds: vscode.Diagnostic[]) => ds.filter((d) => ruleOf(d) === rule).length === n;

async function firstDiagnostic(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === rule), `a ${rule} diagnostic`);
  return copydeskDiagnostics(uri, rule)[0]!;
}

describe("code actions", () => {
  afterEach(closeAllEditors);

  it("applies a finding's fix as the preferred quick fix", async () => {
    const text = "# Notes\n\nWe moved to AcmeCloud last week.\n";
    const editor = await openCopy("blog/actions-fix.md", text);
    const uri = editor.document.uri;
    const d = await firstDiagnostic(uri, "terms/use");
    const action = await waitForCodeAction(uri, d.range, 'Fix: replace "AcmeCloud" with "Acme Cloud"');
    assert.equal(action.kind?.value, "quickfix");
    assert.equal(action.isPreferred, true, "a glossary correction is the obvious fix");
    assert.ok(action.edit, "the fix is a WorkspaceEdit");
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(editor.document.getText(), text.replace("AcmeCloud", "Acme Cloud"));
    await waitForDiagnostics(uri, count("terms/use", 0), "the terms/use diagnostic to clear");
  });

  it("offers, in order: the fix, disable for this line, documentation", async () => {
    const editor = await openCopy("blog/actions-order.md", "Try AcmeCloud.\n");
    const uri = editor.document.uri;
    const d = await firstDiagnostic(uri, "terms/use");
    await waitForCodeAction(uri, d.range, /^Show documentation/);
    const titles = ((await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, d.range)) ?? []).map((a) => a.title);
    const ours = titles.filter((t) => /^(Fix|Disable|Show documentation)/.test(t));
    assert.deepEqual(ours, ['Fix: replace "AcmeCloud" with "Acme Cloud"', "Disable terms/use for this line", "Show documentation for terms/use"]);
  });

  it("inserts a suppression comment above the line with the reason selected, and the finding goes", async () => {
    const text = "# Quote\n\n  A customer wrote: AcmeCloud saved our launch.\n";
    const editor = await openCopy("blog/actions-suppress.md", text);
    const uri = editor.document.uri;
    const d = await firstDiagnostic(uri, "terms/use");
    const action = await waitForCodeAction(uri, d.range, "Disable terms/use for this line");
    assert.ok(action.command, "the suppression is a command (a snippet)");
    await vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
    const comment = "  <!-- copydesk-disable-next-line terms/use -- reason -->\n";
    assert.equal(editor.document.getText(), text.replace("  A customer", `${comment}  A customer`));
    assert.equal(editor.document.getText(editor.selection), "reason", "the reason placeholder is selected for typing");
    assert.ok(await editor.edit((b) => b.replace(editor.selection, "quoted from a customer email")));
    assert.match(editor.document.lineAt(2).text, /^ {2}<!-- copydesk-disable-next-line terms\/use -- quoted from a customer email -->$/);
    await waitForDiagnostics(uri, count("terms/use", 0), "the suppressed terms/use diagnostic to go");
    assert.deepEqual(copydeskDiagnostics(uri, "suppression/missing-reason"), [], "the suppression has a reason");
  });

  it("shows the rule's documentation", async () => {
    const editor = await openCopy("blog/actions-docs.md", "Try AcmeCloud.\n");
    const d = await firstDiagnostic(editor.document.uri, "terms/use");
    const action = await waitForCodeAction(editor.document.uri, d.range, "Show documentation for terms/use");
    assert.deepEqual(action.command?.arguments, ["terms/use"]);
    await vscode.commands.executeCommand(action.command!.command, ...action.command!.arguments!);
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
    await poll(() => tabs().find((label) => /use\.md/.test(label) && /preview/i.test(label)), "a Markdown preview of docs/rules/terms/use.md", 10000, () => tabs().join(", "));
  });

  it("fixes every problem of one rule at once", async () => {
    const text = "AcmeCloud is fast. ACME Cloud is safe. Please signup.\n";
    const editor = await openCopy("blog/actions-fix-all-rule.md", text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, count("terms/use", 3), "three terms/use diagnostics");
    const d = copydeskDiagnostics(uri, "terms/use")[0]!;
    const action = await waitForCodeAction(uri, d.range, "Fix all terms/use problems");
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(editor.document.getText(), "Acme Cloud is fast. Acme Cloud is safe. Please sign up.\n");
  });

  it("offers source.fixAll.copydesk with every safe fix", async () => {
    const text = "AcmeCloud and Acme cloud.\n";
    const editor = await openCopy("blog/actions-source.md", text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, count("terms/use", 2), "two terms/use diagnostics");
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const action = await waitForCodeAction(uri, whole, /Copydesk/, "source.fixAll.copydesk");
    assert.equal(action.kind?.value, "source.fixAll.copydesk");
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(editor.document.getText(), "Acme Cloud and Acme Cloud.\n");
  });

  it("applies the safe fixes on save (editor.codeActionsOnSave), and leaves the rest to a person", async () => {
    // suppression/missing-reason has a fix (a placeholder reason) that must not be applied unseen.
    const text = "# Launch\n\n<!-- copydesk-disable-next-line terms/avoid -->\nCheap plans. AcmeCloud, ACME Cloud and signup.\n";
    const editor = await openCopy("blog/actions-on-save.md", text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => count("terms/use", 3)(ds) && count("suppression/missing-reason", 1)(ds), "three terms/use and one suppression/missing-reason");
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 8), "!")), "make the document dirty");
    assert.ok(await editor.document.save(), "the save succeeds");
    assert.equal(
      editor.document.getText(),
      "# Launch!\n\n<!-- copydesk-disable-next-line terms/avoid -->\nCheap plans. Acme Cloud, Acme Cloud and sign up.\n",
    );
    await waitForDiagnostics(uri, (ds) => count("terms/use", 0)(ds) && count("suppression/missing-reason", 1)(ds), "terms/use gone, the missing reason still reported");
  });
});
