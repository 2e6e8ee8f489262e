import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import { COMMANDS, CONTEXT_KEYS, LIBRARY_HEALTH_VIEW_TYPE, PALETTE_COMMANDS, VIEWS, RESTRICTED_SETTINGS, SETTINGS_SECTION, SETTING_KEYS, YAML_SCHEMAS } from "../src/extension/ids.js";
import { RunMode, Settings } from "../src/extension/settings.js";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const contributes = manifest.contributes;

describe("extension manifest", () => {
  it("contributes the palette commands the code registers, in the Copydesk category", () => {
    assert.deepEqual(
      contributes.commands.map((c: { command: string; title: string; category: string }) => ({ command: c.command, title: c.title, category: c.category })),
      PALETTE_COMMANDS.map((c) => ({ ...c, category: "Copydesk" })),
    );
    for (const id of Object.values(COMMANDS)) assert.match(id, /^copydesk\.[a-z][A-Za-z]+$/);
  });

  it("contributes the Prompt Library view in its own container, with menus that name contributed commands only", () => {
    const [container] = contributes.viewsContainers.activitybar;
    assert.equal(container.id, VIEWS.container);
    assert.ok(existsSync(container.icon), `${container.icon} is missing`);
    assert.deepEqual(contributes.views[VIEWS.container].map((v: { id: string }) => v.id), [VIEWS.promptLibrary]);
    const contributed = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const [menu, items] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu} names ${item.command}, which is not contributed`);
    }
    const [welcome] = contributes.viewsWelcome;
    assert.equal(welcome.view, VIEWS.promptLibrary);
    assert.match(welcome.contents, new RegExp(`command:${COMMANDS.createLibrary.replace(".", "\\.")}`));
    assert.equal(welcome.when, CONTEXT_KEYS.noWorkspaceLibrary);
  });

  it("contributes exactly the settings the code reads, with the run modes of RunMode", () => {
    const properties = contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), Object.values(SETTING_KEYS).map((k) => `${SETTINGS_SECTION}.${k}`).sort());
    assert.deepEqual(properties["copydesk.run"].enum, RunMode.values);
    assert.equal(properties["copydesk.run"].default, RunMode.defaultValue);
    assert.equal(properties["copydesk.enable"].default, Settings.defaults.enable);
    assert.equal(properties["copydesk.checkExternalLinks"].default, false);
    assert.equal(properties["copydesk.library.includeStarter"].default, Settings.defaults.includeStarterLibrary);
    // A workspace must not approve prompts in someone else's name.
    assert.equal(properties["copydesk.librarian"].scope, "application");
  });

  it("declares limited support for untrusted workspaces, restricting the settings that reach outside", () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, "limited");
    assert.deepEqual([...trust.restrictedConfigurations].sort(), [...RESTRICTED_SETTINGS].sort());
    assert.match(trust.description, /never requests external links/);
  });

  it("maps copydesk.yaml and claims.yaml to the shipped JSON Schemas", () => {
    assert.deepEqual(contributes.yamlValidation, YAML_SCHEMAS);
    for (const { url } of YAML_SCHEMAS) assert.ok(existsSync(url), `${url} is missing`);
  });

  it("has a walkthrough whose steps' media exist: diagnostics, a quick fix, a suppression, the report", () => {
    const [walkthrough] = contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ["diagnostics", "quickFix", "suppress", "report"]);
    for (const step of walkthrough.steps) assert.ok(existsSync(step.media.markdown), `${step.media.markdown} is missing`);
  });

  it("has the marketplace fields: icon, banner, categories, keywords, repository, license, engines", () => {
    assert.ok(existsSync(manifest.icon) && manifest.icon.endsWith(".png"), "a PNG icon");
    const png = readFileSync(manifest.icon);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], "128×128");
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.deepEqual(manifest.categories, ["Linters"]);
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
    assert.match(manifest.repository.url, /^https:\/\/github\.com\//);
    assert.equal(manifest.license, "MIT");
    assert.ok(existsSync("LICENSE"));
    assert.match(manifest.engines.vscode, /^\^1\.\d+\.0$/);
    assert.deepEqual(manifest.activationEvents, ["onLanguage:markdown", "onLanguage:plaintext", "workspaceContains:copydesk.yaml", `onWebviewPanel:${LIBRARY_HEALTH_VIEW_TYPE}`]);
  });
});

describe("extension settings", () => {
  const source = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });

  it("turns missing or wrong values into the defaults", () => {
    assert.deepEqual(Settings.from(undefined, true), Settings.defaults);
    assert.equal(Settings.from(source({ librarian: 42, "library.includeStarter": "no" }), true).includeStarterLibrary, true);
    assert.deepEqual(Settings.from(source({ enable: "yes", run: "sometimes", configFile: 42, checkExternalLinks: "true" }), true), Settings.defaults);
    for (const wrong of [-1, 2.5, "2048", null]) assert.equal(Settings.from(source({ maxDocumentKB: wrong }), true).maxDocumentKB, 1024, String(wrong));
    assert.equal(RunMode.from("onSave"), "onSave");
    assert.equal(RunMode.from("ONSAVE"), "onType");
  });

  it("keeps valid values, trimming the configuration path", () => {
    const values = { enable: false, run: "off", configFile: "  brand/copydesk.yaml ", checkExternalLinks: true, librarian: " Dana Reyes <dana@acme.example> ", "library.includeStarter": false, maxDocumentKB: 0 };
    assert.deepEqual(Settings.from(source(values), true), {
      enable: false,
      run: "off",
      configFile: "brand/copydesk.yaml",
      checkExternalLinks: true,
      librarian: "Dana Reyes <dana@acme.example>",
      includeStarterLibrary: false,
      maxDocumentKB: 0,
    });
    assert.equal(Settings.from(source({ configFile: "   " }), true).configFile, undefined);
  });

  it("never checks external links in an untrusted workspace", () => {
    assert.equal(Settings.from(source({ checkExternalLinks: true }), false).checkExternalLinks, false);
  });
});
