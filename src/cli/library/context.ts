/** What every `copydesk library` verb shares: arguments, configuration, the index, and writing edits. */
import { parseArgs } from "node:util";
import { writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { Host } from "../../core/host.js";
import { loadConfig } from "../../core/config/load.js";
import type { ConfigProblem } from "../../core/config/problems.js";
import type { ResolvedConfig } from "../../core/config/resolved.js";
import { LibraryIndex, libraryRoots, type LibraryEntry } from "../../core/library/library-index.js";
import { applyEdits, type TextEdit } from "../../core/library/yaml-edit.js";
import { toPosix, UsageError } from "../files.js";

export interface LibraryRun {
  readonly cwd: string;
  readonly host: Host;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly color: boolean;
  readonly today: string;
}

type Spec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

export function parseVerbArgs(verb: string, args: readonly string[], spec: Spec): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { ...spec, config: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${message}. Run \`copydesk library ${verb} --help\` for the options.`);
  }
}

export interface OpenedLibrary {
  readonly config: ResolvedConfig;
  readonly problems: readonly ConfigProblem[];
  readonly index: LibraryIndex;
}

/** Loads the configuration (printing its problems) and indexes the library roots, plus `extraRoots`. */
export async function openLibrary(run: LibraryRun, configOption: unknown, extraRoots: readonly string[] = []): Promise<OpenedLibrary> {
  const configFile = typeof configOption === "string" ? resolve(run.cwd, configOption) : undefined;
  if (configFile !== undefined && !(await run.host.exists(configFile))) throw new UsageError(`The configuration file ${configFile} does not exist. Check the --config path.`);
  const loaded = await loadConfig({ host: run.host, cwd: run.cwd, configFile });
  for (const p of loaded.problems) {
    run.stderr(`${shown(run, p.file)}:${p.line}:${p.column}: error: ${p.message}${p.hint ? `\n  ${p.hint}` : ""}\n`);
  }
  if (loaded.problems.length) run.stderr("copydesk: the configuration has errors; using the defaults instead.\n");
  const index = new LibraryIndex({ host: run.host, config: loaded.config, roots: libraryRoots(loaded.config, extraRoots) });
  await index.load();
  return { config: loaded.config, problems: loaded.problems, index };
}

/** The prompt with this id, or a usage error that suggests close matches. */
export function promptById(library: OpenedLibrary, id: string | undefined, verb: string): LibraryEntry {
  if (!id) throw new UsageError(`\`copydesk library ${verb}\` needs a prompt id. Run \`copydesk library list\` to see them.`);
  const entry = library.index.get(id);
  if (entry) return entry;
  const near = library.index.search(id.replace(/[-_.]+/g, " "), { limit: 3 }).map((e) => e.summary.id);
  const roots = library.index.roots.map((r) => toPosix(relative(library.config.root, r)) || ".").join(", ");
  throw new UsageError(`No prompt "${id}" in the library (${roots}).${near.length ? ` Did you mean ${near.join(", ")}?` : ""}`);
}

/** Writes a step's edits to the prompt file (the only place `library` writes prompts). */
export async function writeEdits(entry: LibraryEntry, edits: readonly TextEdit[]): Promise<void> {
  if (entry.loadProblems.length) throw new UsageError(`${entry.relativePath} is not valid UTF-8 text; fix the file before changing it.`);
  await writeFile(entry.path, applyEdits(entry.text, edits), "utf8");
}

export function shown(run: LibraryRun, path: string): string {
  return toPosix(relative(run.cwd, path)) || path;
}

/** The library for `copydesk lint` (for `library/deprecated-prompt`); undefined when it holds no prompts. */
export async function libraryForLint(config: ResolvedConfig, host: Host): Promise<LibraryIndex | undefined> {
  if (!host.listFiles) return undefined;
  const index = new LibraryIndex({ host, config });
  await index.load();
  return index.entries().length ? index : undefined;
}
