import { strict as assert } from "node:assert";
import { checkLibrary } from "../../src/core/library/check.js";
import { contentSecurityPolicy, healthPage, reviewsChart, rulesChart, statusChart } from "../../src/core/library/health-html.js";
import { code, formatHealthSummary, prose } from "../../src/core/library/health-summary.js";
import { daysBetween, libraryHealth, provenanceStamps, type CopyFile, type LibraryHealth } from "../../src/core/library/health.js";
import { config, library, prompt, ROOT, withHash } from "./support.js";

const TODAY = "2026-11-22";

/** A library with one prompt for every case the health model counts. */
const FILES: Record<string, string> = {
  "prompts/a.md": prompt({ id: "a", extra: "reviewBy: 2026-11-01\n" }),
  "prompts/b.md": prompt({ id: "b", extra: "reviewBy: 2026-12-10\n" }),
  "prompts/today.md": prompt({ id: "today", extra: `reviewBy: ${TODAY}\n` }),
  "prompts/edge.md": prompt({ id: "edge", extra: "reviewBy: 2026-12-22\n" }),
  "prompts/later.md": prompt({ id: "later", extra: "reviewBy: 2026-12-23\n" }),
  "prompts/c.md": prompt({ id: "c" }),
  "prompts/stale.md": prompt({ id: "stale", extra: "reviewBy: 2099-01-01\n" }).replace("Write a welcome email", "Write a warm welcome email"),
  "prompts/missing.md": prompt({ id: "missing", extra: "reviewBy: 2099-01-01\n" }).replace("version: 1.2.0", "version: 1.3.0"),
  "prompts/unscheduled.md": prompt({ id: "unscheduled", status: "review" }).replace("status: review", "status: approved"),
  "prompts/orphan.md": prompt({ id: "orphan", status: "draft" }).replace(/^owner: .*\n/m, ""),
  "prompts/rev.md": prompt({ id: "rev", status: "review" }),
  "prompts/old.md": prompt({ id: "old", status: "deprecated", extra: "replacedBy: a\n" }),
  "prompts/gone.md": prompt({ id: "gone", status: "retired" }),
  "prompts/README.md": "# Our prompts\n",
};

const COPY: CopyFile[] = [
  { path: `${ROOT}/copy/one.md`, text: "# Spring\n\n<!-- copydesk prompt: old@1.2.0 -->\nHello.\n\n  <!-- copydesk prompt: a@1.2.0 -->\n" },
  { path: `${ROOT}/copy/two.md`, text: "---\ntitle: Two\nprompt: gone@1.2.0\n---\nText.\n" },
  { path: `${ROOT}/copy/three.txt`, text: "<!-- copydesk prompt: nobody@1.0.0 -->\nPlain text.\n" },
  { path: `${ROOT}/copy/none.md`, text: "No stamp here: `copydesk prompt: old` in code is not a comment.\n" },
];

async function model(copy: readonly CopyFile[] = COPY, files: Record<string, string> = FILES, today = TODAY): Promise<LibraryHealth> {
  const index = await library(files);
  const checks = await checkLibrary(index, { config: config(), today });
  return libraryHealth({ checks, library: index, config: config(), today, copy });
}

describe("library health: the model", () => {
  it("counts prompts by status, in lifecycle order, with invalid statuses apart", async () => {
    const h = await model();
    assert.equal(h.prompts, 13, "README.md is not a prompt");
    assert.deepEqual(h.byStatus, [
      { status: "draft", count: 1 },
      { status: "review", count: 1 },
      { status: "approved", count: 9 },
      { status: "deprecated", count: 1 },
      { status: "retired", count: 1 },
      { status: "invalid", count: 0 },
    ]);
    const broken = await model([], { "prompts/x.md": prompt({ id: "x" }).replace("status: approved", "status: live") });
    assert.deepEqual(broken.byStatus.filter((s) => s.count > 0), [{ status: "invalid", count: 1 }]);
  });

  it("puts reviews overdue (before today), due (today to 30 days) and on schedule apart, with file and line", async () => {
    const h = await model();
    assert.deepEqual(
      h.reviews.overdue.map((r) => [r.id, r.due, r.days, r.from, r.shown, r.line]),
      [["a", "2026-11-01", -21, "reviewBy", "prompts/a.md", 13]],
    );
    assert.deepEqual(
      h.reviews.due.map((r) => [r.id, r.due, r.days, r.from]),
      [["today", TODAY, 0, "reviewBy"], ["b", "2026-12-10", 18, "reviewBy"], ["edge", "2026-12-22", 30, "reviewBy"]],
    );
    // later (31 days), c (approved 2026-10-02 + 180 days), stale and missing (2099).
    assert.equal(h.reviews.ok, 4);
    assert.equal(h.reviews.unscheduled, 1, "approved without reviewBy or a librarian approval");
  });

  it("dates the review from the last approval plus library.reviewEveryDays when there is no reviewBy", async () => {
    const h = await model([], { "prompts/c.md": prompt({ id: "c" }) }, "2027-03-20");
    assert.deepEqual(h.reviews.due.map((r) => [r.id, r.due, r.days, r.from, r.line]), [["c", "2027-03-31", 11, "approval", 16]]);
    const late = await model([], { "prompts/c.md": prompt({ id: "c" }) }, "2027-04-01");
    assert.deepEqual(late.reviews.overdue.map((r) => [r.id, r.days]), [["c", -1]]);
    assert.deepEqual(late.findings.byRule.map((r) => r.rule), ["library/review-overdue"], "the same date as the rule");
  });

  it("lists stale and missing approvals from the governance results, and prompts without an owner", async () => {
    const h = await model();
    assert.deepEqual(h.staleApprovals.map((f) => [f.id, f.shown, f.line, f.severity]), [["stale", "prompts/stale.md", 19, "error"]]);
    assert.deepEqual(h.approvalsMissing.map((f) => [f.id, f.shown]), [["missing", "prompts/missing.md"], ["unscheduled", "prompts/unscheduled.md"]]);
    assert.deepEqual(h.withoutOwner.map((p) => [p.id, p.status, p.shown, p.line]), [["orphan", "draft", "prompts/orphan.md", 2]]);
  });

  it("finds deprecated and retired prompts named by stamps in the copy, with file and line", async () => {
    const h = await model();
    assert.equal(h.stamps, 4);
    assert.equal(h.copyFiles, 4);
    assert.deepEqual(h.deprecatedInUse, [
      { path: `${ROOT}/copy/one.md`, shown: "copy/one.md", line: 3, column: 23, ref: "old@1.2.0", id: "old", status: "deprecated", replacedBy: "a", prompt: { path: `${ROOT}/prompts/old.md`, shown: "prompts/old.md", title: "Welcome email for new trial users" } },
      { path: `${ROOT}/copy/two.md`, shown: "copy/two.md", line: 3, column: 9, ref: "gone@1.2.0", id: "gone", status: "retired", replacedBy: undefined, prompt: { path: `${ROOT}/prompts/gone.md`, shown: "prompts/gone.md", title: "Welcome email for new trial users" } },
    ]);
    const shown = await model(COPY.slice(0, 1), { "prompts/old.md": FILES["prompts/old.md"]! });
    assert.equal(shown.deprecatedInUse[0]!.replacedBy, "a", "replacedBy is reported even when the replacement is not in the library");
  });

  it("counts the governance findings by severity and by rule, errors first", async () => {
    const h = await model();
    assert.deepEqual(
      { errors: h.findings.errors, warnings: h.findings.warnings, infos: h.findings.infos, hints: h.findings.hints },
      { errors: 2, warnings: 3, infos: 0, hints: 0 },
    );
    assert.deepEqual(h.findings.byRule, [
      { rule: "library/approval-stale", errors: 1, warnings: 0, infos: 0, hints: 0, total: 1 },
      { rule: "library/schema", errors: 1, warnings: 0, infos: 0, hints: 0, total: 1 },
      { rule: "library/approval-missing", errors: 0, warnings: 2, infos: 0, hints: 0, total: 2 },
      { rule: "library/review-overdue", errors: 0, warnings: 1, infos: 0, hints: 0, total: 1 },
    ]);
    assert.deepEqual(h.findings.list.map((f) => `${f.shown}:${f.line} ${f.rule}`), [
      "prompts/a.md:13 library/review-overdue",
      "prompts/missing.md:6 library/approval-missing",
      "prompts/orphan.md:1 library/schema",
      "prompts/stale.md:19 library/approval-stale",
      "prompts/unscheduled.md:6 library/approval-missing",
    ]);
  });

  it("shows paths as the caller says (the CLI: relative to its working folder)", async () => {
    const index = await library({ "prompts/a.md": FILES["prompts/a.md"]! });
    const checks = await checkLibrary(index, { config: config(), today: TODAY });
    const h = libraryHealth({ checks, library: index, config: config(), today: TODAY, copy: [], show: (p) => p.replace(`${ROOT}/`, "../ws/") });
    assert.equal(h.reviews.overdue[0]!.shown, "../ws/prompts/a.md");
  });

  it("reads stamps from comments and front matter (a mapping too), in order, and ignores code", () => {
    assert.deepEqual(provenanceStamps(COPY[0]!), [
      { id: "old", version: "1.2.0", ref: "old@1.2.0", line: 3, column: 23 },
      { id: "a", version: "1.2.0", ref: "a@1.2.0", line: 6, column: 25 },
    ]);
    assert.deepEqual(provenanceStamps({ path: "/x.md", text: "---\nprompt: { id: old, version: 2 }\n---\n" }).map((s) => s.ref), ["old@2"]);
    assert.deepEqual(provenanceStamps({ path: "/x.md", text: "```\n<!-- copydesk prompt: old -->\n```\n" }), []);
  });

  it("counts days across months and years", () => {
    assert.equal(daysBetween("2026-11-22", "2027-01-01"), 40);
    assert.equal(daysBetween("2026-03-01", "2026-02-28"), -1);
  });
});

describe("library health: the Markdown summary", () => {
  it("escapes HTML outside code spans and fences code that holds backticks", () => {
    assert.equal(prose("Use `a <b>` & <script>x</script>\nnow"), "Use `a <b>` &amp; &lt;script&gt;x&lt;/script&gt; now");
    assert.equal(code("a`b"), "`` a`b ``");
    assert.equal(code("plain"), "`plain`");
  });

  it("says ✅ when clean, ⚠️ for warnings or deprecated stamps, ❌ for errors", async () => {
    const clean = formatHealthSummary(await model([], { "prompts/b.md": prompt({ id: "b", extra: "reviewBy: 2099-01-01\n" }) }));
    assert.match(clean, /^## Prompt library health\n\n✅ \*\*No errors or warnings\*\* in 1 prompt\.\n/);
    const used = formatHealthSummary(await model(COPY.slice(0, 1), { "prompts/old.md": FILES["prompts/old.md"]!, "prompts/a.md": prompt({ id: "a", extra: "reviewBy: 2099-01-01\n" }) }));
    assert.match(used, /\n⚠️ \*\*No errors or warnings\*\* in 2 prompts, but 1 provenance stamp in the copy names a deprecated or retired prompt\.\n/);
    const warned = formatHealthSummary(await model([], { "prompts/a.md": FILES["prompts/a.md"]! }));
    assert.match(warned, /\n⚠️ \*\*1 problem\*\* \(0 errors, 1 warning, 0 infos\) in 1 prompt\.\n/);
    assert.match(formatHealthSummary(await model()), /\n❌ \*\*5 problems\*\* \(2 errors, 3 warnings, 0 infos\) in 13 prompts\. 2 provenance stamps in the copy name a deprecated or retired prompt\.\n/);
  });

  it("folds long lists into <details> and lists only the first findings", async () => {
    const text = formatHealthSummary(await model(), { limit: 2, fold: 2, docsUrl: (r) => `https://docs.example/${r}` });
    assert.match(text, /### Reviews due within 30 days\n\n<details><summary>3 items<\/summary>\n\n- `today` `prompts\/today\.md:13`: due 2026-11-22 \(today; `reviewBy`\)\n/);
    assert.match(text, /### Reviews overdue\n\n- `a` `prompts\/a\.md:13`: due 2026-11-01 \(21 days ago; `reviewBy`\)\n\n/);
    assert.match(text, /\| \[library\/approval-stale\]\(https:\/\/docs\.example\/library\/approval-stale\) \| 1 \| 0 \| 0 \| 1 \|/);
    assert.match(text, /### Findings\n\n- ⚠️ `prompts\/a\.md:13:\d+` \*\*library\/review-overdue\*\*: a was due for review on 2026-11-01\..*\n- ⚠️ `prompts\/missing\.md:6:\d+` \*\*library\/approval-missing\*\*: .*\n\n…and 3 more\. Run `copydesk library check` to see them all\.\n$/);
    assert.match(text, /- `copy\/one\.md:3` names `old@1\.2\.0` \(deprecated; use `a` instead\)\n- `copy\/two\.md:3` names `gone@1\.2\.0` \(retired\)\n/);
  });
});

describe("library health: the panel's page", () => {
  const options = { cspSource: "https://file+.vscode-resource.example", nonce: "n0nce", styleUri: "vscode-resource:/media/health/health.css", scriptUri: "vscode-resource:/media/health/health.js" };

  it("has a strict Content-Security-Policy, one script by nonce, and no inline style", async () => {
    const html = healthPage([{ label: "ws", health: await model() }], options);
    assert.equal(contentSecurityPolicy("SRC", "N"), "default-src 'none'; img-src SRC data:; style-src SRC; script-src 'nonce-N';");
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src ${options.cspSource} data:; style-src ${options.cspSource}; script-src &#39;nonce-n0nce&#39;;">`));
    assert.equal([...html.matchAll(/<script\b/g)].length, 1);
    assert.match(html, /<script nonce="n0nce" src="vscode-resource:\/media\/health\/health\.js"><\/script>/);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  });

  it("draws the charts and tables, with a link for every prompt and copy file", async () => {
    const html = healthPage([{ label: "ws", health: await model() }], options);
    assert.match(html, /<svg class="chart status-chart"[^>]*>.*<g class="row" data-status="approved"><text class="label" x="0" y="\d+">approved<\/text><rect class="bar status-approved" x="190" y="\d+" width="260"/);
    assert.match(html, /<svg class="chart reviews-chart"[^>]*>.*<text class="total" x="70" y="76" text-anchor="middle">9<\/text>/);
    assert.match(html, /<g class="legend" data-review="overdue">.*overdue: 1<\/text>/);
    assert.match(html, /<svg class="chart rules-chart"[^>]*><g class="row" data-rule="library\/approval-stale">/);
    assert.match(html, /<a href="#" class="open" data-path="\/ws\/copy\/one\.md" data-line="3" data-column="23" title="\/ws\/copy\/one\.md:3">copy\/one\.md:3<\/a>/);
    assert.match(html, /<table data-table="without-owner">.*data-path="\/ws\/prompts\/orphan\.md" data-line="2"/);
    assert.match(html, /<div class="card warn" data-count="deprecated prompts in use"><b>2<\/b>/);
    assert.doesNotMatch(html, /<h2 class="library-name">/, "one library: no library heading");
  });

  it("escapes titles, ids and messages with <, & and quotes", async () => {
    const title = `Tips <b>bold</b> & "quotes" 'too'`;
    const text = withHash(prompt({ id: "tips", extra: "reviewBy: 2026-11-01\n" }).replace("title: Welcome email for new trial users", `title: ${JSON.stringify(title)}`));
    const html = healthPage([{ label: `A&B <lib>`, health: await model([], { "prompts/tips.md": text }) }, { label: "other", health: await model([], {}) }], { ...options, title: "Health <now>" });
    assert.ok(html.includes(`<span class="muted">Tips &#60;b&#62;bold&#60;/b&#62; &#38; &#34;quotes&#34; &#39;too&#39;</span>`));
    assert.ok(html.includes(`<h2 class="library-name">A&#38;B &#60;lib&#62;</h2>`));
    assert.ok(html.includes("<title>Health &#60;now&#62;</title>"));
    assert.doesNotMatch(html, /<b>bold|<lib>|<now>/);
  });

  it("charts empty libraries without dividing by zero", async () => {
    const empty = await model([], {});
    assert.match(statusChart(empty), /width="1"/);
    assert.match(reviewsChart(empty), /<circle class="seg empty"/);
    assert.match(rulesChart(empty), /No governance findings/);
    assert.doesNotMatch(statusChart(empty) + reviewsChart(empty), /NaN|Infinity/);
    assert.match(healthPage([], options), /There is no prompt library in this workspace/);
  });
});
