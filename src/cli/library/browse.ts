/** `copydesk library list | show | render`: finding and using prompts. */
import { promptHash } from "../../core/library/hash.js";
import type { LibraryEntry } from "../../core/library/library-index.js";
import { renderPrompt } from "../../core/library/render.js";
import { STATUSES } from "../../core/library/schema.js";
import { UsageError } from "../files.js";
import { openLibrary, parseVerbArgs, promptById, shown, type LibraryRun } from "./context.js";

export async function libraryList(args: readonly string[], run: LibraryRun): Promise<number | "help"> {
  const { values, positionals } = parseVerbArgs("list", args, { status: { type: "string" }, channel: { type: "string" }, tag: { type: "string" }, format: { type: "string" } });
  if (values.help) return "help";
  if (positionals.length) throw new UsageError(`\`copydesk library list\` takes no arguments (got "${positionals[0]}"); filter with --status, --channel or --tag.`);
  const status = values.status as string | undefined;
  if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) throw new UsageError(`Unknown status "${status}". Use one of: ${STATUSES.join(", ")}.`);
  const formatName = (values.format as string | undefined) ?? "table";
  if (formatName !== "table" && formatName !== "json") throw new UsageError(`Unknown format "${formatName}". Use table or json.`);
  const library = await openLibrary(run, values.config);
  const prompts = library.index.list({ status, channel: values.channel as string | undefined, tag: values.tag as string | undefined });
  if (formatName === "json") {
    const rows = prompts.map((e) => ({
      id: e.summary.id!, title: e.summary.title ?? null, version: e.summary.version ?? null, status: e.summary.status ?? null,
      channel: e.summary.channel ?? null, tags: [...e.summary.tags], owner: e.summary.owner ?? null, path: shown(run, e.path),
    }));
    run.stdout(`${JSON.stringify({ version: 1, prompts: rows })}\n`);
  } else run.stdout(table(prompts));
  return library.problems.length ? 2 : 0;
}

function table(prompts: readonly LibraryEntry[]): string {
  if (prompts.length === 0) return "No prompts match.\n";
  const rows = [["ID", "VERSION", "STATUS", "CHANNEL", "TITLE"], ...prompts.map((e) => [e.summary.id!, e.summary.version ?? "-", e.summary.status ?? "-", e.summary.channel ?? "-", e.summary.title ?? ""])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ").trimEnd()).join("\n") + `\n\n${prompts.length} prompt${prompts.length === 1 ? "" : "s"}\n`;
}

export async function libraryShow(args: readonly string[], run: LibraryRun): Promise<number | "help"> {
  const { values, positionals } = parseVerbArgs("show", args, { format: { type: "string" } });
  if (values.help) return "help";
  const formatName = (values.format as string | undefined) ?? "text";
  if (formatName !== "text" && formatName !== "json") throw new UsageError(`Unknown format "${formatName}". Use text or json.`);
  const library = await openLibrary(run, values.config);
  const entry = promptById(library, positionals[0], "show");
  const prompt = entry.parsed();
  const f = prompt.fields;
  const s = entry.summary;
  const hash = promptHash(prompt);
  if (formatName === "json") {
    const json = {
      id: s.id, title: s.title ?? null, description: s.description ?? null, version: s.version ?? null, status: s.status ?? null, owner: s.owner ?? null,
      channel: s.channel ?? null, tags: [...s.tags], risk: f.risk ?? "low", variables: f.variables ?? {}, output: f.output ?? null, approvals: f.approvals ?? [],
      reviewBy: f.reviewBy ?? null, replacedBy: f.replacedBy ?? null, path: shown(run, entry.path), hash: hash ?? null, template: prompt.body,
    };
    run.stdout(`${JSON.stringify({ version: 1, prompt: json }, null, 2)}\n`);
    return library.problems.length ? 2 : 0;
  }
  const out: string[] = [`${s.id} ${s.version ?? "(no version)"} — ${s.title ?? "(no title)"}`];
  out.push([`status: ${s.status ?? "-"}`, `channel: ${s.channel ?? "-"}`, `risk: ${f.risk ?? "low"}`, `owner: ${s.owner ?? "-"}`].join("   "));
  if (s.tags.length) out.push(`tags: ${s.tags.join(", ")}`);
  out.push(`path: ${shown(run, entry.path)}`);
  if (s.description) out.push("", s.description);
  if (s.status === "deprecated") out.push("", `Deprecated${s.replacedBy ? `: use ${s.replacedBy} instead` : " (no replacement named)"}.`);
  if (s.status === "retired") out.push("", "Retired: not for use.");
  const vars = Object.entries(f.variables ?? {});
  if (vars.length) {
    out.push("", "Variables:");
    const width = Math.max(...vars.map(([n]) => n.length));
    for (const [name, v] of vars) {
      const notes = [v.required ? "required" : "optional", v.enum ? `one of: ${v.enum.join(", ")}` : "", v.default !== undefined ? `default: ${v.default}` : "", v.example !== undefined ? `e.g. ${v.example}` : ""].filter(Boolean);
      out.push(`  ${name.padEnd(width)}  ${v.description} (${notes.join("; ")})`);
    }
  }
  const approvals = f.approvals ?? [];
  if (approvals.length) {
    out.push("", "Approvals:");
    for (const a of approvals) out.push(`  ${a.date}  ${a.role.padEnd(9)}  ${a.version}  ${a.by}${a.version === f.version ? (a.hash === hash ? "  (current)" : "  (stale: content changed)") : ""}`);
  }
  if (f.reviewBy) out.push(`Review by: ${f.reviewBy}`);
  out.push(`Content hash: ${hash ?? "(cannot be computed: see copydesk library check)"}`);
  out.push("", "Template:", ...prompt.body.replace(/\s+$/, "").split(/\r?\n/).map((l) => (l ? `  ${l}` : "")));
  run.stdout(`${out.join("\n")}\n`);
  return library.problems.length ? 2 : 0;
}

export async function libraryRender(args: readonly string[], run: LibraryRun): Promise<number | "help"> {
  const { values, positionals } = parseVerbArgs("render", args, { var: { type: "string", multiple: true } });
  if (values.help) return "help";
  const given: Record<string, string> = {};
  for (const pair of (values.var as string[] | undefined) ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--var needs name=value, not "${pair}".`);
    given[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const library = await openLibrary(run, values.config);
  const entry = promptById(library, positionals[0], "render");
  const { id, status, replacedBy } = entry.summary;
  if (status === "retired") {
    run.stderr(`copydesk: ${id} is retired and not for use.${replacedBy ? ` Use ${replacedBy} instead.` : ""}\n`);
    return 1;
  }
  if (status === "deprecated") run.stderr(`copydesk: warning: ${id} is deprecated${replacedBy ? `; use ${replacedBy} instead` : ""}.\n`);
  else if (status !== "approved") run.stderr(`copydesk: warning: ${id} is ${status ?? "not approved"}, not approved; do not use it for published copy yet.\n`);
  const result = renderPrompt(entry.parsed(), given);
  if (!result.ok) {
    for (const p of result.problems) run.stderr(`copydesk: ${p.message}\n`);
    return 2;
  }
  run.stdout(result.text);
  return library.problems.length ? 2 : 0;
}
