import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cliCases, runCli, type CliCase } from "../support/cli.js";
import { parsePrompt } from "../../src/core/library/prompt.js";

const run = (args: string[], cwd: string) => runCli(args, cwd);

const SCENARIOS = resolve("test/cli/scenarios");
const clean = `${SCENARIOS}/library-clean`;
const problems = `${SCENARIOS}/library-problems`;


const cases: CliCase[] = [
  { name: "check: a clean library exits 0", args: ["library", "check"], cwd: clean, exitCode: 0, check: ({ stdout }) => assert.match(stdout, /4 files checked, no problems/) },
  {
    name: "check: stylish golden lines, exit 1",
    args: ["library", "check"], cwd: problems, exitCode: 1,
    check: ({ stdout }) => {
      const lines = stdout.split("\n").filter((l) => /^\s+\d+:\d+/.test(l)).map((l) => l.trim().replace(/\s{2,}.*\s{2,}/, " ").replace(/\s+/g, " "));
      assert.deepEqual(lines, [
        "10:3 library/unused-variable", "12:26 library/undeclared-variable", "12:49 library/secret", "13:17 library/pii",
        "2:5 library/duplicate-id", "8:1 library/schema", "2:5 library/duplicate-id", "6:9 library/replacement-missing",
      ]);
      assert.match(stdout, /✖ 8 problems \(5 errors, 2 warnings, 1 info\) in 3 files/);
    },
  },
  {
    name: "check: json has the lint shape",
    args: ["library", "check", "--format", "json", "prompts/api-helper.md"], cwd: problems, exitCode: 1,
    check: ({ stdout }) => {
      const json = JSON.parse(stdout);
      assert.equal(json.version, 1);
      assert.deepEqual(json.files.map((f: { path: string }) => f.path), ["prompts/api-helper.md"]);
      assert.deepEqual(json.summary, { files: 1, errors: 2, warnings: 1, infos: 1, hints: 0 });
      assert.deepEqual(Object.keys(json.files[0].findings[0]), ["rule", "severity", "message", "line", "column", "endLine", "endColumn"]);
      assert.deepEqual(json.files[0].findings[1], { ...json.files[0].findings[1], rule: "library/undeclared-variable", line: 12, column: 26, endLine: 12, endColumn: 37 });
    },
  },
  {
    name: "check: sarif 2.1.0 with the governance rules",
    args: ["library", "check", "--format", "sarif"], cwd: problems, exitCode: 1,
    check: ({ stdout }) => {
      const sarif = JSON.parse(stdout);
      assert.equal(sarif.version, "2.1.0");
      const ids = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
      assert.ok(ids.includes("library/secret") && ids.includes("library/duplicate-id"));
      assert.equal(sarif.runs[0].results.length, 8);
    },
  },
  { name: "check: an unknown format is a usage error", args: ["library", "check", "--format", "html"], cwd: clean, exitCode: 2 },
  { name: "check: a missing path is a usage error", args: ["library", "check", "nope"], cwd: clean, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /No such file or folder: nope/) },
  {
    name: "list: a table of every prompt",
    args: ["library", "list"], cwd: clean, exitCode: 0,
    check: ({ stdout }) => {
      assert.match(stdout, /^ID +VERSION +STATUS +CHANNEL +TITLE$/m);
      assert.match(stdout, /^welcome-email +1\.2\.0 +approved +email +Welcome email for new trial users$/m);
      assert.match(stdout, /4 prompts\n$/);
    },
  },
  {
    name: "list: json in the specification's shape, filtered",
    args: ["library", "list", "--format", "json", "--status", "approved", "--tag", "trial"], cwd: clean, exitCode: 0,
    check: ({ stdout }) =>
      assert.deepEqual(JSON.parse(stdout), {
        version: 1,
        prompts: [{ id: "welcome-email", title: "Welcome email for new trial users", version: "1.2.0", status: "approved", channel: "email", tags: ["onboarding", "trial"], owner: "Dana Reyes <dana@acme.example>", path: "prompts/email/welcome-email.md" }],
      }),
  },
  { name: "list: --channel filters", args: ["library", "list", "--format", "json", "--channel", "social"], cwd: clean, exitCode: 0, check: ({ stdout }) => assert.deepEqual(JSON.parse(stdout).prompts.map((p: { id: string }) => p.id), ["social-post"]) },
  { name: "list: an unknown status is a usage error", args: ["library", "list", "--status", "live"], cwd: clean, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /Unknown status "live"/) },
  {
    name: "show: text with variables, approvals and the template",
    args: ["library", "show", "welcome-email"], cwd: clean, exitCode: 0,
    check: ({ stdout }) => {
      assert.match(stdout, /^welcome-email 1\.2\.0 — Welcome email for new trial users$/m);
      assert.match(stdout, /^ {2}tone +Voice \(optional; one of: friendly, formal; default: friendly\)$/m);
      assert.match(stdout, /2026-10-02 +librarian +1\.2\.0 +Dana Reyes <dana@acme\.example> +\(current\)/);
      assert.match(stdout, /^ {2}Write a welcome email for \{\{audience\}\}/m);
    },
  },
  {
    name: "show: json",
    args: ["library", "show", "launch-announcement", "--format", "json"], cwd: clean, exitCode: 0,
    check: ({ stdout }) => {
      const { prompt } = JSON.parse(stdout);
      assert.equal(prompt.risk, "high");
      assert.deepEqual(prompt.approvals.map((a: { role: string }) => a.role), ["legal", "librarian"]);
      assert.equal(prompt.hash, prompt.approvals[0].hash);
    },
  },
  { name: "show: an unknown id suggests close matches", args: ["library", "show", "welcome"], cwd: clean, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /No prompt "welcome" in the library \(prompts\)\. Did you mean welcome-email/) },
  {
    name: "render: fills variables and stamps the text",
    args: ["library", "render", "welcome-email", "--var", "audience=IT managers", "--var", "tone=formal"], cwd: clean, exitCode: 0,
    check: ({ stdout, stderr }) => {
      assert.equal(stdout, "<!-- copydesk prompt: welcome-email@1.2.0 -->\nWrite a welcome email for IT managers who just started a trial of Acme Cloud.\n\nKeep the tone formal. Use at most 120 words and end with one call to action.\n");
      assert.equal(stderr, "");
    },
  },
  {
    name: "render: every missing or invalid value at once, exit 2",
    args: ["library", "render", "welcome-email", "--var", "tone=loud"], cwd: clean, exitCode: 2,
    check: ({ stderr, stdout }) => {
      assert.equal(stdout, "");
      assert.match(stderr, /`audience` is required/);
      assert.match(stderr, /`tone` must be one of "friendly", "formal", not "loud"/);
    },
  },
  { name: "render: a deprecated prompt renders with a warning", args: ["library", "render", "old-welcome", "--var", "product=Acme"], cwd: clean, exitCode: 0, check: ({ stderr }) => assert.match(stderr, /old-welcome is deprecated; use welcome-email instead/) },
  { name: "render: --var needs name=value", args: ["library", "render", "welcome-email", "--var", "audience"], cwd: clean, exitCode: 2 },
  { name: "an unknown verb is a usage error", args: ["library", "publish"], cwd: clean, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /Unknown library verb "publish"/) },
  { name: "library with no verb prints its usage and exits 2", args: ["library"], cwd: clean, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /Usage: copydesk library <verb>/) },
  { name: "library --help exits 0", args: ["library", "approve", "--help"], cwd: clean, exitCode: 0, check: ({ stdout }) => assert.match(stdout, /approve ID \[--by "Name <email>"\]/) },
  { name: "bump needs a level", args: ["library", "bump", "welcome-email", "huge"], cwd: clean, exitCode: 2, check: ({ stderr }) => assert.match(stderr, /needs patch, minor or major, not "huge"/) },
  { name: "deprecate needs --replaced-by", args: ["library", "deprecate", "welcome-email"], cwd: clean, exitCode: 2 },
  { name: "approve refuses a role it does not know", args: ["library", "approve", "welcome-email", "--role", "ceo"], cwd: clean, exitCode: 2 },
  {
    name: "lint reports copy stamped with a deprecated prompt",
    args: ["lint", "--format", "json"], cwd: clean, exitCode: 1,
    check: ({ stdout }) => {
      const json = JSON.parse(stdout);
      const rules = json.files.flatMap((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));
      assert.deepEqual(rules, ["library/deprecated-prompt"]);
    },
  },
];

describe("copydesk library (in process)", () => {
  cliCases(cases);
});

describe("copydesk library lifecycle verbs (on a copy of the scenario)", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "copydesk-library-"));
    cpSync(clean, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(dir, path), "utf8");

  it("new --template → submit → approve, refusing a draft and a non-librarian", async () => {
    let out = await run(["library", "new", "spring-sale", "--template", "welcome-email"], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /Created prompts\/spring-sale\.md \(draft spring-sale 0\.1\.0, from welcome-email\)/);
    const created = read("prompts/spring-sale.md");
    assert.match(created, /^status: draft +# draft \| review/m);
    assert.doesNotMatch(created, /approvals:/);

    assert.equal((await run(["library", "approve", "spring-sale", "--by", "Dana Reyes <dana@acme.example>"], dir)).code, 1, "a draft cannot be approved");
    assert.equal((await run(["library", "submit", "spring-sale"], dir)).code, 0);
    out = await run(["library", "approve", "spring-sale", "--by", "Max <max@acme.example>"], dir);
    assert.equal(out.code, 1);
    assert.match(out.stderr, /Max <max@acme\.example> is not a librarian/);
    out = await run(["library", "approve", "spring-sale", "--by", "dana@acme.example"], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /Dana Reyes <dana@acme\.example> approved spring-sale 0\.1\.0 as librarian; it is now approved\./);
    assert.equal((await run(["library", "check"], dir)).code, 0, "the new prompt and the rest of the library are clean");
  });

  it("approve, bump, deprecate and retire change only their fields, and the library checks clean", async () => {
    const before = read("prompts/email/welcome-email.md");
    assert.equal((await run(["library", "bump", "welcome-email", "minor"], dir)).code, 0);
    const bumped = read("prompts/email/welcome-email.md");
    assert.equal(bumped, before.replace("version: 1.2.0                 # semver", "version: 1.3.0                 # semver"));
    assert.equal((await run(["library", "check"], dir)).code, 1, "approval-missing for 1.3.0");
    assert.equal((await run(["library", "submit", "welcome-email"], dir)).code, 0);
    assert.equal((await run(["library", "approve", "welcome-email", "--by", "Dana Reyes <dana@acme.example>"], dir)).code, 0);
    const check = await run(["library", "check"], dir);
    assert.equal(check.code, 0, check.stdout);
    const approved = parsePrompt("/p.md", read("prompts/email/welcome-email.md"));
    assert.deepEqual(approved.fields.approvals?.map((a) => a.version), ["1.2.0", "1.3.0"]);
    assert.equal(approved.fields.reviewBy, "2027-05-21");

    assert.equal((await run(["library", "deprecate", "launch-announcement", "--replaced-by", "nope"], dir)).code, 1);
    assert.equal((await run(["library", "deprecate", "launch-announcement", "--replaced-by", "welcome-email"], dir)).code, 0);
    assert.match(read("prompts/web/launch-announcement.md"), /^status: deprecated\n[\s\S]*\nreplacedBy: welcome-email\n---\n/m);
    assert.equal((await run(["library", "retire", "launch-announcement"], dir)).code, 0);
    assert.match(read("prompts/web/launch-announcement.md"), /^status: retired$/m);
    assert.equal((await run(["library", "check"], dir)).code, 0);
  });

  it("approve takes the approver from git when --by is absent", async () => {
    execFileSync("git", ["init", "-q"], { cwd: dir });
    execFileSync("git", ["config", "user.name", "Dana Reyes"], { cwd: dir });
    execFileSync("git", ["config", "user.email", "dana@acme.example"], { cwd: dir });
    assert.equal((await run(["library", "submit", "social-post"], dir)).code, 0);
    const out = await run(["library", "approve", "social-post"], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.match(read("prompts/social-post.md"), /approvals:\n {2}- by: Dana Reyes <dana@acme\.example>\n {4}role: librarian\n {4}date: 2026-11-22\n {4}version: 0\.1\.0\n {4}hash: sha256:[0-9a-f]{64}\n---/);
  });

  it("new refuses an id in use or invalid, and writes the skeleton under --root", async () => {
    assert.equal((await run(["library", "new", "welcome-email"], dir)).code, 2);
    assert.equal((await run(["library", "new", "Bad Id"], dir)).code, 1);
    const out = await run(["library", "new", "webinar-invite", "--root", "prompts/events"], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.ok(existsSync(join(dir, "prompts/events/webinar-invite.md")));
    assert.equal((await run(["library", "check", "prompts/events"], dir)).code, 0);
  });

  it("check --base reports content changed since a git commit without a version bump", async () => {
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.com", ...args], { cwd: dir, stdio: "pipe" });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    const path = join(dir, "prompts/email/old-welcome.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("Write a welcome email", "Write a short welcome email"));
    const out = await run(["library", "check", "--base", "HEAD", "--format", "json"], dir);
    assert.equal(out.code, 1);
    const rules = JSON.parse(out.stdout).files.flatMap((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));
    assert.deepEqual(rules, ["library/version-not-bumped", "library/approval-stale"]);
    const bad = await run(["library", "check", "--base", "no-such-ref"], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--base no-such-ref is not a commit/);
  });

  it("a broken configuration exits 2 and writes nothing", async () => {
    writeFileSync(join(dir, "copydesk.yaml"), "version: 1\nlibrary:\n  librarian: [x]\n");
    const before = read("prompts/social-post.md");
    const out = await run(["library", "submit", "social-post"], dir);
    assert.equal(out.code, 2);
    assert.match(out.stderr, /copydesk\.yaml:3:3: error: Unknown key `librarian`/);
    assert.equal(read("prompts/social-post.md"), before);
  });
});
