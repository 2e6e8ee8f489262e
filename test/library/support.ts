/** Helpers for the prompt library tests: in-memory libraries, prompt texts with current hashes, checks. */
import { resolveConfig } from "../../src/core/config/resolve.js";
import type { ConfigFile } from "../../src/core/config/schema.js";
import type { ResolvedConfig } from "../../src/core/config/resolved.js";
import type { Finding } from "../../src/core/findings/types.js";
import { memoryHost, type Host } from "../../src/core/host.js";
import { checkLibrary } from "../../src/core/library/check.js";
import { promptHash } from "../../src/core/library/hash.js";
import { LibraryIndex } from "../../src/core/library/library-index.js";
import { parsePrompt } from "../../src/core/library/prompt.js";
import type { BaseContent, GovernanceRule } from "../../src/core/library/rules/types.js";

export const ROOT = "/ws";
export const LIBRARIAN = "Dana Reyes <dana@acme.example>";
export const LEGAL = "Lee Legal <legal@acme.example>";
export const TODAY = "2026-11-22";

export function config(settings: Omit<Partial<ConfigFile>, "version"> = {}): ResolvedConfig {
  return resolveConfig({
    root: ROOT,
    file: `${ROOT}/copydesk.yaml`,
    parsed: { version: 1, library: { roots: ["prompts"], librarians: [LIBRARIAN, LEGAL], reviewEveryDays: 180 }, ...settings } as ConfigFile,
  });
}

/** Replaces every `HASH` in a prompt text with its current content hash (approvals are not hashed). */
export function withHash(text: string): string {
  if (!/\bHASH\b/.test(text)) return text;
  const placeholder = `sha256:${"0".repeat(64)}`;
  const hash = promptHash(parsePrompt("/p.md", text.replace(/\bHASH\b/g, placeholder)));
  if (!hash) throw new Error(`cannot hash: ${JSON.stringify(parsePrompt("/p.md", text).problems)}`);
  return text.replace(/\bHASH\b/g, hash);
}

export interface PromptParts {
  id?: string;
  version?: string;
  status?: string;
  extra?: string;
  body?: string;
}

/** A valid prompt text: approved by the librarian with the current hash unless `status` says otherwise. */
export function prompt(parts: PromptParts = {}): string {
  const id = parts.id ?? "welcome-email";
  const version = parts.version ?? "1.2.0";
  const status = parts.status ?? "approved";
  const approvals = status === "draft" || status === "review" ? "" : `approvals:\n  - by: ${LIBRARIAN}\n    role: librarian\n    date: 2026-10-02\n    version: ${version}\n    hash: HASH\n`;
  return withHash(`---
id: ${id}
title: Welcome email for new trial users
description: First email after sign-up; friendly, short, one CTA.
version: ${version}
status: ${status}
owner: ${LIBRARIAN}
channel: email
tags: [onboarding, trial]
variables:
  product: { description: Product name, required: true, default: Acme Cloud }
  audience: { description: Who the trial user is, required: true, example: IT managers }
${parts.extra ?? ""}${approvals}---
${parts.body ?? "Write a welcome email for {{audience}} who just started a trial of {{product}}.\n"}`);
}

export async function library(files: Record<string, string | Uint8Array>, settings?: Omit<Partial<ConfigFile>, "version">, host?: Host): Promise<LibraryIndex> {
  const abs = Object.fromEntries(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t]));
  const index = new LibraryIndex({ host: host ?? memoryHost(abs), config: config(settings) });
  await index.load();
  return index;
}

export interface CheckRun {
  settings?: Omit<Partial<ConfigFile>, "version">;
  rules?: GovernanceRule<any>[];
  today?: string;
  base?: BaseContent;
}

/** Findings per workspace-relative path, each as [rule, the text it covers]. */
export async function check(files: Record<string, string | Uint8Array>, run: CheckRun = {}): Promise<Record<string, [string, string][]>> {
  const index = await library(files, run.settings);
  const results = await checkLibrary(index, { config: index === undefined ? config() : config(run.settings), today: run.today ?? TODAY, strict: true, ...(run.rules ? { rules: run.rules } : {}), ...(run.base ? { base: run.base } : {}) });
  const out: Record<string, [string, string][]> = {};
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out[r.entry.relativePath] = r.findings.map((f: Finding) => [f.rule, r.prompt.text.slice(f.range[0], f.range[1])]);
  }
  return out;
}

/** Full findings of one rule on one file, for message checks. */
export async function findingsOf(rule: GovernanceRule<any>, files: Record<string, string | Uint8Array>, path: string, run: CheckRun = {}): Promise<Finding[]> {
  const index = await library(files, run.settings);
  const results = await checkLibrary(index, { config: config(run.settings), today: run.today ?? TODAY, strict: true, rules: [rule], ...(run.base ? { base: run.base } : {}) });
  return [...(results.find((r) => r.entry.relativePath === path)?.findings ?? [])];
}
