/**
 * Table tests for one rule, in the shape of textlint-tester: `valid` texts produce no finding of
 * the rule; each `invalid` case lists the findings it expects (by matched text, and optionally line
 * and message), and, for fixable rules, the text after applying every fix, which is then linted
 * again and must be clean of the rule.
 */
import { strict as assert } from "node:assert";
import { lintText } from "../../src/core/engine.js";
import { resolveConfig } from "../../src/core/config/resolve.js";
import type { ConfigFile, ClaimEntry } from "../../src/core/config/schema.js";
import type { ResolvedConfig } from "../../src/core/config/resolved.js";
import { memoryHost, type Host } from "../../src/core/host.js";
import { applyFixes } from "../../src/core/findings/fixes.js";
import type { Finding } from "../../src/core/findings/types.js";
import type { Rule } from "../../src/core/rules/types.js";
import "../../src/core/rules/index.js";

export interface CaseOptions {
  /** Settings as in copydesk.yaml (version is added). */
  config?: Omit<Partial<ConfigFile>, "version">;
  claims?: ClaimEntry[];
  /** Workspace-relative path (default `copy.md`). */
  path?: string;
  /** Files for the in-memory host, relative to the workspace root `/ws`. */
  files?: Record<string, string>;
  today?: string;
  host?: Host;
}

export interface ValidCase extends CaseOptions {
  text: string;
}

export interface ExpectedFinding {
  /** The exact text the finding covers. */
  text: string;
  /** 1-based line, when it matters. */
  line?: number;
  message?: RegExp;
}

export interface InvalidCase extends CaseOptions {
  text: string;
  findings: ExpectedFinding[];
  /** The text after applying every fix of this rule. */
  output?: string;
}

export const WORKSPACE = "/ws";

export function configFor(options: CaseOptions): ResolvedConfig {
  return resolveConfig({ root: WORKSPACE, file: `${WORKSPACE}/copydesk.yaml`, parsed: { version: 1, ...options.config } as ConfigFile, claims: options.claims ?? [] });
}

export async function lintWith(rule: Rule<any>, text: string, options: CaseOptions = {}): Promise<Finding[]> {
  const files = Object.fromEntries(Object.entries(options.files ?? {}).map(([p, t]) => [`${WORKSPACE}/${p}`, t]));
  const result = await lintText(text, {
    path: options.path ?? "copy.md",
    config: configFor(options),
    host: options.host ?? memoryHost(files),
    today: options.today ?? "2026-11-22",
    rules: [rule],
    strict: true,
  });
  return result.findings.filter((f) => f.rule === rule.id);
}

export function ruleTester(rule: Rule<any>, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const [i, c] of cases.valid.entries()) {
      const valid = typeof c === "string" ? { text: c } : c;
      it(`valid #${i + 1}: ${JSON.stringify(valid.text.slice(0, 60))}`, async () => {
        const findings = await lintWith(rule, valid.text, valid);
        assert.deepEqual(findings.map((f) => describeFinding(valid.text, f)), []);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid #${i + 1}: ${JSON.stringify(c.text.slice(0, 60))}`, async () => {
        const findings = await lintWith(rule, c.text, c);
        assert.deepEqual(
          findings.map((f) => c.text.slice(f.range[0], f.range[1])),
          c.findings.map((e) => e.text),
          `findings: ${JSON.stringify(findings.map((f) => describeFinding(c.text, f)))}`,
        );
        for (const [j, e] of c.findings.entries()) {
          const f = findings[j]!;
          if (e.line !== undefined) assert.equal(lineOf(c.text, f.range[0]), e.line, `line of ${e.text}`);
          if (e.message) assert.match(f.message, e.message);
        }
        const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
        if (c.output !== undefined) {
          assert.ok(rule.meta.fixable, `${rule.id} is not marked fixable but the case expects output`);
          const fixed = applyFixes(c.text, fixes);
          assert.equal(fixed, c.output);
          const again = await lintWith(rule, fixed, c);
          assert.deepEqual(again.map((f) => describeFinding(fixed, f)), [], "the fixed text is clean");
        } else if (!rule.meta.fixable) {
          assert.equal(fixes.length, 0, `${rule.id} is not marked fixable but offered a fix`);
        }
      });
    }
  });
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function describeFinding(text: string, f: Finding): string {
  return `${lineOf(text, f.range[0])}: ${JSON.stringify(text.slice(f.range[0], f.range[1]))} ${f.message}`;
}
