/**
 * The fast path of the library index. A full YAML parse costs about 0.2 ms per prompt, too slow
 * to index 10,000 prompts in under a second, so the index reads the few fields it lists and
 * searches (id, title, description, version, status, owner, channel, tags, risk, replacedBy) with
 * a scanner for the plain subset of YAML that front matter is nearly always written in. Anything
 * outside that subset (anchors, multi-line values, block scalars on those keys, tabs, duplicate
 * keys…) returns "complex" and the caller parses the file fully. A property test holds the scanner
 * to the `yaml` package's results.
 */
export interface PromptSummary {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly version: string | undefined;
  readonly status: string | undefined;
  readonly owner: string | undefined;
  readonly channel: string | undefined;
  readonly risk: string | undefined;
  readonly tags: readonly string[];
  readonly replacedBy: string | undefined;
}

export type ScanResult = { kind: "prompt"; summary: PromptSummary } | { kind: "other" } | { kind: "complex" };

const WANTED = new Set(["id", "title", "description", "version", "status", "owner", "channel", "risk", "tags", "replacedBy"]);
const OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;
const CORE_NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const TAG_ITEM = /^ *- +(.*)$/;
const WANTED_BLOCK = /^[|>]-?(?: +#.*)?$/;
const OTHER_BLOCK = /^[|>][1-9]?[-+]?[1-9]?(?: +#.*)?$/;
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_ITEM = /^[^,[\]{}#"'&*!|>%@`:?-][^,[\]{}#:]*/;
const COMMENT_AFTER = /^ +#/;
const COMPLEX = Symbol("complex");
type Value = string | null | string[] | typeof COMPLEX;

/** The source between the front-matter fences, exactly as `scanFrontMatter` finds it; undefined without front matter. */
export function frontMatterSource(text: string): string | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  CLOSE.lastIndex = start;
  let close: RegExpExecArray | null;
  while ((close = CLOSE.exec(text))) if (close.index === start || text.charCodeAt(close.index - 1) === 10) return text.slice(start, close.index);
  return undefined;
}

export function scanPrompt(text: string): ScanResult {
  const source = frontMatterSource(text);
  if (source === undefined) return OPEN.test(text) ? { kind: "complex" } : { kind: "other" };
  const values: Record<string, unknown> = {};
  const seen = new Set<string>();
  let key = "";
  let nested: "none" | "indented" | "any" = "none"; // which lines may follow the current key as its nested value
  let tagItems: string[] | undefined;
  // A tab, or a carriage return other than a line's last character, anywhere: outside the subset.
  if (source.includes("\t")) return { kind: "complex" };
  const crlf = source.includes("\r");
  const lines = crlf ? source.split("\n").map(withoutCr) : source.split("\n");
  if (crlf && lines.some((line) => line.includes("\r"))) return { kind: "complex" };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimStart();
    if (trimmed === "") continue;
    if (trimmed[0] === "#") {
      // A comment at column 0 ends a block scalar: more-indented lines after it would be an error.
      if (line[0] === "#" && nested === "indented") nested = "none";
      continue;
    }
    if (line[0] === " " || line[0] === "-") {
      if (nested === "none" || (nested === "indented" && line[0] === "-")) return { kind: "complex" };
      if (key === "tags") {
        const item = TAG_ITEM.exec(line);
        const value = item ? scalar(item[1]!) : COMPLEX;
        if (typeof value !== "string") return { kind: "complex" };
        (tagItems ??= []).push(value);
        values.tags = tagItems;
      } else if (WANTED.has(key)) return { kind: "complex" };
      continue;
    }
    const m = KEY.exec(line);
    if (!m || seen.has(m[1]!)) return { kind: "complex" };
    key = m[1]!;
    seen.add(key);
    tagItems = undefined;
    const v = (m[2] ?? "").trim();
    if (v === "" || v[0] === "#") {
      nested = "any";
      values[key] = null;
      continue;
    }
    nested = "none";
    if (WANTED.has(key) && key !== "tags" && WANTED_BLOCK.test(v)) {
      const block = blockScalar(lines, i + 1, v[0] === ">", v[1] === "-");
      if (!block) return { kind: "complex" };
      values[key] = block.value;
      i = block.next - 1;
    } else if (WANTED.has(key)) {
      const value = key === "tags" && v[0] === "[" ? flowSequence(v) : scalar(v);
      if (value === COMPLEX || (Array.isArray(value) && key !== "tags")) return { kind: "complex" };
      values[key] = value;
    } else if (v[0] === "|" || v[0] === ">") {
      if (!OTHER_BLOCK.test(v)) return { kind: "complex" };
      nested = "indented";
    } else if (v[0] === "[" || v[0] === "{") {
      if (!balancedFlow(v)) return { kind: "complex" };
    } else if (scalar(v) === COMPLEX) return { kind: "complex" };
  }
  if (!seen.has("id")) return { kind: "other" };
  return { kind: "prompt", summary: summaryFrom(values) };
}

function withoutCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/**
 * A block scalar (`|`, `|-`, `>`, `>-`) in its simplest form: every content line at one indentation,
 * no blank lines inside, no trailing spaces. Anything else is left to the full parser.
 */
function blockScalar(lines: readonly string[], start: number, folded: boolean, strip: boolean): { value: string; next: number } | undefined {
  const content: string[] = [];
  let indent = -1;
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.includes("\t") || line.includes("\r")) return undefined;
    if (line.trim() === "") {
      if (line !== "") return undefined; // spaces beyond the indentation would be content
      let k = j + 1;
      while (k < lines.length && lines[k] === "") k++;
      if (k < lines.length && /^ /.test(lines[k]!)) return undefined;
      break;
    }
    const lead = line.length - line.trimStart().length;
    if (indent < 0) indent = lead;
    if (lead < indent) break;
    if (lead > indent || line.endsWith(" ")) return undefined;
    content.push(line.slice(indent));
  }
  if (indent < 1 || content.length === 0) return undefined;
  return { value: content.join(folded ? " " : "\n") + (strip ? "" : "\n"), next: j };
}

/** The summary of a fully parsed front matter (the fallback path, and the reference for tests). */
export function summaryFrom(data: Readonly<Record<string, unknown>>): PromptSummary {
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  return {
    id: str(data.id),
    title: str(data.title),
    description: str(data.description),
    version: str(data.version),
    status: str(data.status),
    owner: str(data.owner),
    channel: str(data.channel),
    risk: str(data.risk),
    tags: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === "string") : [],
    replacedBy: str(data.replacedBy),
  };
}

/** A one-line block scalar: plain, single- or double-quoted (without escapes), then an optional comment. */
function scalar(v: string): Value {
  if (v[0] === '"') {
    const end = v.indexOf('"', 1);
    if (end < 0 || v.slice(1, end).includes("\\") || !restIsComment(v.slice(end + 1))) return COMPLEX;
    return v.slice(1, end);
  }
  if (v[0] === "'") {
    let i = 1;
    let out = "";
    for (;;) {
      const q = v.indexOf("'", i);
      if (q < 0) return COMPLEX;
      out += v.slice(i, q);
      if (v[q + 1] === "'") {
        out += "'";
        i = q + 2;
        continue;
      }
      return restIsComment(v.slice(q + 1)) ? out : COMPLEX;
    }
  }
  if (PLAIN_START.test(v)) return COMPLEX;
  const hash = v.indexOf(" #");
  const plain = (hash < 0 ? v : v.slice(0, hash)).trimEnd();
  if (plain.includes(": ") || plain.endsWith(":")) return COMPLEX;
  if (NULL.test(plain)) return null;
  if (CORE_NON_STRING.test(plain)) return COMPLEX;
  return plain;
}

function restIsComment(rest: string): boolean {
  return rest.trim() === "" || COMMENT_AFTER.test(rest);
}

/** `[a, "b", 'c']` on one line, with plain or simply quoted items. */
function flowSequence(v: string): Value {
  const items: string[] = [];
  let i = 1;
  for (;;) {
    while (v[i] === " ") i++;
    if (v[i] === "]") break;
    let item: string;
    if (v[i] === '"' || v[i] === "'") {
      const q = v[i]!;
      const end = v.indexOf(q, i + 1);
      if (end < 0) return COMPLEX;
      item = v.slice(i + 1, end);
      if ((q === '"' && item.includes("\\")) || (q === "'" && v[end + 1] === "'")) return COMPLEX;
      i = end + 1;
    } else {
      const m = FLOW_ITEM.exec(v.slice(i));
      if (!m) return COMPLEX;
      item = m[0].trimEnd();
      i += m[0].length;
      if (item === "" || CORE_NON_STRING.test(item) || item.includes(" #")) return COMPLEX;
    }
    items.push(item);
    while (v[i] === " ") i++;
    if (v[i] === ",") {
      i++;
      continue;
    }
    if (v[i] === "]") break;
    return COMPLEX;
  }
  return restIsComment(v.slice(i + 1)) ? items : COMPLEX;
}

/** Whether a flow collection closes on its own line (brackets balanced outside quotes), then only a comment follows. */
function balancedFlow(v: string): boolean {
  let depth = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '"' || c === "'") {
      const end = v.indexOf(c, i + 1);
      if (end < 0 || (c === '"' && v.slice(i + 1, end).includes("\\"))) return false;
      i = end;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) return restIsComment(v.slice(i + 1));
    } else if (c === "#" && v[i - 1] === " ") return false;
  }
  return false;
}

/** Whether a string can be written as a plain YAML scalar on one line and read back unchanged. */
export function isPlainString(value: string): boolean {
  return value !== "" && !/[\n\r\t]/.test(value) && value === value.trim() && scalar(value) === value;
}
