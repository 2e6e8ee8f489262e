import type * as vscode from "vscode";
import type { LibraryDeps } from "./deps.js";

export function registerLibrarianCommands(deps: LibraryDeps): vscode.Disposable[] {
  void deps;
  return [];
}
