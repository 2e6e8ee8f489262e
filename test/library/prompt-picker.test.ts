import { strict as assert } from "node:assert";
import { approvalProblem, approvedReplacement, completionTrigger, notOfferedReason, pickRows, PromptPicker, type PickGroup, type PickRow } from "../../src/core/library/prompt-picker.js";
import type { LibraryEntry } from "../../src/core/library/library-index.js";
import { parsePrompt } from "../../src/core/library/prompt.js";
import { library, prompt } from "./support.js";

const titled = (id: string, title: string, status = "approved", extra = "") =>
  prompt({ id, status, extra }).replace("title: Welcome email for new trial users", `title: ${title}`);

async function groups(): Promise<PickGroup<LibraryEntry>[]> {
  const workspace = await library({
    "prompts/welcome.md": titled("welcome", "Welcome email"),
    "prompts/welcome-classic.md": titled("welcome-classic", "Welcome email (classic)", "deprecated", "replacedBy: welcome\n"),
    "prompts/spring.md": titled("spring-promo", "Spring promotion", "retired"),
    "prompts/teaser.md": titled("teaser", "Teaser post", "draft"),
    "prompts/hero.md": titled("pricing-hero", "Pricing hero", "review"),
    "prompts/launch.md": titled("launch-post", "Launch post").replace("[onboarding, trial]", "[launch]").replace("channel: email", "channel: social"),
  });
  const starter = await library({ "prompts/newsletter.md": titled("newsletter", "Newsletter") });
  return [
    { key: "ws", label: "acme", entries: workspace.entries() },
    { key: "starter", label: "Starter library", entries: starter.entries() },
  ];
}

const show = (rows: readonly PickRow[]) => rows.map((r) => (r.kind === "separator" ? `-- ${r.label}` : r.kind === "more" ? "..." : r.id));

describe("prompt picker rows", () => {
  it("offers approved prompts, then deprecated ones, per library with a separator; never drafts, reviews or retired prompts", async () => {
    assert.deepEqual(show(pickRows(await groups(), "")), ["-- acme", "launch-post", "welcome", "welcome-classic", "-- Starter library", "newsletter"]);
  });

  it("shows the title, id@version and channel, the description and tags, and the replacement of a deprecated prompt", async () => {
    const rows = pickRows(await groups(), "welcome");
    assert.deepEqual(show(rows), ["-- acme", "welcome", "welcome-classic"]);
    const [, welcome, classic] = rows;
    assert.ok(welcome?.kind === "prompt" && classic?.kind === "prompt");
    assert.equal(welcome.label, "Welcome email");
    assert.equal(welcome.description, "welcome@1.2.0 · email");
    assert.equal(welcome.detail, "First email after sign-up; friendly, short, one CTA. · tags: onboarding, trial");
    assert.equal(welcome.deprecated, false);
    assert.equal(classic.deprecated, true);
    assert.equal(classic.replacedBy, "welcome");
    assert.match(classic.detail, /^Deprecated: use welcome instead\. First email/);
  });

  it("searches tags and ids, every word, best first", async () => {
    assert.deepEqual(show(pickRows(await groups(), "launch")), ["-- acme", "launch-post"]);
    assert.deepEqual(show(pickRows(await groups(), "trial classic")), ["-- acme", "welcome-classic"]);
    assert.deepEqual(show(pickRows(await groups(), "spring")), []);
    assert.deepEqual(show(pickRows(await groups(), "news")), ["-- Starter library", "newsletter"]);
  });

  it("stops at the limit and says more prompts match; no separators when asked", async () => {
    assert.deepEqual(show(pickRows(await groups(), "", { limit: 2 })), ["-- acme", "launch-post", "welcome", "..."]);
    assert.deepEqual(show(pickRows(await groups(), "", { limit: 3, separators: false })), ["launch-post", "welcome", "welcome-classic", "..."]);
    assert.deepEqual(show(pickRows(await groups(), "", { limit: 4, separators: false })), ["launch-post", "welcome", "welcome-classic", "newsletter"]);
  });
});

describe("an open picker, keystroke after keystroke", () => {
  it("narrows as the writer types on and widens again on backspace, always as a fresh search would", async () => {
    const g = await groups();
    const picker = new PromptPicker(g);
    for (const query of ["", "w", "we", "wel", "welcome", "welcome ", "welcome c", "welcome cl", "welcome c", "welcome", "l", "la", "", "n", "zz"]) {
      assert.deepEqual(show(picker.rows(query)), show(pickRows(g, query)), JSON.stringify(query));
    }
    assert.deepEqual(show(picker.rows("welcome cl")), ["-- acme", "welcome-classic"]);
  });
});

describe("why a prompt is not offered", () => {
  it("names the status and the way out", async () => {
    const g = (await groups())[0]!.entries;
    const summary = (id: string) => g.find((e) => e.summary.id === id)!.summary;
    assert.equal(notOfferedReason(summary("welcome")), undefined);
    assert.equal(notOfferedReason(summary("welcome-classic")), undefined);
    assert.equal(notOfferedReason(summary("spring-promo")), "Spring promotion (spring-promo@1.2.0) is retired and can no longer be inserted.");
    assert.match(notOfferedReason(summary("teaser"))!, /^Teaser post \(teaser@1\.2\.0\) is a draft: only approved prompts can be inserted/);
    assert.match(notOfferedReason(summary("pricing-hero"))!, /is in review: only approved prompts/);
  });
});

describe("the replacement of a deprecated prompt", () => {
  const lib = (statuses: Record<string, [string, string?]>) => (id: string) => (statuses[id] ? { id, summary: { status: statuses[id]![0], replacedBy: statuses[id]![1] } as LibraryEntry["summary"] } : undefined);

  it("follows replacedBy through deprecated prompts to an approved one", () => {
    assert.equal(approvedReplacement("b", lib({ b: ["approved"] }))?.id, "b");
    assert.equal(approvedReplacement("b", lib({ b: ["deprecated", "c"], c: ["approved"] }))?.id, "c");
  });

  it("finds none when the chain ends elsewhere or loops", () => {
    assert.equal(approvedReplacement(undefined, lib({})), undefined);
    assert.equal(approvedReplacement("b", lib({})), undefined);
    assert.equal(approvedReplacement("b", lib({ b: ["retired"] })), undefined);
    assert.equal(approvedReplacement("b", lib({ b: ["deprecated", "c"], c: ["deprecated", "b"] })), undefined);
  });
});

describe("the /prompt completion trigger", () => {
  it("is a slash at the start of a line and a start of `prompt`, or `prompt` and a query", () => {
    assert.deepEqual(completionTrigger("/"), { indent: 0, text: "/", query: "" });
    assert.deepEqual(completionTrigger("  /pro"), { indent: 2, text: "/pro", query: "" });
    assert.deepEqual(completionTrigger("/prompt"), { indent: 0, text: "/prompt", query: "" });
    assert.deepEqual(completionTrigger("/prompt-welc"), { indent: 0, text: "/prompt-welc", query: "welc" });
    assert.deepEqual(completionTrigger("/Prompt:launch"), { indent: 0, text: "/Prompt:launch", query: "launch" });
  });

  it("is not a slash inside a line, a path or another word", () => {
    assert.equal(completionTrigger("and/or"), undefined);
    assert.equal(completionTrigger("see /usr"), undefined);
    assert.equal(completionTrigger("/usr"), undefined);
    assert.equal(completionTrigger("/prompt welcome"), undefined);
    assert.equal(completionTrigger("//"), undefined);
  });
});

describe("approvalProblem", () => {
  const parsed = (text: string) => parsePrompt("/ws/prompts/welcome.md", text);

  it("accepts a prompt whose content is the approved content", () => {
    assert.equal(approvalProblem(parsed(prompt())), undefined);
  });

  it("refuses a prompt changed after its approval, and one with no approval for its version", () => {
    const changed = prompt().replace("who just started a trial", "who started a trial last week");
    assert.match(approvalProblem(parsed(changed))!, /^Welcome email for new trial users \(welcome-email@1\.2\.0\) changed after it was approved/);
    const bumped = prompt().replace("version: 1.2.0\nstatus", "version: 1.3.0\nstatus");
    assert.match(approvalProblem(parsed(bumped))!, /has no approval for version 1\.3\.0/);
  });
});
