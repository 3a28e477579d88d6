/** `first-contact saves ...`: output, exit codes and refusals, driven with in-memory streams. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { savesCommand } from "../../src/cli/saves-command.js";
import { SaveStore } from "../../src/saves/index.js";
import { capture, fixtureStory, saveOf, tempDir } from "./support.js";

const base = fixtureStory("base");

async function run(args: string[], saveDir: string, story = base) {
  const out = capture();
  const err = capture();
  const code = await savesCommand(args, {
    stdout: out.stream,
    stderr: err.stream,
    saveDir,
    story: { ...story, title: "Save Fixture" },
  });
  return { code, out: out.text(), err: err.text() };
}

function seeded(): string {
  const dir = tempDir();
  const store = new SaveStore(dir);
  store.write("autosave", saveOf(base, ["Hold the door", "Check the core"]));
  store.write("bridge", { ...saveOf(base, ["Run"]), savedAt: "2063-04-05T10:00:00Z" });
  store.release();
  writeFileSync(join(dir, "broken.json"), "{");
  return dir;
}

describe("saves list", () => {
  it("shows chapter and scene, last line, turns, play time, date and story version; damaged slots last", async () => {
    const dir = seeded();
    const { code, out } = await run(["list"], dir);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^autosave\s+Two · Engineering$/);
    expect(lines[1]).toMatch(/^\s+"Courage 2\."$/);
    expect(lines[2]).toMatch(
      new RegExp(`^\\s+turn 2 · \\d+ s played · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d · story ${base.hash.slice(0, 8)}$`),
    );
    expect(lines[3]).toMatch(/^bridge\s+Two · Engineering$/);
    expect(out).toMatch(/broken\s+cannot be loaded: .*broken\.json is damaged: not valid JSON/);
    expect(out).not.toContain("story updated since");
  });

  it('says "story updated since" when the installed story changed', async () => {
    const dir = seeded();
    const { out } = await run([], dir, fixtureStory("knot-renamed"));
    expect(out).toContain(`story ${base.hash.slice(0, 8)} (story updated since)`);
  });

  it("an empty or missing save folder is not an error", async () => {
    const { code, out } = await run(["list"], join(tempDir(), "none"));
    expect(code).toBe(0);
    expect(out).toMatch(/^No saved games in /);
  });
});

describe("saves show, delete, rename, export, import", () => {
  it("show prints the details and the last lines", async () => {
    const { code, out } = await run(["show", "autosave"], seeded());
    expect(code).toBe(0);
    expect(out).toMatch(/Slot:\s+autosave/);
    expect(out).toMatch(/Where:\s+Two · Engineering/);
    expect(out).toMatch(/Playthrough:\s+playthrough-1/);
    expect(out).toContain("The warp core hums.");
  });

  it("delete keeps the save as .bak; rename moves it; both refuse what is not there", async () => {
    const dir = seeded();
    expect((await run(["rename", "bridge", "Before the vortex"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "Before the vortex.json"))).toBe(true);
    expect(existsSync(join(dir, "bridge.json"))).toBe(false);
    const renamed = JSON.parse(readFileSync(join(dir, "Before the vortex.json"), "utf8"));
    expect(renamed.slot).toBe("Before the vortex");
    const clash = await run(["rename", "autosave", "Before the vortex"], dir);
    expect(clash.code).toBe(1);
    expect(clash.err).toMatch(/already exists/);
    expect((await run(["delete", "autosave"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "autosave.json"))).toBe(false);
    expect(existsSync(join(dir, "autosave.json.bak"))).toBe(true);
    const missing = await run(["delete", "autosave"], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/autosave\.json does not exist/);
  });

  it("export refuses an existing file without --force; import checks and adds the save", async () => {
    const dir = seeded();
    const file = join(tempDir(), "shared.json");
    expect((await run(["export", "autosave", file], dir)).code).toBe(0);
    const again = await run(["export", "autosave", file], dir);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists; use --force/);
    expect((await run(["export", "autosave", file, "--force"], dir)).code).toBe(0);
    const imported = await run(["import", file, "from-a-friend"], dir);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/as "from-a-friend"/);
    const damaged = await run(["import", join(dir, "broken.json"), "x"], dir);
    expect(damaged.code).toBe(1);
  });

  it("bad slot names and bad usage", async () => {
    const dir = seeded();
    const bad = await run(["show", "../etc/passwd"], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/cannot use "..\/etc\/passwd" as a save slot/);
    expect((await run(["frobnicate"], dir)).code).toBe(2);
    expect((await run(["show"], dir)).code).toBe(2);
    expect((await run(["list", "--bogus"], dir)).code).toBe(2);
    expect((await run(["delete", "x", "--force"], dir)).code).toBe(2);
    const help = await run(["--help"], dir);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage:/);
  });
});

describe("an ended game in the saves list", () => {
  it("names the ending by its title, never its id", async () => {
    const dir = tempDir();
    const store = new SaveStore(dir);
    const save = saveOf(base, ["Run"]);
    store.write("finished", { ...save, summary: { ...save.summary, ended: true, ending: "ending_the_long_watch" } });
    store.release();
    const out = capture();
    const code = await savesCommand(["list"], {
      stdout: out.stream,
      stderr: capture().stream,
      saveDir: dir,
      story: {
        ...base,
        title: "Save Fixture",
        endings: { ending_the_long_watch: { title: "The Long Watch", hint: null } },
      },
    });
    expect(code).toBe(0);
    expect(out.text()).toContain("ended: The Long Watch");
    const untitled = await run(["show", "finished"], dir);
    expect(untitled.out).toContain("Finished:    ended\n");
    expect(untitled.out + out.text()).not.toContain("ending_the_long_watch");
  });
});
