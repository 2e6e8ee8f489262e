import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { todayUtc } from "../../src/core/engine.js";
import { approvePrompt, bumpPrompt, deprecatePrompt, retirePrompt, submitPrompt, type StepResult } from "../../src/core/library/lifecycle.js";
import { newPrompt } from "../../src/core/library/new-prompt.js";
import { parsePrompt, type ParsedPrompt } from "../../src/core/library/prompt.js";
import { addDays } from "../../src/core/library/rules/review-overdue.js";
import { applyEdits } from "../../src/core/library/yaml-edit.js";
import type { LibraryStore } from "../../src/extension/library/store.js";
import type { LibrarianOutcome } from "../../src/extension/library/librarian.js";
import { closeAllEditors, restorePrompts, snapshotPrompts, workspaceRoot } from "./helpers.js";

// Lifecycle commands edit the prompt's buffer and leave saving to the librarian (like a refactoring;
// code-server, a web build, auto-saves after a second by default). Each test checks the exact text
// and that one Undo restores it; afterwards the buffers are reverted and the files restored.

const DANA = "Dana Reyes <dana@acme.example>";
const uriOf = (relativePath: string) => vscode.Uri.joinPath(workspaceRoot(), relativePath);

async function store(): Promise<LibraryStore> {
  const extension = vscode.extensions.getExtension<{ library: LibraryStore }>("copydesk.copydesk");
  assert.ok(extension, "the extension is loaded");
  return (await extension.activate()).library;
}

async function textOf(relativePath: string): Promise<string> {
  return (await vscode.workspace.openTextDocument(uriOf(relativePath))).getText();
}

/** The core step applied to a text: what the command must produce. */
function expected(path: string, text: string, step: (p: ParsedPrompt) => StepResult): string {
  const result = step(parsePrompt(uriOf(path).path, text));
  assert.ok(result.ok, result.ok ? "" : result.reason);
  return applyEdits(text, result.edits);
}

async function run(command: string, ...args: unknown[]): Promise<LibrarianOutcome> {
  return vscode.commands.executeCommand<LibrarianOutcome>(command, ...args);
}

async function undo(relativePath: string): Promise<void> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(relativePath)));
  await vscode.commands.executeCommand("undo");
}

async function setLibrarian(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration("copydesk").update("librarian", value, vscode.ConfigurationTarget.Global);
}

describe("librarian commands", () => {
  let previous: string | undefined;
  let disk = new Map<string, Uint8Array>();

  before(async () => {
    previous = vscode.workspace.getConfiguration("copydesk").inspect<string>("librarian")?.globalValue;
    await setLibrarian(DANA);
    disk = await snapshotPrompts();
  });
  after(async () => {
    await setLibrarian(previous);
  });
  afterEach(async () => {
    await restorePrompts(disk);
    await setLibrarian(DANA);
  });

  it("Submit for Review: status draft → review, one undoable edit", async () => {
    const path = "prompts/social/teaser.md";
    const original = await textOf(path);
    const outcome = await run("copydesk.submitPrompt", uriOf(path));
    assert.deepEqual(outcome && { ...outcome, uri: String(outcome.ok && outcome.uri) }, { ok: true, message: "teaser 0.1.0 is now in review.", uri: String(uriOf(path)) });
    const document = await vscode.workspace.openTextDocument(uriOf(path));
    assert.equal(document.getText(), expected(path, original, (p) => submitPrompt(p, { findings: [] })));
    assert.equal(document.getText(), original.replace("\nstatus: draft\n", "\nstatus: review\n"));
    await undo(path);
    assert.equal(document.getText(), original);
  });

  it("Approve: records the approval from copydesk.librarian, approves and renews reviewBy; one undo restores", async () => {
    const path = "prompts/social/teaser.md";
    const original = await textOf(path);
    assert.ok((await run("copydesk.submitPrompt", "teaser"))?.ok, "submitted by id");
    const document = await vscode.workspace.openTextDocument(uriOf(path));
    const review = document.getText();
    const outcome = await run("copydesk.approvePrompt", { uri: uriOf(path) });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.equal(outcome.message, `${DANA} approved teaser 0.1.0 as librarian; it is now approved.`);
    const source = (await (await store()).sourceFor(uriOf(path)))!;
    const today = todayUtc();
    assert.equal(document.getText(), expected(path, review, (p) => approvePrompt(p, { approver: DANA, role: "librarian", today, config: source.config, findings: [] })));
    const hash = /hash: (sha256:[0-9a-f]{64})/.exec(document.getText())?.[1];
    assert.ok(hash);
    const renewed = addDays(today, source.config.library.reviewEveryDays);
    assert.equal(
      document.getText(),
      review
        .replace("\nstatus: review\n", "\nstatus: approved\n")
        .replace("reviewBy: 2099-12-31\n", `reviewBy: ${renewed}\napprovals:\n  - by: ${DANA}\n    role: librarian\n    date: ${today}\n    version: 0.1.0\n    hash: ${hash}\n`),
    );
    await undo(path);
    assert.equal(document.getText(), review, "one undo takes back the whole approval");
    await undo(path);
    assert.equal(document.getText(), original);
  });

  it("Deprecate: status deprecated and replacedBy, from a prompt id", async () => {
    const path = "prompts/social/launch-post.md";
    const original = await textOf(path);
    const outcome = await run("copydesk.deprecatePrompt", "launch-post", { replacedBy: "welcome" });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    const document = await vscode.workspace.openTextDocument(uriOf(path));
    const source = (await (await store()).sourceFor(uriOf(path)))!;
    assert.equal(document.getText(), expected(path, original, (p) => deprecatePrompt(p, { replacedBy: "welcome", library: source.index })));
    const fence = original.indexOf("---\nWrite a LinkedIn");
    assert.equal(document.getText(), original.slice(0, fence).replace("\nstatus: approved\n", "\nstatus: deprecated\n") + "replacedBy: welcome\n" + original.slice(fence));
    await undo(path);
    assert.equal(document.getText(), original);
  });

  it("Retire: status retired only, from a view item", async () => {
    const path = "prompts/email/welcome-classic.md";
    const original = await textOf(path);
    const outcome = await run("copydesk.retirePrompt", { entry: { path: uriOf(path).path }, id: "welcome-classic" });
    assert.deepEqual(outcome?.ok && outcome.message, "welcome-classic is now retired; writers no longer see it.");
    const document = await vscode.workspace.openTextDocument(uriOf(path));
    assert.equal(document.getText(), expected(path, original, (p) => retirePrompt(p)));
    assert.equal(document.getText(), original.replace("\nstatus: deprecated\n", "\nstatus: retired\n"));
    await undo(path);
    assert.equal(document.getText(), original);
  });

  it("Bump Version: minor, from the active editor", async () => {
    const path = "prompts/email/welcome.md";
    const original = await textOf(path);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(path)));
    const outcome = await run("copydesk.bumpPromptVersion", undefined, { level: "minor" });
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.match(outcome.message, /^welcome: 1\.2\.0 → 1\.3\.0\. Version 1\.3\.0 needs its own approval/);
    const document = await vscode.workspace.openTextDocument(uriOf(path));
    assert.equal(document.getText(), expected(path, original, (p) => bumpPrompt(p, "minor")));
    assert.equal(document.getText(), original.replace("\nversion: 1.2.0\n", "\nversion: 1.3.0\n"));
    await undo(path);
    assert.equal(document.getText(), original);
  });

  it("refuses an approval by someone who is not a librarian, saying where the identity came from", async () => {
    await setLibrarian("Max Mustermann <max@acme.example>");
    const path = "prompts/web/pricing-hero.md";
    const original = await textOf(path);
    const outcome = await run("copydesk.approvePrompt", uriOf(path));
    assert.ok(outcome && !outcome.ok);
    assert.match(outcome.reason, /^Max Mustermann <max@acme\.example> is not a librarian\. Only the people in `library\.librarians` in copydesk\.yaml may approve prompts: Dana Reyes <dana@acme\.example>\./);
    assert.match(outcome.reason, /comes from the copydesk\.librarian setting/);
    assert.equal(await textOf(path), original);
  });

  it("refuses to approve a risk: high prompt without a legal approval", async () => {
    const path = "prompts/web/pricing-hero.md";
    const original = await textOf(path);
    const outcome = await run("copydesk.approvePrompt", uriOf(path), { role: "librarian" });
    assert.ok(outcome && !outcome.ok);
    // Named as the editor's command, not the CLI's verb.
    assert.match(outcome.reason, /^pricing-hero is `risk: high`: legal must approve 1\.0\.0 first \(Copydesk: Approve Prompt, recording Legal's approval\), then a librarian\.$/);
    assert.equal(await textOf(path), original);
  });

  it("approves a risk: high prompt in two steps: Legal's approval recorded first, then the librarian's", async () => {
    const path = "prompts/web/pricing-hero.md";
    const document = await vscode.workspace.openTextDocument(uriOf(path));
    const original = document.getText();
    const legal = await run("copydesk.approvePrompt", uriOf(path), { role: "legal" });
    assert.ok(legal?.ok, JSON.stringify(legal));
    assert.equal(legal.message, `${DANA} approved pricing-hero 1.0.0 as legal; it stays in review (it still needs a librarian approval).`);
    assert.match(document.getText(), /\nstatus: review\n/);
    const librarian = await run("copydesk.approvePrompt", uriOf(path), { role: "librarian" });
    assert.ok(librarian?.ok, JSON.stringify(librarian));
    assert.equal(librarian.message, `${DANA} approved pricing-hero 1.0.0 as librarian; it is now approved.`);
    assert.match(document.getText(), /\nstatus: approved\n/);
    assert.deepEqual([...document.getText().matchAll(/role: (\w+)/g)].map((m) => m[1]), ["legal", "librarian"]);
    await undo(path);
    await undo(path);
    assert.equal(document.getText(), original, "two undos take both approvals back");
  });

  it("refuses to approve a prompt with governance errors, listing them", async () => {
    const path = "prompts/web/pricing-hero.md";
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(path)));
    const body = editor.document.getText().indexOf("State the price");
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(body), "Mention {{oops}}. ")));
    const edited = editor.document.getText();
    const outcome = await run("copydesk.approvePrompt", uriOf(path), { role: "legal" });
    assert.ok(outcome && !outcome.ok);
    assert.match(outcome.reason, /^pricing-hero cannot be approved: it has governance errors:\n {2}line 17: library\/undeclared-variable: The template uses \{\{oops\}\}/);
    assert.equal(editor.document.getText(), edited);
  });

  it("New Prompt: creates <root>/<id>.md from a template, saved, and opens it", async () => {
    const uri = uriOf("prompts/gov-new-test.md");
    try {
      const outcome = await run("copydesk.newPrompt", { id: "gov-new-test", title: "Governance test", channel: "email", template: "welcome" });
      assert.ok(outcome?.ok, JSON.stringify(outcome));
      assert.equal(String(outcome.uri), String(uri));
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      const template = (await (await store()).find("welcome"))!.entry.parsed();
      const made = newPrompt({ id: "gov-new-test", owner: DANA, title: "Governance test", channel: "email", template });
      assert.ok(made.ok);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), made.text);
      assert.match(made.text, /^---\nid: gov-new-test\ntitle: Governance test\n[\s\S]*\nversion: 0\.1\.0\nstatus: draft\n/);
      const again = await run("copydesk.newPrompt", { id: "gov-new-test", title: "x", channel: "", template: "" });
      assert.ok(again && !again.ok && /already has a prompt "gov-new-test"/.test(again.reason), JSON.stringify(again));
      const bad = await run("copydesk.newPrompt", { id: "Bad Id" });
      assert.ok(bad && !bad.ok && /"Bad Id": Use lowercase letters/.test(bad.reason), JSON.stringify(bad));
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it("refuses a starter-library prompt and an unknown id", async () => {
    const unknown = await run("copydesk.retirePrompt", "no-such-prompt");
    assert.ok(unknown && !unknown.ok && /has no prompt "no-such-prompt"/.test(unknown.reason));
    const starter = (await (await store()).sources()).find((s) => s.kind === "starter");
    const entry = starter?.index.list({ status: "approved" })[0];
    assert.ok(starter && entry, "the starter library is loaded (copydesk.library.includeStarter is on by default)");
    const outcome = await run("copydesk.bumpPromptVersion", starter.base.with({ path: entry.path }), { level: "patch" });
    assert.ok(outcome && !outcome.ok && /starter library, which is read-only/.test(outcome.reason), JSON.stringify(outcome));
  });
});
