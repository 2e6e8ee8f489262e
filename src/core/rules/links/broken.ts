import { defineRule } from "../types.js";
import { parseDocument, type CopyDocument } from "../../document/index.js";
import { dirname, join, normalize, relative } from "../../paths.js";
import type { Report } from "../../findings/types.js";
import type { Range } from "../../text/line-index.js";
import { decodePath, targets, undefinedReferences, type Target } from "./targets.js";

const MARKDOWN = /\.(?:md|markdown|mdown|mkd|mdx)$/i;

/**
 * A relative link or image whose file does not exist, a `#fragment` that matches no heading or
 * HTML anchor in the target document, or a reference link whose label has no definition.
 * Files are resolved against the document's folder (`/…` against the workspace root) through the host.
 */
export default defineRule({
  id: "links/broken",
  category: "links",
  meta: {
    description: "A link to a file or section that does not exist",
    defaultSeverity: "error",
    fixable: true,
  },
  // Synchronous unless the document links to other files: only those need the host (a file's
  // existence, its headings), so a document without them is linted without a turn of the event loop.
  checkDocument(document, context) {
    const root = context.config.root;
    const folder = dirname(join(root, document.path));
    const parsed = new Map<string, Promise<CopyDocument | undefined>>();
    const load = (absolute: string) => {
      let hit = parsed.get(absolute);
      if (!hit) {
        hit = context.host.readFile(absolute).then((text) => (text === undefined ? undefined : parseDocument(text, { path: relative(root, absolute) })));
        parsed.set(absolute, hit);
      }
      return hit;
    };

    for (const ref of undefinedReferences(document)) {
      context.report({
        range: ref.range,
        message: `The reference [${ref.label}] has no definition, so this shows as plain text with brackets instead of a link. Add a line \`[${ref.label}]: <url>\` or write the link inline.`,
      });
    }

    const files: { target: Target; rawPath: string; fragment: string | undefined; hash: number; path: string }[] = [];
    for (const target of targets(document)) {
      if (target.kind !== "relative" && target.kind !== "fragment") continue;
      const hash = target.written.indexOf("#");
      const pathAndQuery = hash === -1 ? target.written : target.written.slice(0, hash);
      const rawPath = pathAndQuery.split("?")[0]!;
      const fragment = hash === -1 ? undefined : target.written.slice(hash + 1);
      if (rawPath === "") {
        if (fragment !== undefined && document.kind === "markdown") checkFragment(document, target, fragment, hash, context.report, "this document");
        continue;
      }
      const path = decodePath(rawPath);
      if (path === undefined || /^(?:www\.|https?\/\/)/i.test(path)) continue; // links/malformed reports these
      files.push({ target, rawPath, fragment, hash, path });
    }
    if (files.length === 0) return;
    return checkFiles(files);

    async function checkFiles(list: typeof files): Promise<void> {
      for (const { target, rawPath, fragment, hash, path } of list) {
        const absolute = path.startsWith("/") ? join(root, path) : normalize(join(folder, path));
        const shown = relative(root, absolute);
        if (!(await context.host.exists(absolute))) {
          const kind = target.link.kind === "image" ? "image" : "file";
          context.report({
            range: target.range,
            message: `The ${kind} "${rawPath}" does not exist (looked for ${shown} in the workspace). ${kind === "image" ? "Readers see a broken image" : 'Readers who follow the link get a "not found" page'}. Correct the path, add the ${kind}, or remove the ${kind === "image" ? "image" : "link"}.`,
          });
          continue;
        }
        if (fragment === undefined || !MARKDOWN.test(path)) continue;
        const other = await load(absolute);
        if (other) checkFragment(other, target, fragment, hash, context.report, shown);
      }
    }
  },
});

function checkFragment(target: CopyDocument, link: Target, rawFragment: string, hash: number, report: (r: Report) => void, where: string): void {
  const fragment = decodePath(rawFragment) ?? rawFragment;
  if (fragment === "" || fragment.toLowerCase() === "top") return;
  const anchors = [...target.headings.map((h) => h.slug), ...target.htmlAnchors];
  if (anchors.includes(fragment)) return;
  const range: Range = [link.range[0] + hash, link.range[1]];
  const caseOnly = anchors.find((a) => a.toLowerCase() === fragment.toLowerCase());
  if (caseOnly) {
    report({
      range,
      message: `The anchor "#${fragment}" differs in case from the heading anchor "#${caseOnly}" in ${where}; anchors are case-sensitive, so the link opens at the top of the page. Write "#${caseOnly}".`,
      fix: { range: [range[0] + 1, range[1]], text: caseOnly },
    });
    return;
  }
  const known = target.headings.map((h) => `#${h.slug}`);
  const hint = known.length ? ` Headings there: ${known.slice(0, 5).join(", ")}${known.length > 5 ? ", …" : ""}.` : " It has no headings.";
  report({
    range,
    message: `No heading or HTML anchor in ${where} has the anchor "#${fragment}", so the link opens at the top of the page instead of the section. Link to an existing heading's anchor (lower case, spaces as hyphens) or add the heading.${hint}`,
  });
}
