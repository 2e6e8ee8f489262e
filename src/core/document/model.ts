import type { Document as YamlDocument } from "yaml";
import type { LineIndex, Range } from "../text/line-index.js";

/** Where a piece of prose sits; rules declare which scopes they read. */
export type BlockKind = "paragraph" | "heading" | "table" | "html";

/**
 * A run of prose: `text` has exactly the length of `range` and holds the original characters,
 * with everything that is not prose (markup, code, URLs, HTML tags, comments) replaced by spaces.
 * So `range[0] + i` is the original offset of `text[i]`.
 */
export interface ProseBlock {
  readonly kind: BlockKind;
  readonly range: Range;
  readonly text: string;
  /** Heading level for headings, otherwise 0. */
  readonly level: number;
}

export type LinkKind = "link" | "image" | "autolink" | "html" | "reference-definition";

export interface DocLink {
  readonly kind: LinkKind;
  /** The whole construct. */
  readonly range: Range;
  /** Visible link text (empty for autolinks and images' alt is kept here). */
  readonly text: string;
  readonly textRange: Range;
  /** The raw destination as written (no angle brackets); "" when empty. */
  readonly target: string;
  readonly targetRange: Range;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly range: Range;
  /** The GitHub-style anchor slug, de-duplicated with -1, -2… */
  readonly slug: string;
}

export interface HtmlComment {
  readonly range: Range;
  /** Text between `<!--` and `-->`, untrimmed. */
  readonly body: string;
  readonly bodyStart: number;
}

export interface FrontMatter {
  /** From the opening `---` through the closing fence's line ending. */
  readonly range: Range;
  /** The YAML source between the fences. */
  readonly source: string;
  readonly sourceStart: number;
  readonly yaml: YamlDocument;
  /** The parsed mapping, or undefined when the YAML is not a mapping or has errors. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly errors: readonly { readonly range: Range; readonly message: string }[];
}

export type DocumentKind = "markdown" | "plaintext";

/** The frozen model every rule reads. Produced once per text by `parseDocument`. */
export interface CopyDocument {
  /** Workspace-relative POSIX path (used for channels and relative links). */
  readonly path: string;
  readonly text: string;
  readonly kind: DocumentKind;
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter | undefined;
  /** Problem with the document's structure itself (an unclosed front matter fence…). */
  readonly structureProblems: readonly { readonly range: Range; readonly message: string }[];
  readonly blocks: readonly ProseBlock[];
  readonly links: readonly DocLink[];
  readonly headings: readonly Heading[];
  readonly comments: readonly HtmlComment[];
  /** Anchor ids declared in HTML (`id="…"`, `name="…"`). */
  readonly htmlAnchors: readonly string[];
  /** Offset where the body (after front matter) starts. */
  readonly bodyStart: number;
}
