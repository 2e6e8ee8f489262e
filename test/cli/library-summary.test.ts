import { strict as assert } from "node:assert";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCli } from "../support/cli.js";
import { prompt } from "../library/support.js";

/** `copydesk library check --format summary` on a library built in a temporary folder (today is 2026-11-22). */
const CONFIG = `version: 1
files:
  include: ["**/*.md"]
  exclude: ["prompts/**"]
library:
  roots: [prompts]
  librarians: ["Dana Reyes <dana@acme.example>"]
  reviewEveryDays: 180
`;

const LIBRARY: Record<string, string> = {
  "copydesk.yaml": CONFIG,
  "prompts/welcome.md": prompt({ id: "welcome", extra: "reviewBy: 2026-12-01\n" }),
  "prompts/promo.md": prompt({ id: "promo", extra: "reviewBy: 2026-11-01\n" }),
  "prompts/classic.md": prompt({ id: "classic", status: "deprecated", extra: "replacedBy: welcome\n" }),
  "prompts/draft.md": prompt({ id: "draft", status: "draft" }).replace(/^owner: .*\n/m, ""),
  "copy/launch.md": "# Launch\n\n<!-- copydesk prompt: classic@1.2.0 -->\nOur new plan is here.\n",
  "copy/plain.md": "# Nothing stamped\n",
};

const EXPECTED = `## Prompt library health

❌ **2 problems** (1 error, 1 warning, 0 infos) in 4 prompts. 1 provenance stamp in the copy names a deprecated or retired prompt.

| status | prompts |
| --- | ---: |
| draft | 1 |
| review | 0 |
| approved | 2 |
| deprecated | 1 |
| retired | 0 |
| **total** | **4** |

| needs attention | count |
| --- | ---: |
| reviews overdue | 1 |
| reviews due within 30 days | 1 |
| stale approvals | 0 |
| approvals missing | 0 |
| prompts without an owner | 1 |
| deprecated or retired prompts still used in copy | 1 |

### Reviews overdue

- \`promo\` \`prompts/promo.md:13\`: due 2026-11-01 (21 days ago; \`reviewBy\`)

### Reviews due within 30 days

- \`welcome\` \`prompts/welcome.md:13\`: due 2026-12-01 (in 9 days; \`reviewBy\`)

### Prompts without an owner

- \`draft\` \`prompts/draft.md:2\` (draft)

### Deprecated prompts still used in copy

- \`copy/launch.md:3\` names \`classic@1.2.0\` (deprecated; use \`welcome\` instead)

### Findings by rule

| rule | errors | warnings | infos | total |
| --- | ---: | ---: | ---: | ---: |
| [library/schema](https://github.com/copydesk/copydesk/blob/main/docs/rules/library/schema.md) | 1 | 0 | 0 | 1 |
| [library/review-overdue](https://github.com/copydesk/copydesk/blob/main/docs/rules/library/review-overdue.md) | 0 | 1 | 0 | 1 |

### Findings

- ❌ \`prompts/draft.md:1:1\` **library/schema**: \`owner\` is missing: every prompt needs it. Add it (expected string).
- ⚠️ \`prompts/promo.md:13:11\` **library/review-overdue**: promo was due for review on 2026-11-01. Approved prompts go stale as products, prices and policies change. Review it: re-approve it if it still holds (\`copydesk library approve promo\`), or deprecate it.
`;

describe("copydesk library check --format summary", () => {
  let dir = "";
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "copydesk-summary-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the library's health as Markdown and exits 1 on findings", async () => {
    write(LIBRARY);
    const out = await runCli(["library", "check", "--format", "summary"], dir);
    assert.equal(out.stderr, "");
    assert.equal(out.stdout, EXPECTED);
    assert.equal(out.code, 1);
  });

  it("exits 0 on a clean library, even when the copy names a deprecated prompt (the summary still says so)", async () => {
    write({
      "copydesk.yaml": CONFIG,
      "prompts/welcome.md": prompt({ id: "welcome", extra: "reviewBy: 2099-01-01\n" }),
      "prompts/classic.md": prompt({ id: "classic", status: "deprecated", extra: "replacedBy: welcome\n" }),
      "copy/launch.md": LIBRARY["copy/launch.md"]!,
    });
    const out = await runCli(["library", "check", "--format", "summary"], dir);
    assert.equal(out.code, 0, out.stdout);
    assert.match(out.stdout, /^## Prompt library health\n\n⚠️ \*\*No errors or warnings\*\* in 2 prompts, but 1 provenance stamp in the copy names a deprecated or retired prompt\.\n/);
    assert.doesNotMatch(out.stdout, /### Findings/);
    rmSync(join(dir, "copy/launch.md"));
    const clean = await runCli(["library", "check", "--format", "summary"], dir);
    assert.equal(clean.code, 0);
    assert.match(clean.stdout, /^## Prompt library health\n\n✅ \*\*No errors or warnings\*\* in 2 prompts\.\n/);
  });

  it("summarises only the prompts named on the command line (the copy is still read whole)", async () => {
    write(LIBRARY);
    const out = await runCli(["library", "check", "--format", "summary", "prompts/welcome.md"], dir);
    assert.equal(out.code, 0, out.stdout);
    assert.match(out.stdout, /⚠️ \*\*No errors or warnings\*\* in 1 prompt, but 1 provenance stamp/);
    assert.match(out.stdout, /- `copy\/launch\.md:3` names `classic@1\.2\.0`/);
    assert.match(out.stdout, /\| approved \| 1 \|/);
  });

  it("folds long finding lists into <details> and lists the first 20", async () => {
    const files: Record<string, string> = { "copydesk.yaml": CONFIG };
    for (let i = 0; i < 25; i++) files[`prompts/p${String(i).padStart(2, "0")}.md`] = prompt({ id: `p${String(i).padStart(2, "0")}`, extra: "reviewBy: 2026-01-01\n" });
    write(files);
    const out = await runCli(["library", "check", "--format", "summary"], dir);
    assert.equal(out.code, 1);
    assert.match(out.stdout, /### Findings\n\n<details><summary>The first 20 of 25 findings<\/summary>\n\n(- ⚠️ .*\n){20}\n<\/details>\n\n…and 5 more\. Run `copydesk library check` to see them all\.\n$/);
    assert.match(out.stdout, /### Reviews overdue\n\n<details><summary>25 items<\/summary>\n/);
  });

  it("exits 2 on a broken configuration, and names summary among the formats", async () => {
    write({ ...LIBRARY, "copydesk.yaml": "version: 1\nlibrary:\n  librarian: [x]\n" });
    const broken = await runCli(["library", "check", "--format", "summary"], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /copydesk\.yaml:3:3: error: Unknown key `librarian`/);
    const bad = await runCli(["library", "check", "--format", "markdown"], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Unknown format "markdown"\. Use one of: stylish, json, sarif, summary\./);
    const help = await runCli(["library", "--help"], dir);
    assert.match(help.stdout, /check \[paths…\] \[--base REF\] \[--format stylish\|json\|sarif\|summary\]/);
  });
});
