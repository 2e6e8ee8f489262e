/** What the extension uses from core. Import it only through `loadCore()` (core.ts), never statically. */
export { loadConfig } from "../core/config/load.js";
export { isIncluded } from "../core/config/files.js";
export { LintCache, lintText, todayUtc } from "../core/engine.js";
export { applicableFixes } from "../core/findings/fixes.js";
export { isSafeFix } from "../core/findings/fix-safety.js";
export { directives } from "../core/document/directives.js";
export { claimStatus } from "../core/claims/register.js";
export { buildReport, fileReport } from "../core/report/model.js";
export { formatHtmlReport } from "../core/report/formatters/html.js";
export { formatMarkdownReport } from "../core/report/formatters/markdown.js";
export { docsUrl, ruleById } from "../core/rules/index.js";
export { decodeText } from "../core/text/decode.js";
export { LineIndex } from "../core/text/line-index.js";
export { relative, resolve } from "../core/paths.js";
// The prompt library.
export { LibraryIndex, libraryRoots } from "../core/library/library-index.js";
export { checkEntry, checkLibrary } from "../core/library/check.js";
export { parsePrompt } from "../core/library/prompt.js";
export { provenanceStamp, renderPrompt } from "../core/library/render.js";
export { approvePrompt, bumpPrompt, deprecatePrompt, retirePrompt, submitPrompt } from "../core/library/lifecycle.js";
export { newPrompt, FIRST_VERSION } from "../core/library/new-prompt.js";
export { applyEdits } from "../core/library/yaml-edit.js";
export { searchEntries } from "../core/library/search.js";
export { findLibrarian, parseIdentity } from "../core/library/identity.js";
export { promptHash } from "../core/library/hash.js";
// The Prompt Library view and the prompt preview.
export { buildLibraryTree } from "../core/library/library-tree.js";
export { formatLibraryFilter, parseLibraryFilter } from "../core/library/library-filter.js";
export { promptDescription, promptTooltip } from "../core/library/prompt-text.js";
export { previewPrompt } from "../core/library/preview.js";
