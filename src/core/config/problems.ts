import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { LineIndex, type Range } from "../text/line-index.js";

/** A problem in a configuration file, at its exact place (1-based line and UTF-16 column). */
export interface ConfigProblem {
  readonly file: string;
  readonly range: Range;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly hint?: string;
}

export function problemAt(file: string, text: string, range: Range, message: string, hint?: string): ConfigProblem {
  const pos = new LineIndex(text).positionAt(range[0]);
  return { file, range, line: pos.line + 1, column: pos.character + 1, message, ...(hint ? { hint } : {}) };
}

/** The source range of the node at `path` (the key when `key` is set), or of the nearest parent that exists. */
export function locate(doc: Document, path: readonly PropertyKey[], key = false): Range {
  let node: unknown = doc.contents;
  let range: Range = rangeOf(node) ?? [0, 0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return range;
      if (key && i === path.length - 1) return rangeOf(pair.key) ?? range;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
    } else return range;
    range = rangeOf(node) ?? range;
  }
  return range;
}

function rangeOf(node: unknown): Range | undefined {
  const r = (node as YamlNode | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** Turns zod issues into positioned problems: unknown keys at the key, wrong values at the value. */
export function zodProblems(file: string, text: string, doc: Document, error: z.ZodError, describe: (path: readonly PropertyKey[]) => string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const issue of flatten(error.issues)) {
    const path = issue.path;
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys) {
        const range = locate(doc, [...path, k], true);
        problems.push(problemAt(file, text, range, `Unknown key \`${k}\` in ${describe(path)}.`, "Check the spelling; see the JSON Schema for the keys allowed here."));
      }
      continue;
    }
    const range = locate(doc, path);
    problems.push(problemAt(file, text, range, `${describe(path)}: ${issueMessage(issue)}`));
  }
  return problems;
}

type Issue = z.core.$ZodIssue;

function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest (fewest issues), with the union's path prefix.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      const deeper = best.some((i) => i.path.length > 0);
      if (deeper) {
        out.push(...flatten(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue)));
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}

function issueMessage(issue: Issue): string {
  if (issue.code === "invalid_type") return `expected ${issue.expected}.`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
  return issue.message.endsWith(".") ? issue.message : `${issue.message}.`;
}

export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "the file";
  return "`" + path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[") + "`";
}
