import { strict as assert } from "node:assert";
import { approvePrompt, bumpPrompt, deprecatePrompt, retirePrompt, submitPrompt, type StepResult } from "../../src/core/library/lifecycle.js";
import { newPrompt } from "../../src/core/library/new-prompt.js";
import { CLI_STEPS, EDITOR_STEPS } from "../../src/core/library/next-steps.js";
import { renderPrompt } from "../../src/core/library/render.js";
import { notOfferedReason } from "../../src/core/library/prompt-picker.js";
import { parsePrompt, type ParsedPrompt } from "../../src/core/library/prompt.js";
import { promptHash } from "../../src/core/library/hash.js";
import { applyEdits } from "../../src/core/library/yaml-edit.js";
import type { LibraryLookup } from "../../src/core/library/lookup.js";
import { check, config, LEGAL, LIBRARIAN, prompt, TODAY } from "./support.js";

const parse = (text: string) => parsePrompt("/ws/prompts/a.md", text);
function apply(text: string, step: (p: ParsedPrompt) => StepResult): string {
  const result = step(parse(text));
  if (!result.ok) throw new Error(result.reason);
  return applyEdits(text, result.edits);
}
function refusal(text: string, step: (p: ParsedPrompt) => StepResult): string {
  const result = step(parse(text));
  assert.ok(!result.ok, "expected a refusal");
  return result.reason;
}
const approve = (by = LIBRARIAN, role: "librarian" | "legal" = "librarian", settings = {}) => (p: ParsedPrompt) => approvePrompt(p, { approver: by, role, today: TODAY, config: config(settings), findings: [] });
const lookup = (entries: Record<string, { status: string; replacedBy?: string }>): LibraryLookup => ({
  prompt: (id) => (entries[id] ? { id, title: id, version: "1.0.0", status: entries[id]!.status, replacedBy: entries[id]!.replacedBy, path: `/ws/prompts/${id}.md` } : undefined),
});

describe("lifecycle", () => {
  it("submit moves a draft to review, changing only the status value", () => {
    const draft = prompt({ status: "draft" }).replace("status: draft", "status: draft   # not yet");
    const after = apply(draft, (p) => submitPrompt(p, { findings: [] }));
    assert.equal(after, draft.replace("status: draft   # not yet", "status: review   # not yet"));
    assert.match(refusal(after, (p) => submitPrompt(p, { findings: [] })), /already in review/);
    assert.match(refusal(draft, (p) => submitPrompt(p, { findings: [{ rule: "library/secret", severity: "error", message: "A key.", range: [0, 3] }] })), /cannot be submitted: it has governance errors:\n  line 1: library\/secret: A key\./);
  });

  it("approve records by, role, date, version and hash, and approves; the result checks clean", async () => {
    const review = prompt({ status: "review" });
    const after = apply(review, approve("dana@acme.example"));
    const p = parse(after);
    assert.equal(p.fields.status, "approved");
    assert.deepEqual(p.fields.approvals, [{ by: LIBRARIAN, role: "librarian", date: TODAY, version: "1.2.0", hash: promptHash(p) }]);
    assert.ok(after.startsWith(review.slice(0, review.indexOf("status:"))));
    assert.deepEqual(await check({ "prompts/a.md": after }), {});
  });

  it("approve refuses non-librarians, drafts, and high risk without legal approval first", () => {
    assert.match(refusal(prompt({ status: "review" }), approve("Max <max@acme.example>")), /Max <max@acme\.example> is not a librarian\. Only the people in `library\.librarians`/);
    assert.match(refusal(prompt({ status: "review" }), approve(LIBRARIAN, "librarian", { library: { librarians: [] } })), /`library\.librarians` in copydesk\.yaml is empty/);
    assert.match(refusal(prompt({ status: "draft" }), approve()), /is a draft\. Submit it for review first/);
    const high = prompt({ status: "review", extra: "risk: high\n" });
    assert.match(refusal(high, approve()), /risk: high`: legal must approve 1\.2\.0 first/);
    const legal = apply(high, approve(LEGAL, "legal"));
    assert.equal(parse(legal).fields.status, "review", "legal alone does not approve");
    const both = apply(legal, approve());
    assert.equal(parse(both).fields.status, "approved");
    assert.deepEqual(parse(both).fields.approvals?.map((a) => a.role), ["legal", "librarian"]);
  });

  it("approve refuses a version whose content changed after an earlier approval", () => {
    const changed = prompt().replace("trial of", "trial for");
    assert.match(refusal(changed, approve()), /1\.2\.0 was approved with other content.*Bump the version first/);
    const bumped = apply(changed, (p) => bumpPrompt(p, "patch"));
    assert.equal(parse(apply(bumped, approve())).fields.approvals?.length, 2);
  });

  it("approve keeps the approvals list's own style: block, flow, empty or absent", () => {
    const review = prompt({ status: "review" });
    const flow = review.replace("output:", "approvals: [] # none yet\noutput:").replace("---\nWrite", "output:\n  ai: assisted\n---\nWrite").replace("output:\n  ai: assisted\n---", "---");
    const cases = [
      review,
      review.replace("variables:", "approvals: []   # none yet\nvariables:"),
      review.replace("variables:", "approvals:\nvariables:"),
      review.replace("variables:", "approvals: ~\nvariables:"),
      apply(review, approve(LEGAL, "legal")),
      apply(review, approve(LEGAL, "legal")).replace(/approvals:\n  - by: (.*)\n    role: (.*)\n    date: (.*)\n    version: (.*)\n    hash: (.*)\n/, "approvals:\n  - { by: $1, role: $2, date: $3, version: $4, hash: $5 }\n"),
      flow,
    ];
    for (const text of cases) {
      const after = apply(text, approve());
      const p = parse(after);
      assert.deepEqual(p.problems, [], after);
      assert.equal(p.fields.approvals?.at(-1)?.by, LIBRARIAN, after);
      assert.equal(p.fields.status, "approved");
    }
    const flowAfter = apply(review.replace("variables:", "approvals: []   # none yet\nvariables:"), approve());
    assert.match(flowAfter, /approvals: \[\{ by: Dana Reyes <dana@acme\.example>, role: librarian, date: 2026-11-22, version: 1\.2\.0, hash: sha256:[0-9a-f]{64} \}\]   # none yet\n/);
  });

  it("approve renews reviewBy when the prompt has one", () => {
    const after = apply(prompt({ extra: "reviewBy: 2026-01-01 # yearly\n" }), approve());
    assert.match(after, /reviewBy: 2027-05-21 # yearly\n/);
  });

  it("deprecate sets status and replacedBy in place; it refuses unknown, retired and circular replacements", () => {
    const text = prompt({ extra: "replacedBy: null   # for deprecated prompts\n" });
    const library = lookup({ "new-welcome": { status: "approved" }, gone: { status: "retired" }, loop: { status: "deprecated", replacedBy: "welcome-email" } });
    const after = apply(text, (p) => deprecatePrompt(p, { replacedBy: "new-welcome", library }));
    assert.equal(after, text.replace("status: approved", "status: deprecated").replace("replacedBy: null", "replacedBy: new-welcome"));
    const added = apply(prompt(), (p) => deprecatePrompt(p, { replacedBy: "new-welcome", library }));
    assert.match(added, /\nreplacedBy: new-welcome\n---\n/);
    assert.match(refusal(text, (p) => deprecatePrompt(p, { replacedBy: "nope", library })), /no prompt "nope"/);
    assert.match(refusal(text, (p) => deprecatePrompt(p, { replacedBy: "gone", library })), /gone is retired/);
    assert.match(refusal(text, (p) => deprecatePrompt(p, { replacedBy: "loop", library })), /cycle of replacements: welcome-email → loop → welcome-email/);
    assert.match(refusal(prompt({ status: "draft" }), (p) => deprecatePrompt(p, { replacedBy: "new-welcome", library })), /only approved prompts are deprecated/);
  });

  it("retire and bump change one value each, keeping its quotes", () => {
    assert.equal(apply(prompt(), retirePrompt), prompt().replace("status: approved", "status: retired"));
    assert.match(refusal(prompt({ status: "draft" }), retirePrompt), /delete the file instead/);
    const quoted = prompt().replace("version: 1.2.0", 'version: "1.2.0"');
    assert.equal(apply(quoted, (p) => bumpPrompt(p, "minor")), quoted.replace('"1.2.0"', '"1.3.0"').replace(/(hash: .*\n)/, "$1"));
    assert.match(apply(prompt(), (p) => bumpPrompt(p, "major")), /^version: 2\.0\.0$/m);
    assert.match(apply(prompt().replace("version: 1.2.0", "version: '1.2.0-rc.1'"), (p) => bumpPrompt(p, "patch")), /^version: '1\.2\.0'$/m);
    const result = bumpPrompt(parse(prompt()), "patch");
    assert.ok(result.ok && /needs its own approval/.test(result.message));
  });

  it("new makes a valid draft from the skeleton, or from a template without its history", async () => {
    const fresh = newPrompt({ id: "spring-sale", owner: LIBRARIAN });
    assert.ok(fresh.ok);
    assert.deepEqual(await check({ "prompts/spring-sale.md": fresh.text }), {});
    const template = parse(prompt({ extra: "reviewBy: 2027-01-01\nreplacedBy: null\n" }).replace("status: approved", "status: approved # live"));
    const copy = newPrompt({ id: "welcome-v2", owner: "Sam Lee <sam@acme.example>", template });
    assert.ok(copy.ok);
    const p = parse(copy.text);
    assert.deepEqual(p.problems, []);
    assert.deepEqual([p.fields.id, p.fields.version, p.fields.status, p.fields.owner, p.fields.approvals, p.fields.reviewBy], ["welcome-v2", "0.1.0", "draft", "Sam Lee <sam@acme.example>", undefined, undefined]);
    assert.match(copy.text, /status: draft # live\n/);
    assert.equal(p.body, template.body);
    assert.ok(!newPrompt({ id: "Bad Id", owner: LIBRARIAN }).ok);
  });

  describe("refusals name the next step where they are shown", () => {
    const review = prompt({ status: "review" });
    const draft = prompt({ status: "draft" });
    const risky = prompt({ status: "review", extra: "risk: high\n" });
    const approved = apply(review, approve());
    const changed = approved.replace(/^(---\n[\s\S]*?\n---\n)/, "$1Changed wording. ");
    const broken = "---\nid: a\nstatus: [\n---\nText\n";
    const cases = (steps = CLI_STEPS) => [
      refusal(review, (p) => submitPrompt(p, { findings: [], steps })),
      refusal(approved.replace("status: approved", "status: deprecated"), (p) => submitPrompt(p, { findings: [], steps })),
      refusal(draft, (p) => approvePrompt(p, { approver: LIBRARIAN, role: "librarian", today: TODAY, config: config(), findings: [], steps })),
      refusal(risky, (p) => approvePrompt(p, { approver: LIBRARIAN, role: "librarian", today: TODAY, config: config(), findings: [], steps })),
      refusal(changed, (p) => approvePrompt(p, { approver: LIBRARIAN, role: "librarian", today: "2026-12-01", config: config(), findings: [], steps })),
      refusal(broken, (p) => retirePrompt(p, { steps })),
    ];

    it("on the command line, the CLI's verbs (the default)", () => {
      assert.deepEqual(cases(), cases(CLI_STEPS));
      const [inReview, deprecated, isDraft, high, stale, invalid] = cases();
      assert.match(inReview!, /A librarian approves it with `copydesk library approve welcome-email`\.$/);
      assert.match(deprecated!, /\(`copydesk library new NEW-ID --template welcome-email`\)\.$/);
      assert.match(isDraft!, /Submit it for review first: `copydesk library submit welcome-email`\.$/);
      assert.match(high!, /legal must approve 1\.2\.0 first \(`copydesk library approve welcome-email --role legal --by "Name <email>"`\), then a librarian\.$/);
      assert.match(stale!, /Bump the version first \(`copydesk library bump welcome-email patch`\), then approve the new version\.$/);
      assert.match(invalid!, /not valid \(see `copydesk library check`\)/);
    });

    it("in the editor, the commands of the Command Palette, and no CLI verb", () => {
      const [inReview, deprecated, isDraft, high, stale, invalid] = cases(EDITOR_STEPS);
      assert.match(inReview!, /A librarian approves it with Copydesk: Approve Prompt\.$/);
      assert.match(deprecated!, /\(Copydesk: New Prompt…, with this prompt as the template\)\.$/);
      assert.match(isDraft!, /Submit it for review first: Copydesk: Submit Prompt for Review\.$/);
      assert.match(high!, /legal must approve 1\.2\.0 first \(Copydesk: Approve Prompt, recording Legal's approval\), then a librarian\.$/);
      assert.match(stale!, /Bump the version first \(Copydesk: Bump Prompt Version…\), then approve the new version\.$/);
      assert.match(invalid!, /not valid \(see the prompt's library\/\* problems in the Problems panel\)/);
      const bumped = bumpPrompt(parse(approved), "patch", { steps: EDITOR_STEPS });
      assert.ok(bumped.ok && bumped.message.endsWith("Version 1.2.1 needs its own approval: Copydesk: Submit Prompt for Review."), JSON.stringify(bumped));
      const rendered = renderPrompt(parse(broken), {}, { steps: EDITOR_STEPS });
      assert.ok(!rendered.ok && /see the prompt's library\/\* problems/.test(rendered.problems[0]!.message));
      const template = newPrompt({ id: "b", owner: LIBRARIAN, template: parse(broken), steps: EDITOR_STEPS });
      assert.ok(!template.ok && /see the prompt's library\/\* problems/.test(template.reason));
      const offered = notOfferedReason({ id: "a", title: "A", version: "1.0.0", status: "draft" } as Parameters<typeof notOfferedReason>[0], EDITOR_STEPS);
      assert.match(offered!, /A librarian approves it with Copydesk: Approve Prompt\.$/);
      for (const text of [inReview, deprecated, isDraft, high, stale, invalid, bumped.ok ? bumped.message : "", offered]) assert.doesNotMatch(text!, /copydesk library/);
    });
  });
});
