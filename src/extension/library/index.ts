/**
 * The prompt library in the editor: the writers' view and insert flow, the librarians' live
 * governance and lifecycle commands, and the health panel. Each part registers itself here.
 */
import type * as vscode from "vscode";
import type { LibraryDeps } from "./deps.js";
import { registerPromptGovernance } from "./governance.js";
import { registerLibraryHealth } from "./health.js";
import { registerInsertPrompt } from "./insert.js";
import { registerLibrarianCommands } from "./librarian.js";
import { registerLibraryView } from "./view.js";

export function registerLibrary(deps: LibraryDeps): vscode.Disposable[] {
  return [
    ...registerLibraryView(deps),
    ...registerInsertPrompt(deps),
    ...registerPromptGovernance(deps),
    ...registerLibrarianCommands(deps),
    ...registerLibraryHealth(deps),
  ];
}
