/**
 * `copydesk`: a thin layer over core. `main` takes its world as arguments and resolves to the exit
 * code (0 clean, 1 findings, 2 usage or configuration error); bin.ts only wires `process`.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import type { Host } from "../core/host.js";
import { nodeHost } from "./node-host.js";
import { fetchStatus } from "./node-fetch.js";
import { runLint } from "./lint.js";
import { libraryCommand } from "./library/index.js";
import { UsageError } from "./files.js";
import { VERSION } from "./version.js";

export interface MainOptions {
  argv: readonly string[];
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  host?: Host;
  /** Use colour in the stylish format. */
  color?: boolean;
  /** YYYY-MM-DD, for tests. */
  today?: string;
}

export const USAGE = `Usage: copydesk <command> [options]

Commands:
  lint [paths…]        Check marketing copy against the Brand QA rules
  library <verb>       The prompt library: check, list, show, render, new, submit,
                       approve, deprecate, retire, bump (\`copydesk library --help\`)

Options for lint:
  --format <name>      stylish (default), json, sarif, or a QA report: html, markdown
  --config <file>      Use this copydesk.yaml instead of the nearest one
  --max-warnings <n>   Exit 0 when there are no errors and at most n warnings
  --check-external     Also request every external link (links/unreachable)

  -h, --help           Show this help
  -v, --version        Show the version
`;

export async function main(options: MainOptions): Promise<number> {
  const [command, ...rest] = options.argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      (command === undefined ? options.stderr : options.stdout)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "-v" || command === "--version") {
      options.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === "lint") return await lintCommand(rest, options);
    if (command === "library") return await libraryCommand(rest, options);
    throw new UsageError(`Unknown command "${command}". Run \`copydesk --help\` for the commands.`);
  } catch (error) {
    if (error instanceof UsageError) {
      options.stderr(`copydesk: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function lintCommand(args: readonly string[], options: MainOptions): Promise<number> {
  const parsed = parseCliArgs(args, {
    format: { type: "string" },
    config: { type: "string" },
    "max-warnings": { type: "string" },
    "check-external": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (parsed.values.help) {
    options.stdout(USAGE);
    return 0;
  }
  const format = (parsed.values.format as string | undefined) ?? "stylish";
  const maxWarningsText = parsed.values["max-warnings"] as string | undefined;
  let maxWarnings: number | undefined;
  if (maxWarningsText !== undefined) {
    if (!/^\d+$/.test(maxWarningsText)) throw new UsageError(`--max-warnings needs a whole number, not "${maxWarningsText}".`);
    maxWarnings = Number(maxWarningsText);
  }
  return runLint({
    paths: parsed.positionals,
    cwd: options.cwd,
    format,
    configFile: parsed.values.config === undefined ? undefined : resolve(options.cwd, parsed.values.config as string),
    maxWarnings,
    checkExternal: Boolean(parsed.values["check-external"]),
    host: options.host ?? (parsed.values["check-external"] ? nodeHost({ fetchStatus }) : nodeHost()),
    stdout: options.stdout,
    stderr: options.stderr,
    color: options.color ?? false,
    today: options.today,
  });
}

type ArgSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export function parseCliArgs(args: readonly string[], spec: ArgSpec): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: spec, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(`${message}. Run \`copydesk --help\` for the options.`);
  }
}
