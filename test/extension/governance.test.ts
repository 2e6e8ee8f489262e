import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { stampHoverMarkdown } from "../../src/core/library/stamps.js";
import { closeAllEditors, copydeskDiagnostics, describeRange, hoverText, openCopy, poll, ruleOf, waitForCodeAction, waitForDiagnostics, workspaceRoot, restorePrompts, snapshotPrompts } from "./helpers.js";

// The fixture library (test/extension/workspace/prompts/): welcome (approved 1.2.0), welcome-classic
// (deprecated, replacedBy welcome), spring-promo (retired), launch-post (approved), teaser (draft),
// pricing-hero (review, risk high). The tests edit buffers only and revert them afterwards.

const WELCOME = "prompts/email/welcome.md";
const CLASSIC = "prompts/email/welcome-classic.md";
const DOCS = "https://github.com/copydesk/copydesk/blob/main/docs/rules/library/";

async function openPrompt(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relativePath));
  return vscode.window.showTextDocument(document);
}

async function edit(editor: vscode.TextEditor, from: string, to: string): Promise<string> {
  const document = editor.document;
  const at = document.getText().indexOf(from);
  assert.ok(at >= 0, `"${from}" is in ${document.uri.path}`);
  assert.ok(await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to)));
  return document.getText();
}

/**
 * The diagnostic of `rule` that covers `covered` in the current text (a diagnostic left from an
 * earlier version of the buffer covers other text, so it does not count).
 */
async function diagnosticOn(editor: vscode.TextEditor, rule: string, covered: string | RegExp): Promise<vscode.Diagnostic> {
  const matches = (d: vscode.Diagnostic) => ruleOf(d) === rule && (typeof covered === "string" ? editor.document.getText(d.range) === covered : covered.test(editor.document.getText(d.range)));
  const ds = await waitForDiagnostics(editor.document.uri, (all) => all.some(matches), `${rule} on ${covered}`);
  return ds.find(matches)!;
}

const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === rule);
const hasNo = (rule: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => ruleOf(d) === rule);

async function applyAction(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  const action = await waitForCodeAction(uri, diagnostic.range, title);
  assert.equal(action.kind?.value, "quickfix");
  assert.ok(action.edit, "the fix is a WorkspaceEdit");
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return action;
}

describe("prompt governance in the editor", () => {
  let snapshot: Map<string, Uint8Array>;
  before(async () => (snapshot = await snapshotPrompts()));
  afterEach(() => restorePrompts(snapshot));

  it("reports {{undeclared}} as you type, at the tag, with rule, severity and docs link; undo clears it", async () => {
    const editor = await openPrompt(WELCOME);
    const { document } = editor;
    const uri = document.uri;
    const original = document.getText();
    const edited = await edit(editor, "End with one call to action.", "Mention {{undeclared}}. End with one call to action.");
    const d = await diagnosticOn(editor, "library/undeclared-variable", "{{undeclared}}");
    const start = edited.indexOf("{{undeclared}}");
    assert.equal(describeRange(d.range), describeRange(new vscode.Range(document.positionAt(start), document.positionAt(start + "{{undeclared}}".length))));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, "copydesk");
    assert.equal(String((d.code as { target: vscode.Uri }).target), `${DOCS}undeclared-variable.md`);
    assert.match(d.message, /The template uses \{\{undeclared\}\}, but `undeclared` is not declared under `variables:`/);
    await vscode.commands.executeCommand("undo");
    assert.equal(document.getText(), original);
    await waitForDiagnostics(uri, (ds) => ds.length === 0, "every governance diagnostic to clear after the undo");
  });

  it("reports a deprecated prompt without replacedBy, and sets the likeliest replacement as a quick fix", async () => {
    const editor = await openPrompt(CLASSIC);
    const uri = editor.document.uri;
    const original = editor.document.getText();
    await edit(editor, "replacedBy: welcome\n", "");
    const d = await diagnosticOn(editor, "library/replacement-missing", "deprecated");
    const status = original.indexOf("deprecated\n");
    assert.equal(describeRange(d.range), describeRange(new vscode.Range(editor.document.positionAt(status), editor.document.positionAt(status + "deprecated".length))));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    const action = await applyAction(uri, d, "Set replacedBy: welcome (Welcome email)");
    assert.equal(action.isPreferred, true);
    assert.equal(editor.document.getText(), original, "replacedBy goes back where it was: the end of the front matter");
    await waitForDiagnostics(uri, hasNo("library/replacement-missing"), "library/replacement-missing to clear");
  });

  it("declares an undeclared variable as a quick fix", async () => {
    const editor = await openPrompt(WELCOME);
    const uri = editor.document.uri;
    const edited = await edit(editor, "End with one call to action.", "Mention {{undeclared}}. End with one call to action.");
    const d = await diagnosticOn(editor, "library/undeclared-variable", "{{undeclared}}");
    await applyAction(uri, d, "Declare the variable `undeclared` under variables:");
    const tone = "  tone: { description: Voice, enum: [friendly, formal], default: friendly }\n";
    assert.equal(editor.document.getText(), edited.replace(tone, `${tone}  undeclared: { description: TODO describe undeclared, required: true }\n`));
    await waitForDiagnostics(uri, hasNo("library/undeclared-variable"), "library/undeclared-variable to clear");
  });

  it("removes an unused declaration as a quick fix", async () => {
    const editor = await openPrompt(WELCOME);
    const uri = editor.document.uri;
    const edited = await edit(editor, "Write a {{tone}} welcome", "Write a welcome");
    const d = await diagnosticOn(editor, "library/unused-variable", "tone");
    await applyAction(uri, d, "Remove the unused variable `tone`");
    assert.equal(editor.document.getText(), edited.replace("  tone: { description: Voice, enum: [friendly, formal], default: friendly }\n", ""));
    await waitForDiagnostics(uri, hasNo("library/unused-variable"), "library/unused-variable to clear");
  });

  it("bumps the version (patch) as the quick fix of a stale approval", async () => {
    const editor = await openPrompt(WELCOME);
    const uri = editor.document.uri;
    const edited = await edit(editor, "End with one call to action.", "End with one clear call to action.");
    const d = await diagnosticOn(editor, "library/approval-stale", /^sha256:[0-9a-f]{64}$/);
    await applyAction(uri, d, "Bump the version to 1.2.1 (patch)");
    assert.equal(editor.document.getText(), edited.replace("version: 1.2.0\nstatus", "version: 1.2.1\nstatus"));
    await waitForDiagnostics(uri, (ds) => hasNo("library/approval-stale")(ds) && has("library/approval-missing")(ds), "approval-stale to give way to approval-missing (1.2.1 needs its own approval)");
  });

  it("re-checks an open prompt when another prompt changes (a duplicate id)", async () => {
    const teaser = await openPrompt("prompts/social/teaser.md");
    const welcome = await openPrompt(WELCOME);
    await edit(welcome, "id: welcome\n", "id: teaser\n");
    await waitForDiagnostics(teaser.document.uri, has("library/duplicate-id"), "library/duplicate-id on the other prompt");
  });
});

describe("provenance stamp hover", () => {
  const text =
    "---\nprompt: launch-post@0.3.0\nai: assisted\n---\n" +
    "<!-- copydesk prompt: welcome@1.2.0 -->\nA.\n\n<!-- copydesk prompt: welcome-classic@1.0.0 -->\nB.\n\n" +
    "<!-- copydesk prompt: spring-promo@2.0.0 -->\nC.\n\n<!-- copydesk prompt: no-such-prompt@1.0.0 -->\nD.\n\n<!-- copydesk prompt: welcome@1.1.0 -->\nE.\n";
  let uri: vscode.Uri;

  before(async () => {
    uri = (await openCopy("blog/stamp-hover.md", text)).document.uri;
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri);
  });

  async function hoverOn(ref: string, expect: RegExp): Promise<string> {
    const document = await vscode.workspace.openTextDocument(uri);
    const position = document.positionAt(text.indexOf(ref) + 2);
    let last = "";
    return poll(
      async () => {
        last = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, position)) ?? []);
        return expect.test(last) ? last : undefined;
      },
      `a hover on ${ref} matching ${expect}`,
      10000,
      () => last || "no hover",
    );
  }

  it("shows an approved prompt's title, version, status, owner and last approval", async () => {
    const hover = await hoverOn("welcome@1.2.0", /Prompt `welcome@1\.2\.0`/);
    const expected =
      "**Prompt `welcome@1.2.0`** — Welcome email\n\n- Status: approved\n- Version in the library: 1.2.0 (this copy: 1.2.0)\n- Owner: Dana Reyes \\<dana@acme.example\\>\n" +
      "- Last approval: Dana Reyes \\<dana@acme.example\\> (librarian), 2026-11-23, version 1.2.0";
    assert.ok(hover.includes(expected), hover);
    const front = await hoverOn("launch-post@0.3.0", /Prompt `launch-post@0\.3\.0`/);
    assert.match(front, /\*\*Prompt `launch-post@0\.3\.0`\*\* — Launch post for LinkedIn\n\n- Status: approved/);
  });

  it("says a deprecated prompt is deprecated and names its replacement", async () => {
    const hover = await hoverOn("welcome-classic@1.0.0", /Prompt `welcome-classic@1\.0\.0`/);
    assert.match(hover, /\*\*Deprecated:\*\* the library no longer recommends this prompt\. Use `welcome@1\.2\.0` \(Welcome email\) instead/);
    assert.match(hover, /- Status: deprecated/);
  });

  it("says a retired prompt is retired", async () => {
    const hover = await hoverOn("spring-promo@2.0.0", /Prompt `spring-promo@2\.0\.0`/);
    assert.match(hover, /\*\*Retired:\*\* this prompt is no longer approved for use\./);
  });

  it("says an id is not in the library", async () => {
    const hover = await hoverOn("no-such-prompt@1.0.0", /no-such-prompt/);
    assert.ok(hover.includes(stampHoverMarkdown({ id: "no-such-prompt", version: "1.0.0" }, undefined)), hover);
  });

  it("says the stamped version differs from the library's", async () => {
    const hover = await hoverOn("welcome@1.1.0", /Prompt `welcome@1\.1\.0`/);
    assert.match(hover, /\*\*Version mismatch:\*\* this copy was made with 1\.1\.0, an older version; the library's current version is 1\.2\.0\./);
  });
});

describe("prompt governance: not for read-only or non-prompt files", () => {
  let snapshot: Map<string, Uint8Array>;
  before(async () => (snapshot = await snapshotPrompts()));
  afterEach(() => restorePrompts(snapshot));

  it("leaves the library's README (no id) without governance diagnostics", async () => {
    const editor = await openPrompt("prompts/README.md");
    const welcome = await openPrompt(WELCOME);
    await edit(welcome, "End with", "Mention {{x}}. End with");
    await waitForDiagnostics(welcome.document.uri, has("library/undeclared-variable"), "a diagnostic on a real prompt first");
    assert.deepEqual(copydeskDiagnostics(editor.document.uri), []);
  });
});
