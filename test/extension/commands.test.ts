import { strict as assert } from "node:assert";
import * as vscode from "vscode";
import { closeAllEditors, copydeskDiagnostics, ruleOf, workspaceRoot } from "./helpers.js";

// Files on disk that no test opens: blog/launch.md ("# AcmeCloud is live", "Signup", "cheap") and
// social/post.txt ("ACME Cloud", "signup"), plus the suppressed file written below.
const SUPPRESSED = "<!-- copydesk-disable-next-line terms/avoid -- price wording approved in LEGAL-7 -->\nOur cheapest plan.\n";

async function writeFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

describe("commands", () => {
  before(() => writeFile("blog/report-suppressed.md", SUPPRESSED));
  afterEach(closeAllEditors);

  it("Lint Workspace fills the Problems panel for files that are not open", async () => {
    const launch = vscode.Uri.joinPath(workspaceRoot(), "blog/launch.md");
    const post = vscode.Uri.joinPath(workspaceRoot(), "social/post.txt");
    const readme = vscode.Uri.joinPath(workspaceRoot(), "README.md");
    assert.ok(!isOpen(launch) && !isOpen(post), "the files are not open");
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number; cancelled: boolean }>("copydesk.lintWorkspace");
    assert.ok(summary, "the command resolves to a summary");
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 3, `${summary.files} files linted`);
    assert.ok(summary.errors >= 1 && summary.warnings >= 4, `${summary.errors} errors, ${summary.warnings} warnings`);
    // The glossary's findings (the other rules may add their own on this copy).
    const rules = (uri: vscode.Uri) =>
      copydeskDiagnostics(uri)
        .filter((d) => ruleOf(d)?.startsWith("terms/"))
        .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)}`);
    assert.deepEqual(rules(launch), ["1:3 terms/use", "3:1 terms/use", "3:42 terms/avoid"]);
    assert.deepEqual(rules(post), ["1:1 terms/use", "1:21 terms/use"]);
    assert.equal(copydeskDiagnostics(launch, "terms/avoid")[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(copydeskDiagnostics(readme), [], "files.exclude leaves README.md out");
    assert.ok(!isOpen(launch), "Lint Workspace does not open files");
  });

  it("exports the QA report as self-contained HTML", async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), "..", "qa-report.html");
    const written = await vscode.commands.executeCommand<vscode.Uri>("copydesk.exportReport", target);
    assert.equal(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<title>Copydesk QA report — Acme Cloud<\/title>/);
    assert.match(html, /default-src 'none'/, "no scripts or remote resources");
    assert.match(html, /<h3>By rule<\/h3><svg role="img" aria-label="Findings by rule"/, "a chart of totals by rule");
    assert.match(html, /<h3>blog\/launch\.md<\/h3>/);
    assert.match(html, /<td class="num">3:42<\/td><td><span class="sev error">error<\/span><\/td><td><a href="[^"]+terms\/avoid\.md">terms\/avoid<\/a><\/td>/);
    assert.match(html, /<td>blog\/report-suppressed\.md<\/td><td class="num">2<\/td><td>terms\/avoid<\/td><td>price wording approved in LEGAL-7<\/td>/, "the suppression with its reason");
    assert.doesNotMatch(html, /README\.md/);
  });

  it("exports the QA report as Markdown when the file ends in .md", async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), "..", "qa-report.md");
    await vscode.commands.executeCommand("copydesk.exportReport", target);
    const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(markdown, /^# Copydesk QA report — Acme Cloud\n/);
    assert.match(markdown, /\| \[terms\/use\]\([^)]+terms\/use\.md\) \| \d+ \|/);
    assert.match(markdown, /### social\/post\.txt\n\n\| line \| severity \| rule \| message \|\n\| ---: \| --- \| --- \| --- \|\n/);
    assert.match(markdown, /\n\| 1:1 \| warning \| terms\/use \| Write "Acme Cloud", not "ACME Cloud"\. [^\n]*\|\n/);
    assert.match(markdown, /\| blog\/report-suppressed\.md \| 2 \| terms\/avoid \| price wording approved in LEGAL-7 \|/);
  });
});
