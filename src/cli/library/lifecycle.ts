/** `copydesk library new | submit | approve | deprecate | retire | bump`: lifecycle steps that edit prompt files in place. */
import { mkdir, writeFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { checkEntry } from "../../core/library/check.js";
import type { LibraryEntry } from "../../core/library/library-index.js";
import { approvePrompt, bumpPrompt, deprecatePrompt, retirePrompt, submitPrompt, type StepResult } from "../../core/library/lifecycle.js";
import { newPrompt } from "../../core/library/new-prompt.js";
import { ROLES, type ApprovalRole } from "../../core/library/schema.js";
import { BUMP_LEVELS, type BumpLevel } from "../../core/library/semver.js";
import { UsageError } from "../files.js";
import { openLibrary, parseVerbArgs, promptById, shown, writeEdits, type LibraryRun } from "./context.js";
import { gitIdentity } from "./git.js";

type Verb = "submit" | "approve" | "deprecate" | "retire" | "bump";

export async function libraryStep(verb: Verb, args: readonly string[], run: LibraryRun): Promise<number | "help"> {
  const spec: Parameters<typeof parseVerbArgs>[2] = verb === "approve" ? { by: { type: "string" }, role: { type: "string" } } : verb === "deprecate" ? { "replaced-by": { type: "string" } } : {};
  const { values, positionals } = parseVerbArgs(verb, args, spec);
  if (values.help) return "help";
  const [id, level, ...extra] = positionals;
  if (extra.length || (verb !== "bump" && level !== undefined)) throw new UsageError(`Too many arguments for \`copydesk library ${verb}\`.`);
  if (verb === "bump" && !(BUMP_LEVELS as readonly string[]).includes(level ?? "")) throw new UsageError(`\`copydesk library bump ${id ?? "ID"}\` needs patch, minor or major${level ? `, not "${level}"` : ""}.`);
  const role = (values.role as string | undefined) ?? "librarian";
  if (verb === "approve" && !(ROLES as readonly string[]).includes(role)) throw new UsageError(`Unknown role "${role}". Use librarian or legal.`);
  const replacedBy = values["replaced-by"] as string | undefined;
  if (verb === "deprecate" && !replacedBy) throw new UsageError("`copydesk library deprecate ID` needs --replaced-by ID: the prompt writers should use instead.");
  const library = await openLibrary(run, values.config);
  if (library.problems.length) return 2;
  const entry = promptById(library, id, verb);
  if (library.index.withId(entry.summary.id!).length > 1) throw new UsageError(`The id ${id} is used by more than one prompt (${library.index.withId(id!).map((e) => e.relativePath).join(", ")}); fix library/duplicate-id first.`);
  let result: StepResult;
  if (verb === "bump") result = bumpPrompt(entry.parsed(), level as BumpLevel);
  else if (verb === "retire") result = retirePrompt(entry.parsed());
  else if (verb === "deprecate") result = deprecatePrompt(entry.parsed(), { replacedBy: replacedBy!, library: library.index });
  else {
    const { findings } = await checkEntry(library.index, entry, { config: library.config, today: run.today });
    if (verb === "submit") result = submitPrompt(entry.parsed(), { findings });
    else {
      const approver = (values.by as string | undefined) ?? (await gitIdentity(run.cwd));
      if (!approver) throw new UsageError('Who approves? Give --by "Name <email>", or set git\'s user.name and user.email.');
      result = approvePrompt(entry.parsed(), { approver, role: role as ApprovalRole, today: run.today, config: library.config, findings });
    }
  }
  return finish(result, entry, run);
}

async function finish(result: StepResult, entry: LibraryEntry, run: LibraryRun): Promise<number> {
  if (!result.ok) {
    run.stderr(`copydesk: ${result.reason}\n`);
    return 1;
  }
  await writeEdits(entry, result.edits);
  run.stdout(`${result.message} (${shown(run, entry.path)})\n`);
  return 0;
}

export async function libraryNew(args: readonly string[], run: LibraryRun): Promise<number | "help"> {
  const { values, positionals } = parseVerbArgs("new", args, { template: { type: "string" }, root: { type: "string" } });
  if (values.help) return "help";
  const [id, ...extra] = positionals;
  if (!id) throw new UsageError("`copydesk library new` needs the new prompt's id, such as `copydesk library new spring-sale-email`.");
  if (extra.length) throw new UsageError("Too many arguments for `copydesk library new`.");
  const library = await openLibrary(run, values.config);
  if (library.problems.length) return 2;
  if (library.index.get(id)) throw new UsageError(`The library already has a prompt "${id}" (${library.index.get(id)!.relativePath}). Choose another id.`);
  const templateId = values.template as string | undefined;
  const template = templateId === undefined ? undefined : promptById(library, templateId, "new --template").parsed();
  const root = typeof values.root === "string" ? resolve(run.cwd, values.root) : library.index.roots[0];
  if (!root) throw new UsageError("The configuration names no library root; give --root DIR.");
  const path = join(root, `${id}.md`);
  if (await stat(path).then(() => true, () => false)) throw new UsageError(`${shown(run, path)} already exists.`);
  const owner = (await gitIdentity(run.cwd)) ?? "Your Name <you@example.com>";
  const result = newPrompt({ id, owner, ...(template ? { template } : {}) });
  if (!result.ok) {
    run.stderr(`copydesk: ${result.reason}\n`);
    return 1;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, result.text, "utf8");
  run.stdout(`Created ${shown(run, path)} (draft ${id} 0.1.0${templateId ? `, from ${templateId}` : ""}). Fill it in, then \`copydesk library submit ${id}\`.\n`);
  return 0;
}
