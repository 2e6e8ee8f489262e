import { strict as assert } from "node:assert";
import { buildReport, type FileReport } from "../../../src/core/report/model.js";
import { formatJson } from "../../../src/core/report/formatters/json.js";
import { formatStylish } from "../../../src/core/report/formatters/stylish.js";
import { formatSarif } from "../../../src/core/report/formatters/sarif.js";
import { formatHtmlReport } from "../../../src/core/report/formatters/html.js";
import { formatMarkdownReport } from "../../../src/core/report/formatters/markdown.js";

/** One synthetic result, shared by every formatter test. */
const files: FileReport[] = [
  {
    path: "email/welcome.md",
    channel: "email",
    findings: [
      { rule: "claims/superlative", severity: "warning", message: "“best” is a superlative <claim>.", line: 3, column: 12, endLine: 3, endColumn: 16, range: [40, 44], fix: { range: [40, 44], text: "good" } },
      { rule: "claims/health", severity: "error", message: "Health | claim.", line: 5, column: 1, endLine: 5, endColumn: 6, range: [60, 65] },
    ],
    suppressed: [
      { rule: "tone/passive", severity: "warning", message: "Passive.", line: 8, column: 1, endLine: 8, endColumn: 9, range: [80, 88], reason: "quoted customer email", suppressionLine: 7 },
      { rule: "claims/statistic", severity: "warning", message: "Stat.", line: 10, column: 1, endLine: 10, endColumn: 4, range: [90, 93], reason: "", suppressionLine: 9 },
    ],
  },
  { path: "web/clean.md", channel: undefined, findings: [], suppressed: [] },
];
const report = buildReport(files);
const docOptions = { title: "QA report", generatedAt: "2026-11-22T10:00:00Z", docsUrl: (r: string) => `https://docs.example/${r}.md` };

describe("formatters", () => {
  it("summarises by severity", () => {
    assert.deepEqual(report.summary, { files: 2, errors: 1, warnings: 1, infos: 0, hints: 0 });
  });

  it("json prints the specification's shape", () => {
    const json = JSON.parse(formatJson(report));
    assert.deepEqual(json.files[0].findings[0], { rule: "claims/superlative", severity: "warning", message: "“best” is a superlative <claim>.", line: 3, column: 12, endLine: 3, endColumn: 16, fix: { range: [40, 44], text: "good" } });
    assert.equal(json.files[1].findings.length, 0);
    assert.equal(json.version, 1);
  });

  it("stylish prints aligned rows and a summary, and colours only when asked", () => {
    const plain = formatStylish(report, { color: false });
    assert.equal(plain.split("\n")[0], "email/welcome.md");
    assert.match(plain, /^ {2}3:12 {2}warning {2}“best” is a superlative <claim>\. {2}claims\/superlative$/m);
    assert.match(plain, /^ {2}5:1 {3}error {4}Health \| claim\. {2}claims\/health$/m);
    assert.match(plain, /✖ 2 problems \(1 error, 1 warning, 0 infos\) in 2 files/);
    assert.doesNotMatch(plain, /\u001b\[/);
    assert.match(formatStylish(report, { color: true }), /\u001b\[31m/);
    assert.match(formatStylish(buildReport([files[1]!]), { color: false }), /✔ 1 file checked, no problems/);
  });

  it("sarif links results to rules and carries fixes", () => {
    const sarif = JSON.parse(formatSarif(report, { toolVersion: "1.2.3", informationUri: "https://x.example", rules: [{ id: "claims/health", description: "Health claims", defaultSeverity: "error", helpUri: "https://x.example/h" }] }));
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.version, "1.2.3");
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ["claims/health", "claims/superlative"]);
    assert.equal(run.results[0].ruleIndex, 1);
    assert.equal(run.results[1].level, "error");
    assert.deepEqual(run.results[0].fixes[0].artifactChanges[0].replacements[0], { deletedRegion: { charOffset: 40, charLength: 4 }, insertedContent: { text: "good" } });
    assert.equal(run.columnKind, "utf16CodeUnits");
  });

  it("the HTML report is self-contained, escaped, charted, and lists suppressions with reasons", () => {
    const html = formatHtmlReport(report, docOptions);
    assert.match(html, /<svg role="img" aria-label="Findings by rule"/);
    assert.match(html, /&#60;claim&#62;/);
    assert.doesNotMatch(html, /<claim>/);
    assert.doesNotMatch(html, /<script|src="http/);
    assert.match(html, /quoted customer email/);
    assert.match(html, /no reason given/);
    assert.match(html, /href="https:\/\/docs\.example\/claims\/health\.md"/);
  });

  it("the Markdown report has totals, findings and the audit trail", () => {
    const md = formatMarkdownReport(report, docOptions);
    assert.match(md, /^\| error \| 1 \|$/m);
    assert.match(md, /^\| email \| 2 \|$/m);
    assert.match(md, /^\| 5:1 \| error \| claims\/health \| Health \\\| claim\. \|$/m);
    assert.match(md, /^\| email\/welcome\.md \| 8 \| tone\/passive \| quoted customer email \| Passive\. \|$/m);
    assert.match(md, /\*\*no reason given\*\*/);
  });
});
