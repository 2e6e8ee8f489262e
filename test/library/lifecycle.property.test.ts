/**
 * The lifecycle's promise, as a property: any sequence of steps on any valid prompt, however it is
 * formatted, changes no byte outside the fields each step must touch, and leaves a valid prompt.
 */
import { strict as assert } from "node:assert";
import fc from "fast-check";
import { isMap, isPair, isScalar, type Node } from "yaml";
import { approvePrompt, bumpPrompt, deprecatePrompt, retirePrompt, submitPrompt, type StepResult } from "../../src/core/library/lifecycle.js";
import { parsePrompt, type ParsedPrompt } from "../../src/core/library/prompt.js";
import { promptHash } from "../../src/core/library/hash.js";
import { isPlainString } from "../../src/core/library/scan.js";
import { applyEdits } from "../../src/core/library/yaml-edit.js";
import type { LibraryLookup } from "../../src/core/library/lookup.js";
import { config, LEGAL, LIBRARIAN } from "./support.js";

type Style = "plain" | "single" | "double";
const scalar = (value: string, style: Style) =>
  style === "double" || (style === "plain" && !isPlainString(value)) ? JSON.stringify(value) : style === "single" ? `'${value.replace(/'/g, "''")}'` : value;

const style = fc.constantFrom<Style>("plain", "single", "double");
const comment = fc.option(fc.constantFrom(" # note", "   # aligned: comment", " #: odd"), { nil: "" });
const text = fc.constantFrom("Welcome email", "Launch: the big one", "It's #1 — really", "Prix spécial", "a, b and c", "  padded", "null", "yes", "1.5");
const approvalsShape = fc.constantFrom("absent", "empty-flow", "empty-block", "null", "block", "flow-items", "flow-seq");

const promptText = fc
  .record({
    title: text, description: text, owner: fc.constantFrom(LIBRARIAN, "Sam Lee <sam@acme.example>"), status: fc.constantFrom("draft", "review", "approved"),
    version: fc.constantFrom("1.2.0", "0.1.0", "2.0.0-rc.1"), risk: fc.constantFrom("low", "high", undefined), channel: fc.option(fc.constantFrom("email", "social"), { nil: undefined }),
    tagsFlow: fc.boolean(), approvals: approvalsShape, reviewBy: fc.boolean(), replacedBy: fc.constantFrom("absent", "null", "empty"),
    styles: fc.array(style, { minLength: 8, maxLength: 8 }), comments: fc.array(comment, { minLength: 12, maxLength: 12 }),
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { minLength: 13, maxLength: 13 }),
    commentLines: fc.array(fc.constantFrom("# a comment line", "", "# ---"), { maxLength: 3 }), crlf: fc.boolean(),
  })
  .map((r) => {
    const c = (i: number) => r.comments[i]!;
    const approval = `by: ${LIBRARIAN}, role: librarian, date: 2026-10-02, version: 1.0.0, hash: sha256:${"a".repeat(64)}`;
    const approvals: Record<string, string> = {
      absent: "", "empty-flow": `approvals: []${c(9)}`, "empty-block": `approvals:${c(9)}`, null: "approvals: null",
      block: `approvals:${c(9)}\n  - by: ${LIBRARIAN}${c(10)}\n    role: librarian\n    date: 2026-10-02\n    version: 1.0.0\n    hash: sha256:${"a".repeat(64)}`,
      "flow-items": `approvals:\n- { ${approval} }${c(10)}`, "flow-seq": `approvals: [ { ${approval} } ]${c(10)}`,
    };
    const fields = [
      `id: ${scalar("welcome-email", r.styles[0]!)}${c(0)}`,
      `title: ${scalar(r.title, r.styles[1]!)}${c(1)}`,
      `description: ${scalar(r.description, r.styles[2]!)}${c(2)}`,
      `version: ${scalar(r.version, r.styles[3]!)}${c(3)}`,
      `status: ${scalar(r.status, r.styles[4]!)}${c(4)}`,
      `owner: ${scalar(r.owner, r.styles[5]!)}${c(5)}`,
      r.channel ? `channel: ${scalar(r.channel, r.styles[6]!)}${c(6)}` : "",
      r.tagsFlow ? `tags: [onboarding, "trial"]${c(7)}` : `tags:${c(7)}\n  - onboarding\n  - 'trial'`,
      r.risk ? `risk: ${r.risk}${c(8)}` : "",
      `variables:\n  product: { description: Product name, required: true }${c(11)}\n  audience:\n    description: "Who reads it"\n    example: IT managers`,
      approvals[r.approvals]!,
      r.reviewBy ? `reviewBy: ${scalar("2026-12-31", r.styles[7]!)}` : "",
      r.replacedBy === "absent" ? "" : r.replacedBy === "null" ? "replacedBy: null # none" : "replacedBy:",
    ];
    const lines = [...r.order.map((i) => fields[i]!).filter(Boolean), ...r.commentLines];
    const nl = r.crlf ? "\r\n" : "\n";
    return `---\n${lines.join("\n")}\n---\nWrite for {{audience}} about {{product}}.\n`.replace(/\n/g, nl);
  });

const library: LibraryLookup = { prompt: (id) => (id === "other" ? { id, title: "Other", version: "1.0.0", status: "approved", replacedBy: undefined, path: "/ws/prompts/other.md" } : undefined) };

type Step = { name: string; touches: string[]; run: (p: ParsedPrompt) => StepResult };
const steps: Step[] = [
  { name: "submit", touches: ["status"], run: (p) => submitPrompt(p, { findings: [] }) },
  { name: "approve", touches: ["approvals", "status", "reviewBy"], run: (p) => approvePrompt(p, { approver: LIBRARIAN, role: "librarian", today: "2026-11-22", config: config(), findings: [] }) },
  { name: "approve legal", touches: ["approvals", "status", "reviewBy"], run: (p) => approvePrompt(p, { approver: LEGAL, role: "legal", today: "2026-11-21", config: config(), findings: [] }) },
  { name: "deprecate", touches: ["status", "replacedBy"], run: (p) => deprecatePrompt(p, { replacedBy: "other", library }) },
  { name: "retire", touches: ["status"], run: retirePrompt },
  { name: "bump patch", touches: ["version"], run: (p) => bumpPrompt(p, "patch") },
  { name: "bump minor", touches: ["version"], run: (p) => bumpPrompt(p, "minor") },
  { name: "bump major", touches: ["version"], run: (p) => bumpPrompt(p, "major") },
];

/** The text with the named top-level fields cut out (key through the end of the value's last line). */
function without(source: string, keys: readonly string[]): string {
  const p = parsePrompt("/p.md", source);
  const map = p.frontMatter!.yaml.contents;
  assert.ok(isMap(map));
  const base = p.frontMatter!.sourceStart;
  const cuts: [number, number][] = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !keys.includes(String(pair.key.value))) continue;
    const start = source.lastIndexOf("\n", base + (pair.key as Node).range![0] - 1) + 1;
    const value = pair.value as Node | null;
    let end = value?.range && value.range[1] > value.range[0] ? base + value.range[1] : base + (pair.key as Node).range![1];
    if (source[end - 1] !== "\n") end = source.indexOf("\n", end) + 1;
    cuts.push([start, end]);
  }
  let out = source;
  for (const [s, e] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + out.slice(e);
  return out;
}

const comments = (s: string): string[] => [...(s.match(/ #[^\n\r]*|^#[^\n\r]*/gm) ?? [])].sort();

describe("lifecycle (property)", () => {
  it("any sequence of steps on any valid prompt changes only the fields it must, and stays valid", () => {
    let applied = 0;
    fc.assert(
      fc.property(promptText, fc.array(fc.constantFrom(...steps), { minLength: 1, maxLength: 6 }), (initial, sequence) => {
        const start = parsePrompt("/p.md", initial);
        assert.deepEqual(start.problems, [], `generated prompt is invalid:\n${initial}`);
        let current = initial;
        for (const step of sequence) {
          const result = step.run(parsePrompt("/p.md", current));
          if (!result.ok) continue;
          applied++;
          const next = applyEdits(current, result.edits);
          const parsed = parsePrompt("/p.md", next);
          assert.deepEqual(parsed.problems, [], `${step.name} made an invalid prompt:\n${current}\n→\n${next}`);
          assert.equal(without(next, step.touches), without(current, step.touches), `${step.name} changed bytes outside ${step.touches.join(", ")}:\n${current}\n→\n${next}`);
          for (const c of comments(current)) assert.ok(comments(next).includes(c), `${step.name} lost the comment "${c}"`);
          assert.equal(parsed.body, parsePrompt("/p.md", current).body);
          if (step.name.startsWith("approve")) assert.equal(parsed.fields.approvals?.at(-1)?.hash, promptHash(parsed));
          current = next;
        }
      }),
      { numRuns: Number(process.env.LIFECYCLE_RUNS ?? 400) },
    );
    assert.ok(applied > 200, `only ${applied} steps applied`);
  });
});
