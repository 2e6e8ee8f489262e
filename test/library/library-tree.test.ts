import { strict as assert } from "node:assert";
import { parseLibraryFilter, type LibraryFilter } from "../../src/core/library/library-filter.js";
import { buildLibraryTree, walkTree, type LibraryMode, type TreeEntry, type TreeNode, type TreeSource } from "../../src/core/library/library-tree.js";
import type { PromptSummary } from "../../src/core/library/scan.js";
import { searchKeys } from "../../src/core/library/search.js";

function entry(id: string, fields: Partial<PromptSummary> = {}): TreeEntry {
  const summary: PromptSummary = { id, title: id, description: undefined, version: "1.0.0", status: "approved", owner: undefined, channel: "email", risk: undefined, tags: [], replacedBy: undefined, ...fields };
  return { path: `/ws/prompts/${id}.md`, summary, keys: searchKeys(summary) };
}

const WORKSPACE: TreeSource<TreeEntry> = {
  key: "file:///ws",
  label: "ws",
  prompts: [
    entry("welcome", { title: "Welcome email", tags: ["onboarding", "trial"], description: "The first email after sign-up" }),
    entry("welcome-classic", { title: "Welcome email (classic)", status: "deprecated", replacedBy: "welcome", tags: ["onboarding"] }),
    entry("spring-promo", { title: "Spring promotion", status: "retired", tags: ["promotion"] }),
    entry("launch-post", { title: "Launch post", channel: "social", tags: ["launch"] }),
    entry("teaser", { title: "Teaser post", status: "draft", channel: "social", tags: ["launch"] }),
    entry("pricing-hero", { title: "Pricing hero", status: "review", channel: "landing-page", tags: ["pricing"] }),
    entry("loose", { title: "A loose prompt", channel: undefined }),
  ],
};
const STARTER: TreeSource<TreeEntry> = { key: "starter", label: "Starter library", prompts: [entry("starter-welcome", { title: "Starter welcome", tags: ["onboarding"] })] };

function filter(text: string): LibraryFilter | undefined {
  const parsed = parseLibraryFilter(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.filter;
}

/** The tree as indented lines: groups with their counts, prompts by id. */
function outline(sources: TreeSource<TreeEntry>[], mode: LibraryMode, filterText = ""): string[] {
  const lines: string[] = [];
  const visit = (nodes: readonly TreeNode[], depth: number) => {
    for (const n of nodes) {
      if (n.kind === "prompt") lines.push(`${"  ".repeat(depth)}${n.entry.summary.id}`);
      else {
        lines.push(`${"  ".repeat(depth)}${n.label} (${n.count})`);
        visit(n.children, depth + 1);
      }
    }
  };
  visit(buildLibraryTree(sources, { mode, filter: filter(filterText) }).roots, 0);
  return lines;
}

describe("library tree", () => {
  it("shows writers approved and deprecated prompts by channel, then tag; a prompt under each of its tags", () => {
    assert.deepEqual(outline([WORKSPACE], "writer"), [
      "email (2)",
      "  onboarding (2)",
      "    welcome",
      "    welcome-classic",
      "  trial (1)",
      "    welcome",
      "social (1)",
      "  launch (1)",
      "    launch-post",
      "(no channel) (1)",
      "  (no tag) (1)",
      "    loose",
    ]);
  });

  it("shows librarians every status, retired included", () => {
    assert.deepEqual(outline([WORKSPACE], "librarian"), [
      "email (3)",
      "  onboarding (2)",
      "    welcome",
      "    welcome-classic",
      "  promotion (1)",
      "    spring-promo",
      "  trial (1)",
      "    welcome",
      "landing-page (1)",
      "  pricing (1)",
      "    pricing-hero",
      "social (2)",
      "  launch (2)",
      "    launch-post",
      "    teaser",
      "(no channel) (1)",
      "  (no tag) (1)",
      "    loose",
    ]);
  });

  it("groups by library when more than one holds prompts, the order given (workspace, then starter)", () => {
    const lines = outline([WORKSPACE, STARTER, { key: "empty", label: "empty", prompts: [] }], "writer");
    assert.deepEqual(lines.filter((l) => !l.startsWith(" ")), ["ws (4)", "Starter library (1)"]);
    assert.deepEqual(lines.slice(-4), ["Starter library (1)", "  email (1)", "    onboarding (1)", "      starter-welcome"]);
  });

  it("filters by words, status, channel and tag, and counts what the mode and the filter leave", () => {
    assert.deepEqual(outline([WORKSPACE], "librarian", "status:draft,review"), ["landing-page (1)", "  pricing (1)", "    pricing-hero", "social (1)", "  launch (1)", "    teaser"]);
    assert.deepEqual(outline([WORKSPACE], "writer", "channel:email tag:trial"), ["email (1)", "  trial (1)", "    welcome"]);
    assert.deepEqual(outline([WORKSPACE], "writer", "first sign"), ["email (1)", "  onboarding (1)", "    welcome", "  trial (1)", "    welcome"]);
    const none = buildLibraryTree([WORKSPACE], { mode: "writer", filter: filter("status:draft") });
    assert.deepEqual({ roots: none.roots.length, total: none.total, inMode: none.inMode, shown: none.shown }, { roots: 0, total: 7, inMode: 4, shown: 0 });
  });

  it("gives every node a unique id that survives a rebuild, and each child its parent", () => {
    const build = () => [...walkTree(buildLibraryTree([WORKSPACE, STARTER], { mode: "librarian" }).roots)];
    const nodes = build();
    const ids = nodes.map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(build().map((n) => n.id), ids);
    const welcome = nodes.find((n) => n.kind === "prompt" && n.entry.summary.id === "welcome")!;
    assert.equal(welcome.id, "s:file:///ws/c:email/t:onboarding/p:/ws/prompts/welcome.md");
    assert.deepEqual([welcome.parent?.label, welcome.parent?.parent?.label, welcome.parent?.parent?.parent?.label, welcome.parent?.parent?.parent?.parent], ["onboarding", "email", "ws", undefined]);
  });

  it("keeps a channel literally named like the no-channel group apart from it", () => {
    const odd: TreeSource<TreeEntry> = { key: "k", label: "k", prompts: [entry("a", { channel: "(no channel)" }), entry("b", { channel: undefined })] };
    const roots = buildLibraryTree([odd], { mode: "writer" }).roots;
    assert.equal(roots.length, 2);
    assert.notEqual(roots[0]!.id, roots[1]!.id);
  });

  it("orders prompts by title, then id, and groups by name", () => {
    const source: TreeSource<TreeEntry> = { key: "k", label: "k", prompts: [entry("c", { title: "Zebra", channel: "b" }), entry("a", { title: "émail", channel: "B2" }), entry("b", { title: "Email", channel: "a" }), entry("d", { title: "email", channel: "b" })] };
    assert.deepEqual(outline([source], "writer"), ["a (1)", "  (no tag) (1)", "    b", "b (2)", "  (no tag) (2)", "    d", "    c", "B2 (1)", "  (no tag) (1)", "    a"]);
  });
});
