import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import type { CopydeskApi } from "../../src/extension/extension.js";
import { closeAllEditors, poll, replaceAll, workspaceRoot } from "./helpers.js";

const prompt = (relative: string) => vscode.Uri.joinPath(workspaceRoot(), "prompts", relative);

const WELCOME_RENDERED = "<!-- copydesk prompt: welcome@1.2.0 -->\nWrite a friendly welcome email for IT managers who just started a trial of Acme Cloud.\nEnd with one call to action.\n";

/** The preview's text once it satisfies `accept` (it re-renders shortly after the source changes). */
function waitForPreview(preview: vscode.TextDocument, accept: (text: string) => boolean, what: string): Promise<string> {
  return poll(() => (accept(preview.getText()) ? preview.getText() : undefined), what, 10000, () => `\n${preview.getText()}`);
}

describe("Preview Rendered Prompt", () => {
  afterEach(closeAllEditors);

  it("opens beside the prompt, read-only, with defaults, examples and the provenance stamp", async () => {
    await vscode.window.showTextDocument(prompt("email/welcome.md"));
    const preview = await vscode.commands.executeCommand<vscode.TextDocument>("copydesk.previewPrompt");
    assert.ok(preview, "the command resolves to the preview document");
    assert.equal(preview.uri.scheme, "copydesk-preview");
    assert.equal(preview.languageId, "markdown");
    const text = preview.getText();
    assert.ok(text.startsWith("<!-- Preview of prompts/email/welcome.md: read-only, follows the prompt as you edit it. -->\n\n# Welcome email\n\n`welcome@1.2.0` · approved · email\n"), text);
    assert.match(text, /\| `product` \| Acme Cloud \(default\) \|\n\| `audience` \| IT managers \(example\) \|\n\| `tone` \| friendly \(default\) \|\n/);
    assert.ok(text.endsWith(`---\n\n${WELCOME_RENDERED}`), text);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === preview);
    assert.ok(shown, "the preview is visible");
    assert.equal(shown.viewColumn, vscode.ViewColumn.Two, "beside the source");
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), prompt("email/welcome.md").toString(), "the source keeps the focus");
  });

  it("follows unsaved edits of the prompt, and shows a template error as a message", async () => {
    const editor = await vscode.window.showTextDocument(prompt("email/welcome.md"));
    const original = editor.document.getText();
    const preview = (await vscode.commands.executeCommand<vscode.TextDocument>("copydesk.previewPrompt"))!;
    try {
      await replaceAll(editor.document, original.replace("End with one call to action.", "Name {{product}} twice: {{product}}."));
      await waitForPreview(preview, (t) => t.endsWith("trial of Acme Cloud.\nName Acme Cloud twice: Acme Cloud.\n"), "the edited text rendered");
      await replaceAll(editor.document, original.replace("End with one call to action.", "{{#audience}}Mention them."));
      const broken = await waitForPreview(preview, (t) => t.includes("cannot be rendered"), "the template error");
      assert.match(broken, /> \*\*The template cannot be rendered\.\*\* Line 2[0-9]: The template section \{\{#audience\}\} is never closed\. Add \{\{\/audience\}\} where it ends\.\n$/);
    } finally {
      // The file's own text again, as on disk (saving identical bytes leaves the file unchanged).
      await replaceAll(editor.document, original);
      await editor.document.save();
    }
    await waitForPreview(preview, (t) => t.endsWith(WELCOME_RENDERED), "the preview of the file as saved");
  });

  it("previews a prompt of the view, fills a placeholder for a variable without default or example, and refuses a file that is not a prompt", async () => {
    const extension = vscode.extensions.getExtension<CopydeskApi>("copydesk.copydesk")!;
    const view = (await extension.activate()).libraryView!;
    await vscode.commands.executeCommand("copydesk.showAllPrompts");
    try {
      const all = await collect(view);
      const teaser = all.find((n) => n.kind === "prompt" && n.entry.summary.id === "teaser")!;
      const preview = (await vscode.commands.executeCommand<vscode.TextDocument>("copydesk.previewPrompt", teaser))!;
      assert.ok(preview.getText().endsWith("---\n\n<!-- copydesk prompt: teaser@0.1.0 -->\nWrite a teaser post about Edge functions without naming the launch date.\n"), preview.getText());
    } finally {
      await vscode.commands.executeCommand("copydesk.showApprovedPrompts");
    }
    const draft = prompt("social/scratch.md");
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode("---\nid: scratch\ntitle: Scratch\nvariables:\n  topic: { description: The topic }\n---\nWrite about {{topic}} and {{mood}}.\n"));
    try {
      const preview = (await vscode.commands.executeCommand<vscode.TextDocument>("copydesk.previewPrompt", draft))!;
      const text = preview.getText();
      assert.match(text, /> \*\*This prompt has problems\*\* \(and \d+ more problems?\); the preview uses what is valid\./);
      assert.match(text, /\| `topic` \| ⟨topic⟩ \(no default or example\) \|\n\| `mood` \| ⟨mood⟩ \(not declared\) \|\n/);
      assert.ok(text.endsWith("---\n\nWrite about ⟨topic⟩ and ⟨mood⟩.\n"), `no stamp without a version:\n${text}`);
    } finally {
      await vscode.workspace.fs.delete(draft);
    }
    const readme = await vscode.commands.executeCommand("copydesk.previewPrompt", prompt("README.md"));
    assert.equal(readme, undefined, "README.md is not a prompt");
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === "copydesk-preview" && d.uri.query.endsWith("README.md")));
  });
});

async function collect(view: NonNullable<CopydeskApi["libraryView"]>, node?: Parameters<NonNullable<CopydeskApi["libraryView"]>["getChildren"]>[0]) {
  const out: Awaited<ReturnType<NonNullable<CopydeskApi["libraryView"]>["getChildren"]>> = [];
  for (const child of await view.getChildren(node)) {
    out.push(child);
    out.push(...(await collect(view, child)));
  }
  return out;
}
