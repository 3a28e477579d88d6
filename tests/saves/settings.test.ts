/** Settings and the profile: defaults, persistence, damage kept aside, two games recording endings. */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveSaveDir, resolveSettingsDir, SaveStore } from "../../src/saves/index.js";
import { DEFAULT_SETTINGS, SettingsStore } from "../../src/saves/settings.js";
import { fixtureStory, saveOf, tempDir } from "./support.js";

describe("where things live", () => {
  it("the flag wins over the environment, which wins over the platform directory", () => {
    expect(resolveSaveDir({ flag: "/a/saves", env: { FIRST_CONTACT_SAVE_DIR: "/b" } })).toBe("/a/saves");
    expect(resolveSaveDir({ env: { FIRST_CONTACT_SAVE_DIR: "/b" } })).toBe("/b");
    expect(resolveSaveDir({ env: {} })).toMatch(/first-contact[/\\]saves$/);
    expect(resolveSettingsDir({ env: { FIRST_CONTACT_SAVE_DIR: "/b" } })).toBe(join("/b", "settings"));
    expect(resolveSettingsDir({ env: {} })).toMatch(/first-contact$/);
  });
});

describe("settings", () => {
  it("start at the defaults, touch no file until asked, and persist changes (0600)", async () => {
    const dir = join(tempDir(), "settings");
    const store = new SettingsStore(dir);
    expect(existsSync(dir)).toBe(false);
    expect(await store.settings()).toEqual(DEFAULT_SETTINGS);
    await store.update({ colour: "never", width: 72 });
    expect(await new SettingsStore(dir).settings()).toEqual({ colour: "never", pacing: "instant", width: 72 });
    expect(statSync(join(dir, "settings.json")).mode & 0o777).toBe(0o600);
  });

  it("an invalid value falls back to its default alone", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "settings.json"), JSON.stringify({ colour: "plaid", pacing: "typewriter", width: -3 }));
    expect(await new SettingsStore(dir).settings()).toEqual({ colour: "auto", pacing: "typewriter", width: null });
  });

  it("a damaged settings file is kept aside and replaced by defaults; the profile and the saves still work", async () => {
    const root = tempDir();
    const dir = join(root, "settings");
    mkdirSync(dir);
    writeFileSync(join(dir, "settings.json"), "{ not json");
    const saves = new SaveStore(root);
    saves.write("autosave", saveOf(fixtureStory("base"), ["Run"]));
    const store = new SettingsStore(dir);
    expect(await store.settings()).toEqual(DEFAULT_SETTINGS);
    const kept = readdirSync(dir).filter((n) => n.startsWith("settings.json.damaged-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0] as string), "utf8")).toBe("{ not json");
    expect(await store.recordEnding("fixture_end")).toBe(true);
    expect(saves.list()).toEqual([expect.objectContaining({ slot: "autosave", ok: true })]);
  });
});

describe("profile", () => {
  it("records each ending once, and two games recording endings keep both", async () => {
    const dir = tempDir();
    const a = new SettingsStore(dir);
    const b = new SettingsStore(dir);
    await a.profile();
    await b.profile();
    expect(await a.recordEnding("the_phoenix_flies")).toBe(true);
    expect(await b.recordEnding("assimilated")).toBe(true);
    expect(await a.recordEnding("assimilated")).toBe(false);
    expect((await new SettingsStore(dir).profile()).endingsFound).toEqual(["the_phoenix_flies", "assimilated"]);
  });
});

describe("hostile settings folders", () => {
  it("refuses a symlink where a settings file should be, leaving the link's target untouched", async () => {
    for (const name of ["profile", "settings"]) {
      const dir = tempDir();
      const target = join(tempDir(), "precious.txt");
      writeFileSync(target, "do not overwrite");
      symlinkSync(target, join(dir, `${name}.json`));
      const store = new SettingsStore(dir);
      const reading = name === "profile" ? store.profile() : store.settings();
      await expect(reading).rejects.toThrow(/symbolic link; it was not followed/);
      const writing = name === "profile" ? store.recordEnding("ending_x") : store.update({ width: 40 });
      await expect(writing).rejects.toThrow(/symbolic link/);
      expect(readFileSync(target, "utf8")).toBe("do not overwrite");
      expect(lstatSync(join(dir, `${name}.json`)).isSymbolicLink()).toBe(true);
    }
  });

  it("refuses a link put in place after the settings were first read", async () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    expect(await store.recordEnding("ending_a")).toBe(true);
    const target = join(tempDir(), "precious.txt");
    writeFileSync(target, "do not overwrite");
    rmSync(join(dir, "profile.json"));
    symlinkSync(target, join(dir, "profile.json"));
    await expect(store.recordEnding("ending_b")).rejects.toThrow(/symbolic link/);
    expect(readFileSync(target, "utf8")).toBe("do not overwrite");
  });

  it("makes the settings folder 0700", async () => {
    const dir = join(tempDir(), "nested", "settings");
    await new SettingsStore(dir).recordEnding("ending_a");
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "profile.json")).mode & 0o777).toBe(0o600);
  });
});
