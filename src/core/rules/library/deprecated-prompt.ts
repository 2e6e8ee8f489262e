import { defineRule } from "../types.js";
import { directives } from "../../document/directives.js";
import type { Range } from "../../text/line-index.js";
import { frontMatterEntry } from "../disclosure/tag.js";

/**
 * Copy whose provenance stamp (`<!-- copydesk prompt: id@version -->`, or front matter `prompt:`)
 * names a prompt the library has deprecated or retired. Needs the library (`LintOptions.library`);
 * without one the rule is silent.
 */
export default defineRule({
  id: "library/deprecated-prompt",
  category: "library",
  meta: {
    description: "Copy made with a deprecated or retired prompt",
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    const library = context.library;
    if (!library) return;
    const stamps: { id: string; version: string | undefined; range: Range }[] = [];
    for (const d of directives(document)) if (d.kind === "prompt") stamps.push({ id: d.id, version: d.version, range: d.refRange });
    const entry = frontMatterEntry(document, "prompt");
    const named = entry ? promptReference(entry.value) : undefined;
    if (entry && named) stamps.push({ ...named, range: entry.valueRange });
    for (const stamp of stamps) {
      const prompt = library.prompt(stamp.id);
      if (!prompt || (prompt.status !== "deprecated" && prompt.status !== "retired")) continue;
      const ref = stamp.version ? `${stamp.id}@${stamp.version}` : stamp.id;
      const replacement = prompt.replacedBy ? library.prompt(prompt.replacedBy) : undefined;
      const instead = replacement && replacement.status !== "retired"
        ? ` Its replacement is ${replacement.id}${replacement.version ? `@${replacement.version}` : ""}${replacement.title ? ` ("${replacement.title}")` : ""}: regenerate or review this copy with it, then update the stamp.`
        : " Review this copy against current guidance and rework it without the prompt, or with an approved one.";
      context.report({
        range: stamp.range,
        message:
          prompt.status === "retired"
            ? `This copy was made with prompt ${ref}, which the prompt library has retired: it is no longer approved for use.${instead}`
            : `This copy was made with prompt ${ref}, which the prompt library has deprecated.${instead}`,
      });
    }
  },
});

/** `id@version` (or just `id`), or a `{id, version}` mapping. */
export function promptReference(value: unknown): { id: string; version: string | undefined } | undefined {
  if (typeof value === "string") {
    const m = /^\s*([^\s@]+)(?:@(\S+))?\s*$/.exec(value);
    return m ? { id: m[1]!, version: m[2] } : undefined;
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const { id, version } = value as { id?: unknown; version?: unknown };
    if (typeof id === "string" && id.trim()) return { id: id.trim(), version: version === undefined || version === null ? undefined : String(version) };
  }
  return undefined;
}
