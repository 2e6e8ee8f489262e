import { parseDocument, type Document } from "yaml";
import { z } from "zod";
import picomatch from "picomatch";
import { RE2JS } from "re2js";
import { ConfigSchema, ClaimsFileSchema, type ConfigFile, type ClaimEntry } from "./schema.js";
import { describePath, locate, problemAt, zodProblems, type ConfigProblem } from "./problems.js";
import { resolveConfig } from "./resolve.js";
import type { ResolvedConfig } from "./resolved.js";
import type { Host } from "../host.js";
import { dirname, join } from "../paths.js";

export const CONFIG_FILE_NAME = "copydesk.yaml";

export interface Parsed<T> {
  readonly value: T | undefined;
  readonly problems: readonly ConfigProblem[];
}

function parseYamlFile(text: string, file: string): { doc: Document; problems: ConfigProblem[] } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((e) =>
    problemAt(file, text, [e.pos[0], e.pos[1]], `Not valid YAML: ${e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}.`, "Fix the YAML syntax at this place."),
  );
  return { doc, problems };
}

/** Parses and validates the text of a copydesk.yaml. Problems carry exact positions. */
export function parseConfigText(text: string, file: string): Parsed<ConfigFile> {
  const { doc, problems } = parseYamlFile(text, file);
  if (problems.length > 0) return { value: undefined, problems };
  const data = doc.toJS() ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { value: undefined, problems: [problemAt(file, text, locate(doc, []), "copydesk.yaml must be a mapping of settings.", "Start with `version: 1`.")] };
  }
  const result = ConfigSchema.safeParse(data);
  if (!result.success) return { value: undefined, problems: zodProblems(file, text, doc, result.error, describePath) };
  const value = result.data;
  const more: ConfigProblem[] = [];
  const checkGlobs = (globs: readonly string[] | undefined, path: PropertyKey[]) =>
    globs?.forEach((g, i) => {
      const why = globProblem(g);
      if (why) more.push(problemAt(file, text, locate(doc, [...path, i]), `Bad glob ${JSON.stringify(g)} in ${describePath(path)}: ${why}`, "Globs are relative to copydesk.yaml, like `email/**` or `**/*.md`."));
    });
  checkGlobs(value.files?.include, ["files", "include"]);
  checkGlobs(value.files?.exclude, ["files", "exclude"]);
  for (const [name, channel] of Object.entries(value.channels ?? {})) checkGlobs(channel.match, ["channels", name, "match"]);
  for (const [id, setting] of Object.entries(value.rules ?? {})) {
    if (!ruleCatalog.isKnown(id)) {
      more.push(problemAt(file, text, locate(doc, ["rules", id], true), `Unknown rule or category \`${id}\` in \`rules\`.`, "See docs/rules/README.md for the rule ids."));
      continue;
    }
    if (typeof setting === "string") continue;
    const { severity: _severity, ...options } = setting;
    const schema = ruleCatalog.options(id);
    if (!schema) {
      const first = Object.keys(options)[0];
      if (first !== undefined) more.push(problemAt(file, text, locate(doc, ["rules", id, first], true), `\`${id}\` has no option \`${first}\`.`, "Give only `severity:` here, or see the rule's documentation."));
      continue;
    }
    const checked = schema.safeParse(options);
    if (!checked.success) more.push(...zodProblems(file, text, doc, prefixIssues(checked.error, ["rules", id]), describePath));
  }
  return { value: more.length ? undefined : value, problems: more };
}

/** What configuration validation needs to know about rules (installed by the registry: rules import config, not the reverse). */
export interface RuleCatalog {
  isKnown(key: string): boolean;
  /** The options schema of a rule id (not of a category). */
  options(id: string): z.ZodType | undefined;
}

let ruleCatalog: RuleCatalog = { isKnown: () => true, options: () => undefined };
export function setRuleCatalog(catalog: RuleCatalog): void {
  ruleCatalog = catalog;
}

function prefixIssues(error: z.ZodError, prefix: PropertyKey[]): z.ZodError {
  return new z.ZodError(error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
}

function globProblem(glob: string): string | undefined {
  if (glob.startsWith("/") || /^[A-Za-z]:[\\/]/.test(glob)) return "it is an absolute path.";
  if (glob.includes("\\")) return "use `/` as the separator.";
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
    return undefined;
  } catch (e) {
    return `${(e as Error).message}.`;
  }
}

/** Parses and validates claims.yaml; `pattern:` entries must compile as RE2 (linear-time) expressions. */
export function parseClaimsText(text: string, file: string): Parsed<ClaimEntry[]> {
  const { doc, problems } = parseYamlFile(text, file);
  if (problems.length > 0) return { value: undefined, problems };
  const result = ClaimsFileSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) return { value: undefined, problems: zodProblems(file, text, doc, result.error, describePath) };
  const more: ConfigProblem[] = [];
  const seen = new Map<string, number>();
  result.data.claims.forEach((claim, i) => {
    if (claim.pattern !== undefined) {
      try {
        RE2JS.compile(claim.pattern);
      } catch (e) {
        more.push(problemAt(file, text, locate(doc, ["claims", i, "pattern"]), `Claim ${claim.id}: the pattern does not compile: ${(e as Error).message}.`, "Patterns use RE2 syntax (no look-around or back-references)."));
      }
    }
    if (seen.has(claim.id)) more.push(problemAt(file, text, locate(doc, ["claims", i, "id"]), `Claim id ${claim.id} is used twice (first at entry ${seen.get(claim.id)! + 1}).`, "Give each register entry its own id."));
    seen.set(claim.id, i);
  });
  return { value: more.length ? undefined : result.data.claims, problems: more };
}

export interface LoadedConfig {
  readonly config: ResolvedConfig;
  readonly problems: readonly ConfigProblem[];
  /** Files the configuration was read from (copydesk.yaml, claims.yaml). */
  readonly sources: readonly string[];
}

/**
 * Finds and loads the configuration for `cwd`: `configFile` when given, else copydesk.yaml in `cwd`
 * or the nearest parent. With problems, `fallback` (the last good configuration) or the defaults stay
 * in force, so linting never stops.
 */
export async function loadConfig(options: { host: Host; cwd: string; configFile?: string; fallback?: ResolvedConfig }): Promise<LoadedConfig> {
  const { host } = options;
  const file = options.configFile ?? (await findUp(host, options.cwd, CONFIG_FILE_NAME));
  if (!file) return { config: resolveConfig({ root: options.cwd }), problems: [], sources: [] };
  const text = await host.readFile(file);
  const root = dirname(file);
  if (text === undefined) {
    const problem: ConfigProblem = { file, range: [0, 0], line: 1, column: 1, message: `Cannot read the configuration file ${file}.`, hint: "Check the path given with --config." };
    return { config: options.fallback ?? resolveConfig({ root: options.cwd }), problems: [problem], sources: [] };
  }
  const parsed = parseConfigText(text, file);
  if (!parsed.value) return { config: options.fallback ?? resolveConfig({ root }), problems: parsed.problems, sources: [file] };
  let entries: ClaimEntry[] = [];
  const problems: ConfigProblem[] = [];
  const sources = [file];
  const registerPath = parsed.value.claims?.register ? join(root, parsed.value.claims.register) : undefined;
  if (registerPath) {
    sources.push(registerPath);
    const registerText = await host.readFile(registerPath);
    if (registerText === undefined) {
      const doc = parseDocument(text);
      problems.push(problemAt(file, text, locate(doc, ["claims", "register"]), `The claims register ${parsed.value.claims!.register} does not exist.`, "Create it, or fix the path (relative to copydesk.yaml)."));
    } else {
      const claims = parseClaimsText(registerText, registerPath);
      problems.push(...claims.problems);
      if (claims.value) entries = claims.value;
    }
  }
  if (problems.length && options.fallback) return { config: options.fallback, problems, sources };
  return { config: resolveConfig({ root, file, parsed: parsed.value, claims: entries }), problems, sources };
}

async function findUp(host: Host, from: string, name: string): Promise<string | undefined> {
  let dir = from;
  for (;;) {
    const candidate = join(dir, name);
    if (await host.exists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
