/**
 * The writer's Insert Approved Prompt: the command (palette, the Prompt Library view's title bar
 * and items, the editor's context menu) and the `/prompt` completions that lead to it.
 */
import * as vscode from "vscode";
import { COMMANDS } from "../ids.js";
import { COMPLETION_SELECTOR, COMPLETION_TRIGGER, PromptCompletionProvider } from "./completion.js";
import type { LibraryDeps } from "./deps.js";
import { insertPrompt, type CompletionTrigger } from "./insert-flow.js";

export function registerInsertPrompt(deps: LibraryDeps): vscode.Disposable[] {
  return [
    // The argument: none (palette), the document's URI (editor context menu), a prompt of the view,
    // a prompt id, or what a `/prompt` completion passes ({ id, group, path, trigger }).
    vscode.commands.registerCommand(COMMANDS.insertPrompt, (arg?: unknown) => {
      const trigger = arg && typeof arg === "object" && "trigger" in arg ? (arg as { trigger: CompletionTrigger }).trigger : undefined;
      return insertPrompt(deps.store, deps.log, { prompt: arg, trigger });
    }),
    vscode.languages.registerCompletionItemProvider(COMPLETION_SELECTOR, new PromptCompletionProvider(deps.store), COMPLETION_TRIGGER),
  ];
}
