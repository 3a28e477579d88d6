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

const FOUND = { at: "2026-12-05T13:02:00.000Z", playthrough: "p1", started: "2026-12-05T12:40:00.000Z" };

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
    await store.update({ colour: "off", width: 72, skipSeen: "on" });
    expect(await new SettingsStore(dir).settings()).toEqual({
      ...DEFAULT_SETTINGS,
      colour: "off",
      width: 72,
      skipSeen: "on",
    });
    expect(statSync(join(dir, "settings.json")).mode & 0o777).toBe(0o600);
  });

  it("an invalid value falls back to its default alone", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "settings.json"),
      JSON.stringify({ format: 2, colour: "plaid", pacing: "slow", width: -3, paging: 1 }),
    );
    expect(await new SettingsStore(dir).settings()).toEqual({ ...DEFAULT_SETTINGS, pacing: "slow" });
  });

  it("a first-format settings file is migrated: always/never become on/off, typewriter fast, null auto", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "settings.json"),
      JSON.stringify({ format: 1, colour: "never", pacing: "typewriter", width: null }),
    );
    expect(await new SettingsStore(dir).settings()).toEqual({ ...DEFAULT_SETTINGS, colour: "off", pacing: "fast" });
    await new SettingsStore(dir).update({ paging: "off" });
    const file = JSON.parse(readFileSync(join(dir, "settings.json"), "utf8"));
    expect(file).toEqual({ format: 3, width: "auto", colour: "off", pacing: "fast", paging: "off", skipSeen: "auto" });
    // In later formats "never" is not migrated: it is simply not valid any more.
    writeFileSync(join(dir, "settings.json"), JSON.stringify({ ...file, colour: "never" }));
    expect((await new SettingsStore(dir).settings()).colour).toBe("auto");
  });

  it("a second-format file is migrated: its skipSeen, which nothing could set, becomes auto; a third-format off stays off", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "settings.json"),
      JSON.stringify({ format: 2, width: 70, colour: "on", pacing: "off", paging: "on", skipSeen: "off" }),
    );
    expect(await new SettingsStore(dir).settings()).toEqual({ ...DEFAULT_SETTINGS, width: 70, colour: "on" });
    expect(DEFAULT_SETTINGS.skipSeen).toBe("auto");
    await new SettingsStore(dir).update({ skipSeen: "off" });
    expect(JSON.parse(readFileSync(join(dir, "settings.json"), "utf8"))).toMatchObject({ format: 3, skipSeen: "off" });
    expect((await new SettingsStore(dir).settings()).skipSeen).toBe("off");
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
    expect(await store.recordEnding("fc", "fixture_end", FOUND)).toBe(true);
    expect(saves.list()).toEqual([expect.objectContaining({ slot: "autosave", ok: true })]);
  });
});

describe("profile", () => {
  it("records each ending once, and two games recording endings keep both", async () => {
    const dir = tempDir();
    const a = new SettingsStore(dir);
    const b = new SettingsStore(dir);
    await a.story("fc");
    await b.story("fc");
    expect(await a.recordEnding("fc", "the_phoenix_flies", FOUND)).toBe(true);
    expect(await b.recordEnding("fc", "assimilated", FOUND)).toBe(true);
    expect(await a.recordEnding("fc", "assimilated", FOUND)).toBe(false);
    expect(Object.keys((await new SettingsStore(dir).story("fc")).endings)).toEqual([
      "the_phoenix_flies",
      "assimilated",
    ]);
    expect((await a.story("fc")).endings.assimilated).toEqual(FOUND);
    expect(await a.story("another")).toEqual({ endings: {}, seen: [], lines: [], chapters: {} });
  });

  it("reads one story's chapters alone, as the whole story's part reads them; other stories' are apart", async () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    const reached = {
      at: "2026-12-05T10:00:00.000Z",
      seed: 7,
      storyHash: "h",
      choices: [{ index: 1, text: "Go", target: "a.0.c-1", offered: 2 }],
    };
    expect(await store.chapters("fc")).toEqual({});
    await store.recordChapters("fc", { "Chapter One": reached });
    await store.recordChapters("other", { Elsewhere: { ...reached, seed: 9 } });
    await store.recordSeen("fc", { choices: ["a.0.c-1"] });
    const chapters = await new SettingsStore(dir).chapters("fc");
    expect(chapters).toEqual({ "Chapter One": reached });
    expect(chapters).toEqual((await store.story("fc")).chapters);
    expect(Object.keys(await store.chapters("other"))).toEqual(["Elsewhere"]);
    expect(await store.chapters("__proto__")).toEqual({});
  });

  it("keeps each story's endings apart, and the first finding of an ending", async () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    await store.recordEnding("one", "ending_a", FOUND);
    expect(await store.recordEnding("one", "ending_a", { ...FOUND, playthrough: "p2" })).toBe(false);
    await store.recordEnding("two", "ending_b", FOUND);
    expect(Object.keys((await store.story("one")).endings)).toEqual(["ending_a"]);
    expect((await store.story("one")).endings.ending_a?.playthrough).toBe("p1");
    expect(Object.keys((await store.story("two")).endings)).toEqual(["ending_b"]);
  });

  it("a first-format profile (a list of First Contact's endings) is migrated to the story's record", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "profile.json"), JSON.stringify({ format: 1, endingsFound: ["ending_a", 7, "ending_b"] }));
    const story = await new SettingsStore(dir).story("first-contact");
    expect(story.endings).toEqual({
      ending_a: { at: null, playthrough: null, started: null },
      ending_b: { at: null, playthrough: null, started: null },
    });
    await new SettingsStore(dir).recordEnding("first-contact", "ending_c", FOUND);
    const file = JSON.parse(readFileSync(join(dir, "profile.json"), "utf8"));
    expect(file.format).toBe(2);
    expect(file.endingsFound).toBeUndefined();
    expect(Object.keys(file.stories["first-contact"].endings)).toEqual(["ending_a", "ending_b", "ending_c"]);
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
      const reading = name === "profile" ? store.story("fc") : store.settings();
      await expect(reading).rejects.toThrow(/symbolic link; it was not followed/);
      const writing = name === "profile" ? store.recordEnding("fc", "ending_x", FOUND) : store.update({ width: 40 });
      await expect(writing).rejects.toThrow(/symbolic link/);
      expect(readFileSync(target, "utf8")).toBe("do not overwrite");
      expect(lstatSync(join(dir, `${name}.json`)).isSymbolicLink()).toBe(true);
    }
  });

  it("refuses a link put in place after the settings were first read", async () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    expect(await store.recordEnding("fc", "ending_a", FOUND)).toBe(true);
    const target = join(tempDir(), "precious.txt");
    writeFileSync(target, "do not overwrite");
    rmSync(join(dir, "profile.json"));
    symlinkSync(target, join(dir, "profile.json"));
    await expect(store.recordEnding("fc", "ending_b", FOUND)).rejects.toThrow(/symbolic link/);
    expect(readFileSync(target, "utf8")).toBe("do not overwrite");
  });

  it("makes the settings folder 0700", async () => {
    const dir = join(tempDir(), "nested", "settings");
    await new SettingsStore(dir).recordEnding("fc", "ending_a", FOUND);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "profile.json")).mode & 0o777).toBe(0o600);
  });
});

describe("seen choices", () => {
  it("are kept as a set of paths per story, added to by each game, written only when something is new", async () => {
    const dir = tempDir();
    const a = new SettingsStore(dir);
    expect(await a.recordSeen("one", { choices: ["k.0.c-0", "k.0.c-1"] })).toBe(2);
    expect(await new SettingsStore(dir).recordSeen("one", { choices: ["k.0.c-1", "k.1.c-2"] })).toBe(1);
    expect(await a.recordSeen("one", { choices: ["k.0.c-0"] })).toBe(0);
    expect((await a.story("one")).seen).toEqual(["k.0.c-0", "k.0.c-1", "k.1.c-2"]);
    expect((await a.story("two")).seen).toEqual([]);
    await a.recordEnding("one", "ending_a", FOUND);
    expect((await a.story("one")).seen).toHaveLength(3);
  });
});

describe("lines read", () => {
  const key = (n: number) => `k${String(n).padStart(10, "0")}`;

  it("are kept per story as one string of keys, beside the choices, and read back as a set", async () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    expect(await store.recordSeen("one", { lines: [key(1), key(2)], choices: ["k.0.c-0"] })).toBe(3);
    expect(await new SettingsStore(dir).recordSeen("one", { lines: [key(2), key(3)] })).toBe(1);
    expect(await store.recordSeen("one", { lines: [key(1)] })).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, "profile.json"), "utf8"));
    expect(file.stories.one.lines).toBe(`${key(1)}${key(2)}${key(3)}`);
    // A profile that did not exist is not taken for a first-format one: no other story appears in it.
    expect(Object.keys(file.stories)).toEqual(["one"]);
    expect(await store.story("one")).toMatchObject({ lines: [key(1), key(2), key(3)], seen: ["k.0.c-0"] });
    await store.recordEnding("one", "ending_a", FOUND);
    expect((await store.story("one")).lines).toHaveLength(3);
  });

  it("keep at most 50,000 keys a story, the newest; a key that is not one is dropped", async () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    await store.recordSeen("one", { lines: Array.from({ length: 50_000 }, (_, i) => key(i)) });
    await store.recordSeen("one", { lines: [key(50_000), "not a key", "short"] });
    const { lines } = await store.story("one");
    expect(lines).toHaveLength(50_000);
    expect(lines[0]).toBe(key(1));
    expect(lines.at(-1)).toBe(key(50_000));
    const file = JSON.parse(readFileSync(join(dir, "profile.json"), "utf8"));
    writeFileSync(join(dir, "profile.json"), JSON.stringify({ ...file, stories: { one: { lines: `${key(7)}!!!!` } } }));
    expect((await store.story("one")).lines).toEqual([key(7)]);
  });
});
