import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { closeAllEditors, hoverText, openCopy, poll, ruleOf, waitForDiagnostics } from "./helpers.js";

// The fixture's claims.yaml: CLM-001 ("99.99% uptime", SLA report 2026-Q2, expires 2099-12-31) and
// CLM-002 ("carbon neutral", expired 2020-01-31).

async function hoverAt(uri: vscode.Uri, position: vscode.Position, expect: RegExp): Promise<string> {
  let last = "";
  return poll(
    async () => {
      last = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, position)) ?? []);
      return expect.test(last) ? last : undefined;
    },
    `a hover matching ${expect}`,
    10000,
    () => last || "no hover",
  );
}

describe("hover", () => {
  afterEach(closeAllEditors);

  it("explains a finding: rule, description, message, how to clear it, documentation", async () => {
    const text = "We moved to AcmeCloud.\n";
    const editor = await openCopy("blog/hover-finding.md", text);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === "terms/use"), "a terms/use diagnostic");
    const hover = await hoverAt(uri, editor.document.positionAt(text.indexOf("AcmeCloud") + 3), /terms\/use/);
    assert.match(hover, /Copydesk · `terms\/use`\*\* \(warning\) — Use the brand glossary's approved form/);
    assert.match(hover, /Write "Acme Cloud", not "AcmeCloud"\./, "the finding's message");
    assert.match(hover, /\*\*How to clear it:\*\* Apply the quick fix, or type the approved form\./, "from docs/rules/terms/use.md");
    assert.match(hover, /\[Rule documentation\]\(https:\/\/github\.com\/copydesk\/copydesk\/blob\/main\/docs\/rules\/terms\/use\.md\)/);
  });

  it("shows the register entry of an approved claim reference", async () => {
    const text = "<!-- copydesk claim: CLM-001 -->\nAcme Cloud runs at 99.99% uptime.\n";
    const editor = await openCopy("blog/hover-claim.md", text);
    const hover = await hoverAt(editor.document.uri, editor.document.positionAt(text.indexOf("CLM-001") + 2), /Claim CLM-001/);
    assert.match(hover, /\*\*Claim CLM-001\*\*: approved until 2099-12-31/);
    assert.match(hover, /- Text: "99\.99% uptime"/);
    assert.match(hover, /- Evidence: SLA report 2026-Q2/);
    assert.match(hover, /- Approved by: Legal \\<legal@acme\.example\\>/);
    assert.match(hover, /- Expires: 2099-12-31/);
    assert.match(hover, /- Channels: all/);
  });

  it("says when a referenced claim has expired", async () => {
    const text = "<!-- copydesk claim: CLM-002 -->\nOur offices are carbon neutral.\n";
    const editor = await openCopy("blog/hover-expired.md", text);
    const hover = await hoverAt(editor.document.uri, editor.document.positionAt(text.indexOf("CLM-002")), /Claim CLM-002/);
    assert.match(hover, /\*\*expired\*\* on 2020-01-31/);
    assert.match(hover, /- Evidence: Offset certificates 2019/);
  });

  it("says when a referenced claim is not in the register", async () => {
    const text = "<!-- copydesk claim: CLM-999 -->\nThe fastest hosting.\n";
    const editor = await openCopy("blog/hover-unknown.md", text);
    const hover = await hoverAt(editor.document.uri, editor.document.positionAt(text.indexOf("CLM-999")), /Claim CLM-999/);
    assert.match(hover, /\*\*Claim CLM-999: unknown\.\*\* This id is not in the claims register \(claims\.yaml\)/);
  });
});
