/** `copydesk library <verb>`: the prompt library on the command line. Each verb lives in its own module. */
import type { Host } from "../../core/host.js";
import { todayUtc } from "../../core/engine.js";
import { UsageError } from "../files.js";
import { nodeHost } from "../node-host.js";
import { libraryList, libraryRender, libraryShow } from "./browse.js";
import { libraryCheck } from "./check.js";
import { libraryNew, libraryStep } from "./lifecycle.js";
import type { LibraryRun } from "./context.js";

export const LIBRARY_USAGE = `Usage: copydesk library <verb> [options]

Verbs:
  check [paths…] [--base REF] [--format stylish|json|sarif|summary]
                                 Governance checks on prompt files (exit codes as lint);
                                 summary: the library's health in Markdown, for a PR comment
  list [--status S] [--channel C] [--tag T] [--format table|json]
  show ID [--format text|json]
  render ID [--var name=value …] Fill the variables; prints the text with its provenance stamp
  new ID [--template ID] [--root DIR]
  submit ID                      draft → review
  approve ID [--by "Name <email>"] [--role librarian|legal]
                                 Records the approval (approver: --by, or git user.name/user.email)
  deprecate ID --replaced-by ID
  retire ID
  bump ID patch|minor|major

Every verb takes --config FILE. Exit codes: 0 done (or clean), 1 findings or a step that was
refused (the reason is printed), 2 usage or configuration error.
`;

export interface LibraryCommandOptions {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly host?: Host;
  readonly color?: boolean;
  readonly today?: string;
}

export async function libraryCommand(args: readonly string[], options: LibraryCommandOptions): Promise<number> {
  const [verb, ...rest] = args;
  const run: LibraryRun = {
    cwd: options.cwd, host: options.host ?? nodeHost(), stdout: options.stdout, stderr: options.stderr,
    color: options.color ?? false, today: options.today ?? todayUtc(),
  };
  if (verb === undefined || verb === "-h" || verb === "--help" || verb === "help") {
    (verb === undefined ? run.stderr : run.stdout)(LIBRARY_USAGE);
    return verb === undefined ? 2 : 0;
  }
  let code: number | "help";
  switch (verb) {
    case "check": code = await libraryCheck(rest, run); break;
    case "list": code = await libraryList(rest, run); break;
    case "show": code = await libraryShow(rest, run); break;
    case "render": code = await libraryRender(rest, run); break;
    case "new": code = await libraryNew(rest, run); break;
    case "submit": case "approve": case "deprecate": case "retire": case "bump": code = await libraryStep(verb, rest, run); break;
    default: throw new UsageError(`Unknown library verb "${verb}". Run \`copydesk library --help\` for the verbs.`);
  }
  if (code === "help") {
    run.stdout(LIBRARY_USAGE);
    return 0;
  }
  return code;
}
