import { parseDocument as parseYaml, isMap } from "yaml";
import type { FrontMatter } from "./model.js";
import type { Range } from "../text/line-index.js";

const OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

export interface FrontMatterScan {
  frontMatter: FrontMatter | undefined;
  bodyStart: number;
  problem?: { range: Range; message: string };
}

/** Finds and parses a YAML front matter block at the very start of the text. */
export function scanFrontMatter(text: string): FrontMatterScan {
  const open = OPEN.exec(text);
  if (!open) return { frontMatter: undefined, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  const sourceStart = open[0].length;
  CLOSE.lastIndex = sourceStart;
  let close: RegExpExecArray | null;
  while ((close = CLOSE.exec(text))) {
    // The pattern is multiline; make sure the match starts a line.
    if (close.index === sourceStart || text.charCodeAt(close.index - 1) === 10) break;
  }
  if (!close) {
    const fenceEnd = open[0].replace(/\r?\n$/, "").length;
    return {
      frontMatter: undefined,
      bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0,
      problem: {
        range: [text.charCodeAt(0) === 0xfeff ? 1 : 0, fenceEnd],
        message:
          "Front matter opened with `---` is never closed, so it is read as body text. Add a closing `---` line after the metadata.",
      },
    };
  }
  const source = text.slice(sourceStart, close.index);
  const end = close.index + close[0].length;
  const yaml = parseYaml(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const errors = yaml.errors.map((e) => ({
    range: [sourceStart + e.pos[0], sourceStart + Math.max(e.pos[1], e.pos[0] + 1)] as Range,
    message: `Front matter is not valid YAML: ${firstLine(e.message)}`,
  }));
  let data: Record<string, unknown> | undefined;
  if (errors.length === 0) {
    if (isMap(yaml.contents)) {
      try {
        data = yaml.toJS() as Record<string, unknown>;
      } catch (error) {
        // An alias to an anchor that is not set, for instance: the YAML is well formed but has no value.
        errors.push({ range: [sourceStart, sourceStart + Math.max(1, source.trimEnd().length)], message: `Front matter is not valid YAML: ${firstLine((error as Error).message)}` });
      }
    } else if (yaml.contents !== null && yaml.contents !== undefined) {
      errors.push({
        range: [sourceStart, sourceStart + Math.max(1, source.trimEnd().length)],
        message: "Front matter must be a YAML mapping of `key: value` lines.",
      });
    } else data = {};
  }
  return {
    frontMatter: { range: [0, end], source, sourceStart, yaml, data, errors },
    bodyStart: end,
  };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
