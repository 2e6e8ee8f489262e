/**
 * After activation, in the background: loads core, each workspace folder's configuration, and runs
 * the engine a few times over a short sample, so that the first document opened finds the rules loaded,
 * the configuration read and the engine's lazy parts (phrase lists, RegExps, the prefilter's
 * indexes, the Markdown parser) built and compiled; then it compiles the claims patterns the sample
 * did not reach (core/warm-up.ts), a slice at a time. Every step waits for its own turn of the event
 * loop (activate() returns first, and the extension host can deliver events in between); a
 * document opened meanwhile simply waits for the same loads (ConfigStore and loadCore share them).
 * Then it saves core's V8 code cache when there was none (core-bundle.ts). Nothing here reports
 * findings or fails: a problem is logged, and the first lint does the work itself.
 */
import * as vscode from "vscode";
import type { ConfigStore } from "./config-store.js";
import { coreBundleLoad, loadCore, saveCoreCodeCache } from "./core.js";
import type { CoreBundleLoad } from "./core-bundle.js";
import { nextTurn, timeSlices } from "./time-slices.js";

/** What the background preload did, and how long each step took (ms), for the log and `npm run bench`. */
export interface PreloadReport {
  /** Loading core (its bundle, when split out: `bundle` says how, code cache included). */
  readonly coreMs: number;
  readonly bundle: CoreBundleLoad | undefined;
  /** Loading the configuration of every workspace folder. */
  readonly configMs: number;
  /** The engine's warm-up runs over the sample (their sum). */
  readonly warmMs: number;
  /** Compiling the claims patterns the sample did not reach (core/warm-up.ts), turns between slices excluded. */
  readonly patternsMs: number;
  readonly patterns: number;
  /** Whether a code cache was written. */
  readonly savedCodeCache: boolean;
}

/** Marketing copy touching every kind of rule: front matter, headings, claims, tone lists, links, a call to action. */
const SAMPLE = `---
title: Warm-up
---
# Why teams choose us

Our award-winning platform is the best in the world and guaranteed to cut costs by 40%, clinically proven, 100% carbon neutral, with guaranteed returns.
It is faster than any rival, and there are many experts who say it is very, very good; in order to utilize it, the report was reviewed by the legal team.
Start a free trial today! Visit [our site](http://example.com/?utm_source=x) or read the [guide](./guide.md#setup).

- Unlimited seats, single sign-on, and a dedicated onboarding call.
- "It changed how we work," says one happy customer.

> At the end of the day, this is a game changer.

Sign up now.
`;

const WARM_UP_RUNS = 5;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class CorePreload implements vscode.Disposable {
  private disposed = false;
  /** Settles when the preload is over (undefined if it stopped early: disposed, or a step failed). */
  readonly done: Promise<PreloadReport | undefined>;

  constructor(configs: ConfigStore, log: vscode.LogOutputChannel) {
    this.done = this.run(configs, log).catch((e) => {
      log.warn(`the background preload stopped: ${(e as Error).stack ?? e}`);
      return undefined;
    });
  }

  private async run(configs: ConfigStore, log: vscode.LogOutputChannel): Promise<PreloadReport | undefined> {
    await tick();
    if (this.disposed) return undefined;
    let started = performance.now();
    const core = await loadCore();
    const coreMs = performance.now() - started;
    const bundle = coreBundleLoad();
    await tick();
    if (this.disposed) return undefined;
    started = performance.now();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const contexts = await Promise.all(folders.map((f) => configs.forBase(f.uri)));
    const configMs = performance.now() - started;
    await tick();
    if (this.disposed) return undefined;
    const config = contexts[0]?.config;
    // A few runs: V8 optimises the engine's functions as they are called, and the first real
    // document benefits (a 5,000-word one lints ~20% faster after five runs than after one). Each run
    // waits its turn, so a document opened meanwhile is linted between two of them.
    let warmMs = 0;
    for (let run = 0; config && run < WARM_UP_RUNS && !this.disposed; run++) {
      if (run > 0) await tick();
      started = performance.now();
      await core.lintText(SAMPLE, { path: "copydesk-warm-up.md", config, host: core.memoryHost({}), cache: new core.LintCache() });
      warmMs += performance.now() - started;
    }
    // Then every claims pattern, built and compiled to machine code, a few milliseconds at a time:
    // the sample reaches only the patterns whose words it has, and a long document reaches most.
    let patternsMs = 0;
    let patterns = 0;
    if (config && !this.disposed) {
      await nextTurn();
      const pause = timeSlices();
      let waited = 0;
      started = performance.now();
      for (const done of core.compileClaimPatterns()) {
        patterns = done;
        const turn = performance.now();
        await pause();
        waited += performance.now() - turn;
        if (this.disposed) break;
      }
      patternsMs = performance.now() - started - waited;
    }
    const savedCodeCache = this.disposed ? false : await saveCoreCodeCache().catch((e) => (log.warn(`core's code cache was not saved: ${(e as Error).message}`), false));
    const how = bundle ? ` (bundle ${bundle.ms.toFixed(1)} ms, code cache ${bundle.cache}${savedCodeCache ? ", saved" : ""})` : "";
    log.info(`preloaded core in ${coreMs.toFixed(1)} ms${how}, configuration in ${configMs.toFixed(1)} ms, warmed the engine in ${warmMs.toFixed(1)} ms, compiled ${patterns} claims patterns in ${patternsMs.toFixed(1)} ms`);
    return { coreMs, bundle, configMs, warmMs, patternsMs, patterns, savedCodeCache };
  }

  dispose(): void {
    this.disposed = true;
  }
}
