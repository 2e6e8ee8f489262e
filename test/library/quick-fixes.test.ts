import { strict as assert } from "node:assert";
import type { Finding } from "../../src/core/findings/types.js";
import { checkEntry } from "../../src/core/library/check.js";
import { parsePrompt } from "../../src/core/library/prompt.js";
import { declareVariable, governanceFixes, removeVariable, replacementCandidates, type CandidatePrompt } from "../../src/core/library/quick-fixes.js";
import { applyEdits } from "../../src/core/library/yaml-edit.js";
import { config, library, prompt, TODAY } from "./support.js";

const parse = (text: string) => parsePrompt("/ws/prompts/a.md", text);
const declared = (text: string, name: string) => applyEdits(text, declareVariable(parse(text), name));
const removed = (text: string, name: string) => applyEdits(text, removeVariable(parse(text), name));
const head = (vars: string) => `---\nid: a\ntitle: A\n${vars}status: draft\n---\nBody {{x}}\n`;

/** The findings of one prompt file, checked with the whole (one-file) library as context. */
async function findings(text: string, others: Record<string, string> = {}): Promise<Finding[]> {
  const index = await library({ "prompts/a.md": text, ...others });
  return [...(await checkEntry(index, index.byPath("/ws/prompts/a.md")!, { config: config(), today: TODAY })).findings];
}

/** Applies the first fix for `rule` and returns the new text with the rule's findings after it. */
async function fixed(text: string, rule: string, title: RegExp, candidates: CandidatePrompt[] = [], others: Record<string, string> = {}) {
  const finding = (await findings(text, others)).find((f) => f.rule === rule);
  assert.ok(finding, `expected a ${rule} finding`);
  const fixes = governanceFixes(parse(text), finding, candidates);
  const fix = fixes.find((f) => title.test(f.title));
  assert.ok(fix, `no fix ${title} among ${JSON.stringify(fixes.map((f) => f.title))}`);
  const after = applyEdits(text, fix.edits);
  return { after, left: (await findings(after, others)).filter((f) => f.rule === rule), fix };
}

describe("library quick fixes", () => {
  it("declares a variable in the style of the block mapping of flow entries, keeping every other byte", () => {
    const text = prompt({ status: "draft" });
    const after = declared(text, "tone");
    assert.equal(after, text.replace("example: IT managers }\n", "example: IT managers }\n  tone: { description: TODO describe tone, required: true }\n"));
  });

  it("declares a variable under block-style entries with their indentation, and with CRLF line breaks", () => {
    const text = head("variables:\n    x:\n        description: X\n        required: true   # keep\n");
    assert.equal(declared(text, "y"), head("variables:\n    x:\n        description: X\n        required: true   # keep\n    y:\n        description: TODO describe y\n        required: true\n"));
    const crlf = text.replace(/\n/g, "\r\n");
    assert.equal(declared(crlf, "y"), declared(text, "y").replace(/\n/g, "\r\n"));
  });

  it("declares a variable in a flow mapping, an empty one, an empty value, and when `variables:` is missing", () => {
    assert.equal(declared(head("variables: {}\n"), "x"), head("variables: { x: { description: TODO describe x, required: true } }\n"));
    assert.equal(declared(head("variables: { a: { description: A } }\n"), "x"), head("variables: { a: { description: A }, x: { description: TODO describe x, required: true } }\n"));
    assert.equal(declared(head("variables:   # none yet\n"), "x"), head("variables:   # none yet\n  x: { description: TODO describe x, required: true }\n"));
    assert.equal(declared(head("variables: null\n"), "x"), head("variables:\n  x: { description: TODO describe x, required: true }\n"));
    assert.equal(declared(head(""), "x"), "---\nid: a\ntitle: A\nstatus: draft\nvariables:\n  x: { description: TODO describe x, required: true }\n---\nBody {{x}}\n");
    assert.deepEqual(declareVariable(parse(head("")), "not-a-name"), [], "no fix for a name that cannot be declared");
  });

  it("removes a declaration: a block line, a flow item, and the last one leaving `variables: {}`", () => {
    const text = prompt({ status: "draft" });
    assert.equal(removed(text, "product"), text.replace("  product: { description: Product name, required: true, default: Acme Cloud }\n", ""));
    const block = head("variables:\n  a:\n    description: A\n  x: { description: X }\n  b: { description: B }  # last\n");
    assert.equal(removed(block, "a"), head("variables:\n  x: { description: X }\n  b: { description: B }  # last\n"));
    assert.equal(removed(block, "b"), head("variables:\n  a:\n    description: A\n  x: { description: X }\n"));
    assert.equal(removed(head("variables:  # inputs\n  a: { description: A }\n"), "a"), head("variables: {}  # inputs\n"));
    const flow = head("variables: { a: { description: A }, x: { description: X }, b: { description: B } }\n");
    assert.equal(removed(flow, "a"), head("variables: { x: { description: X }, b: { description: B } }\n"));
    assert.equal(removed(flow, "b"), head("variables: { a: { description: A }, x: { description: X } }\n"));
    assert.equal(removed(head("variables: { a: { description: A } }\n"), "a"), head("variables: {}\n"));
    assert.deepEqual(removeVariable(parse(flow), "nope"), []);
  });

  it("clears library/undeclared-variable and library/unused-variable, re-checked", async () => {
    const text = prompt({ status: "draft", body: "Write for {{audience}} about {{product}} in a {{tone}} voice.\n" });
    const declare = await fixed(text, "library/undeclared-variable", /^Declare the variable `tone`/);
    assert.equal(declare.fix.preferred, true);
    assert.deepEqual(declare.left, []);
    const unused = prompt({ status: "draft", body: "Write for {{audience}}.\n" });
    const remove = await fixed(unused, "library/unused-variable", /^Remove the unused variable `product`$/);
    assert.equal(remove.after, unused.replace("  product: { description: Product name, required: true, default: Acme Cloud }\n", ""));
    assert.deepEqual(remove.left, []);
  });

  it("bumps the patch version for library/approval-stale", async () => {
    const stale = prompt().replace("trial of", "trial for");
    const { after, left, fix } = await fixed(stale, "library/approval-stale", /^Bump the version to 1\.2\.1 \(patch\)$/);
    assert.equal(after, stale.replace("version: 1.2.0\nstatus", "version: 1.2.1\nstatus"));
    assert.deepEqual(left, [], "the old approval is for 1.2.0 now");
    assert.equal(fix.preferred, false);
  });

  it("offers approved prompts as replacedBy, likeliest first, for library/replacement-missing", async () => {
    const deprecated = prompt({ status: "deprecated" });
    const candidates: CandidatePrompt[] = [
      { id: "zeta", title: "Zeta", status: "approved", channel: "social", tags: [] },
      { id: "welcome-email-v2", title: "Welcome v2", status: "approved", channel: "email", tags: ["onboarding"] },
      { id: "welcome-email", title: "Itself", status: "approved", channel: "email", tags: [] },
      { id: "draft-one", title: "Draft", status: "draft", channel: "email", tags: [] },
      { id: "alpha", title: "Alpha", status: "approved", channel: "email", tags: [] },
    ];
    assert.deepEqual(replacementCandidates(parse(deprecated), candidates).map((c) => c.id), ["welcome-email-v2", "alpha", "zeta"]);
    const other = prompt({ id: "welcome-email-v2" });
    const { after, left, fix } = await fixed(deprecated, "library/replacement-missing", /^Set replacedBy: welcome-email-v2 \(Welcome v2\)$/, candidates, { "prompts/b.md": other });
    assert.equal(fix.preferred, true);
    assert.ok(after.endsWith("hash: " + /hash: (\S+)/.exec(deprecated)![1] + "\nreplacedBy: welcome-email-v2\n---\nWrite a welcome email for {{audience}} who just started a trial of {{product}}.\n"));
    assert.deepEqual(left, []);
  });

  it("returns nothing for findings it has no fix for, or whose position no longer matches", () => {
    const p = parse(prompt({ status: "draft" }));
    assert.deepEqual(governanceFixes(p, { rule: "library/secret", severity: "error", message: "m", range: [0, 3] }), []);
    assert.deepEqual(governanceFixes(p, { rule: "library/undeclared-variable", severity: "error", message: "m", range: [0, 3] }), []);
    assert.deepEqual(governanceFixes(p, { rule: "library/unused-variable", severity: "warning", message: "m", range: [0, 3] }), []);
  });
});
