import { strict as assert } from "node:assert";
import { md, mdLine, promptDescription, promptTooltip } from "../../src/core/library/prompt-text.js";
import type { PromptSummary } from "../../src/core/library/scan.js";

const WELCOME: PromptSummary = {
  id: "welcome",
  title: "Welcome email",
  description: "The first email after sign-up; friendly, short, one call to action.",
  version: "1.2.0",
  status: "approved",
  owner: "Dana Reyes <dana@acme.example>",
  channel: "email",
  risk: "low",
  tags: ["onboarding", "trial"],
  replacedBy: undefined,
};

describe("prompt text for the library view", () => {
  it("describes a prompt by id@version and channel, naming a status other than approved", () => {
    assert.equal(promptDescription(WELCOME), "welcome@1.2.0 · email");
    assert.equal(promptDescription({ ...WELCOME, status: "draft", channel: undefined }), "welcome@1.2.0 · draft");
    assert.equal(promptDescription({ ...WELCOME, status: "deprecated", replacedBy: "welcome-v2" }), "welcome@1.2.0 · email · deprecated → replaced by welcome-v2");
    assert.equal(promptDescription({ ...WELCOME, status: "deprecated" }), "welcome@1.2.0 · email · deprecated, no replacement named");
    assert.equal(promptDescription({ ...WELCOME, status: undefined, version: undefined }), "welcome@? · email · no status");
  });

  it("builds a tooltip with status, owner, last approval, variables and risk, escaping the file's text", () => {
    const tooltip = promptTooltip({
      summary: WELCOME,
      relativePath: "prompts/email/welcome.md",
      library: "workspace",
      variables: {
        product: { description: "Product name", required: true, default: "Acme Cloud" },
        audience: { description: "Who", required: true, example: "IT managers" },
        tone: { description: "Voice", enum: ["friendly", "formal"], default: "friendly" },
      },
      approvals: [
        { by: "Dana Reyes <dana@acme.example>", role: "librarian", date: "2026-11-23", version: "1.2.0", hash: `sha256:${"0".repeat(64)}` },
        { by: "Lee <legal@acme.example>", role: "legal", date: "2026-10-01", version: "1.1.0", hash: `sha256:${"0".repeat(64)}` },
      ],
      reviewBy: "2099-12-31",
    });
    assert.equal(
      tooltip,
      [
        "**Welcome email** `welcome@1.2.0`",
        "",
        "The first email after sign\\-up; friendly, short, one call to action.".replace("\\-", "-"),
        "",
        "- Status: approved",
        "- Owner: Dana Reyes \\<dana@acme.example\\>",
        "- Channel: email",
        "- Tags: onboarding, trial",
        "- Risk: low",
        "- Last approval: 2026-11-23 by Dana Reyes \\<dana@acme.example\\> (librarian) for 1.2.0",
        "- Review by: 2099-12-31",
        '- Variables: `product` (required, default "Acme Cloud"), `audience` (required, e.g. "IT managers"), `tone` (friendly | formal, default "friendly")',
        "- File: prompts/email/welcome.md (workspace)",
      ].join("\n"),
    );
  });

  it("says a deprecated prompt's replacement first, and that a retired one is no longer offered", () => {
    const base = { relativePath: "p.md", library: "l", variables: undefined, approvals: undefined, reviewBy: undefined };
    assert.match(promptTooltip({ ...base, summary: { ...WELCOME, status: "deprecated", replacedBy: "welcome-v2" } }), /\n\*\*Deprecated:\*\* use `welcome-v2` instead\.\n/);
    assert.match(promptTooltip({ ...base, summary: { ...WELCOME, status: "retired" } }), /\n\*\*Retired:\*\* no longer offered to writers\.\n/);
    assert.match(promptTooltip({ ...base, summary: WELCOME }), /- Last approval: none\n- Variables: none\n/);
  });

  it("escapes Markdown so a prompt's text cannot format or link", () => {
    assert.equal(mdLine("# [x](http://e) *b* <i> a|b `c`"), "\\# \\[x\\](http://e) \\*b\\* \\<i\\> a\\|b \\`c\\`");
    assert.equal(md("1.2.0 - a"), "1.2.0 - a");
    assert.equal(mdLine("1. first\nsecond"), "1\\. first second");
    assert.equal(mdLine("- item"), "\\- item");
  });
});
