import type { BlockKind } from "../../document/index.js";

/** Where the write-good checks look: all prose, headings included (a cliché in a title is still a cliché). */
export const WRITE_GOOD_SCOPES: readonly BlockKind[] = ["paragraph", "heading", "table", "html"];
