/**
 * The screens beside the story through the command line in plain mode (run
 * in this process over pipes; the built CLI where the game is killed): what
 * two playthroughs to two endings leave on the Endings screen.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, collectOutput, repoRoot, runCliInProcess, tempDir } from "../support/cli.js";
import { fixturesDir } from "../support/compile.js";

const lantern = join(fixturesDir, "screens", "main.ink");

describe("screens from the title screen (plain)", () => {
  it("after two playthroughs to two endings, Endings shows both with the right count, and Paths the choices of both", async () => {
    const saveDir = tempDir("fc-screens-");
    const play = (input: string) => runCliInProcess(["play", lantern, "--save-dir", saveDir], { input });
    // Home early (trimming the wick); then, in a second game, walking the sand and up the stair to the lamp.
    const first = await play("1\n2\nBack to the title screen\nEndings\n0\nquit\n");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("== THE END: Home Before Dark ==");
    expect(first.stdout).toContain("== Endings ==\n1 of 3 endings found\n");
    const second = await play("2\n1\n1\nBack to the title screen\nEndings\n0\nquit\n");
    expect(second.code).toBe(0);
    const screen = second.stdout.slice(second.stdout.lastIndexOf("== Endings =="));
    expect(screen).toMatch(
      /^== Endings ==\n2 of 3 endings found\n\nFound:\n\[x\] Home Before Dark\n {4}found [\d-]+ [\d:]+, in the playthrough begun [\d-]+ [\d:]+\n\[x\] The Great Lamp\n/,
    );
    expect(screen).toContain("Not found yet:\n[ ] An ending not yet found.\n\nPress Enter to go back.\n> 0\n");
    expect(screen).not.toContain("A Dark Tower");
    // Paths marks the choices of both games; Chapters-to-be and counts come from the build, not from play.
    const third = await play("menu\nSave and quit to the title screen\nPaths\n0\nChapters\n0\nquit\n");
    // Chapters offers both chapters reached (the second only by the second game).
    const chapters = third.stdout.slice(third.stdout.lastIndexOf("Start which chapter?"));
    expect(chapters).toMatch(
      /^Start which chapter\? \(a new playthrough\)\n1\) Two — The Tower\n {3}last reached .*, after 2 choices\n2\) One — The Shore\n/,
    );
    const paths = third.stdout.slice(third.stdout.lastIndexOf("== Paths =="));
    expect(paths).toContain(
      [
        "== Paths ==",
        "5 of 6 choices seen in all",
        "",
        "One — The Shore: 4 of 4 choices seen; routes: Climb to the tower, Go home early",
        "- The shore: 4 of 4",
        "  [x] Trim the wick",
        "  [x] Walk the sand",
        "  [x] Climb to the tower",
        "  [x] Go home early",
        "",
        "Two — The Tower: 1 of 2 choices seen; routes: Light the great lamp; 1 not yet taken",
        "- The lamp room: 1 of 2",
        "  [x] Light the great lamp",
        "  [ ] 1 not yet taken",
      ].join("\n"),
    );
  });

  it("a width changed in Settings is in force after the game is closed and opened again; --width overrides it", async () => {
    const saveDir = tempDir("fc-settings-");
    const set = await runCliInProcess(["play", lantern, "--save-dir", saveDir], {
      input:
        "menu\nSave and quit to the title screen\nsettings\nText width: auto (follows the terminal)\nAnother width…\n24\n0\nquit\n",
    });
    expect(set.code).toBe(0);
    expect(set.stdout).toContain("Text width: 24 columns.");
    const longest = (text: string) => Math.max(...text.split("\n").map((l) => l.length));
    const again = await runCliInProcess(["play", lantern, "--save-dir", saveDir], { input: "quit\n" });
    expect(again.stdout).toContain("The tide is out and the\nlantern burns low.");
    expect(longest(again.stdout.slice(0, again.stdout.indexOf("Your game is saved")))).toBeLessThanOrEqual(24);
    const flagged = await runCliInProcess(["play", lantern, "--save-dir", saveDir, "--width", "0"], {
      input: "quit\n",
    });
    expect(flagged.stdout).toContain("The tide is out and the lantern burns low.");
  });

  it("a damaged settings file is reported and set aside, and the game plays on with the defaults", async () => {
    const saveDir = tempDir("fc-settings-");
    mkdirSync(join(saveDir, "settings"));
    writeFileSync(join(saveDir, "settings", "settings.json"), "{ width: 30");
    const r = await runCliInProcess(["play", lantern, "--save-dir", saveDir], { input: "quit\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Note: Your settings file was damaged; it was set aside as .*settings\.json\.damaged-\d+T\d+Z and the defaults are in use\./,
    );
    expect(r.stdout).toContain("The tide is out and the lantern burns low.");
    expect(readdirSync(join(saveDir, "settings")).some((n) => n.startsWith("settings.json.damaged-"))).toBe(true);
  });

  it("refuses a bad --pacing or --paging value", async () => {
    const r = await runCliInProcess(["--pacing", "warp"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pacing takes off, fast, slow, not "warp"');
  });

  it("Rewind, from the game menu, goes back to just before a recent choice", async () => {
    const saveDir = tempDir("fc-rewind-");
    const r = await runCliInProcess(["play", lantern, "--save-dir", saveDir], {
      input: "1\n1\nmenu\nGo back to an earlier choice\nturn 1 (One — The Shore begins): Trim the wick\n2\nquit\n",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Go back to just before which choice?\n1) turn 2: Climb to the tower\n2) turn 1 (One — The Shore begins): Trim the wick\n3) Back\n",
    );
    expect(r.stdout).toContain("Went back 2 turns.");
    const after = r.stdout.slice(r.stdout.indexOf("Went back 2 turns."));
    expect(after).toContain("1) Trim the wick\n2) Walk the sand\n");
    expect(after).toContain("You find a bottle with nothing inside.");
  });

  it("The story so far, from the game menu, shows the recap and the story's status, and play goes on unchanged", async () => {
    const saveDir = tempDir("fc-sofar-");
    const r = await runCliInProcess(["play", lantern, "--save-dir", saveDir], {
      input: "2\n1\nmenu\nThe story so far\n0\n1\nquit\n",
    });
    expect(r.stdout).toContain(
      [
        "== The story so far ==",
        "",
        "One — The Shore:",
        "- You kept the lantern lit on the shore.",
        "- You carry an empty bottle.",
        "",
        "Where things stand:",
        "- The lantern is nearly dry.",
        "- You carry an empty bottle.",
        "",
        "Press Enter to go back.",
      ].join("\n"),
    );
    expect(r.stdout).toContain("== THE END: The Great Lamp ==");
  });

  it("a game killed mid-play (SIGKILL, nothing flushed on the way out) keeps the choices it took on the Paths screen", async () => {
    const saveDir = tempDir("fc-killed-");
    const child = spawn(process.execPath, [bin, "play", lantern, "--save-dir", saveDir], { cwd: repoRoot });
    const out = collectOutput(child);
    const waitFor = async (text: string) => {
      const end = Date.now() + 20_000;
      while (!out.stdout().includes(text)) {
        if (Date.now() > end) throw new Error(`no "${text}" in:\n${out.stdout()}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await waitFor("2) Walk the sand");
    child.stdin.write("2\n");
    await waitFor("You find a bottle with nothing inside.");
    // A moment for the write that follows the turn, as a player reading the screen would give it.
    await new Promise((r) => setTimeout(r, 300));
    const gone = new Promise((r) => child.on("close", r));
    child.kill("SIGKILL");
    await gone;
    const profile = JSON.parse(readFileSync(join(saveDir, "settings", "profile.json"), "utf8"));
    expect(Object.values(profile.stories).map((s) => (s as { seen: string[] }).seen)).toEqual([["shore.0.c-1"]]);
    const paths = await runCliInProcess(["play", lantern, "--save-dir", saveDir], {
      input: "menu\nSave and quit to the title screen\nPaths\n0\nquit\n",
    });
    expect(paths.stdout).toContain("One — The Shore: 1 of 4 choices seen");
    expect(paths.stdout).toContain("[x] Walk the sand");
  });

  it("--skip-seen on passes over the lines read before in plain mode; set in Settings, it holds when the game is opened again", async () => {
    const saveDir = tempDir("fc-skip-");
    await runCliInProcess(["play", lantern, "--save-dir", saveDir], { input: "1\nquit\n" });
    // Slow pacing waits half a second a paragraph; the opening's two lines were read, so with --skip-seen on they pass at once.
    const time = async (flag: string) => {
      const t = Date.now();
      const r = await runCliInProcess(
        ["play", lantern, "--save-dir", saveDir, "--new", "--pacing", "slow", "--skip-seen", flag],
        {
          input: "quit\n",
        },
      );
      expect(r.stdout).toContain("The tide is out and the lantern burns low.");
      return Date.now() - t;
    };
    const on = await time("on");
    const off = await time("off");
    expect(off - on).toBeGreaterThanOrEqual(700);
    const settings = await runCliInProcess(["play", lantern, "--save-dir", saveDir, "--skip-seen", "on"], {
      input: "menu\nSave and quit to the title screen\nsettings\n0\nquit\n",
    });
    expect(settings.stdout).toMatch(
      /\d\) Skip text already read: auto \(off in plain mode, on in the full-screen game\)\n {3}a command-line flag overrides this/,
    );
    // Set on in the Settings screen, it is in force when the game is opened again, with no flag.
    const set = await runCliInProcess(["play", lantern, "--save-dir", saveDir], {
      input: "menu\nSave and quit to the title screen\nsettings\n5\non\n0\nquit\n",
    });
    expect(set.stdout).toContain("Skip text already read: on (lines read in any playthrough pass at once");
    expect(JSON.parse(readFileSync(join(saveDir, "settings", "settings.json"), "utf8")).skipSeen).toBe("on");
    const t = Date.now();
    const again = await runCliInProcess(["play", lantern, "--save-dir", saveDir, "--new", "--pacing", "slow"], {
      input: "quit\n",
    });
    expect(again.stdout).toContain("The tide is out and the lantern burns low.");
    expect(off - (Date.now() - t)).toBeGreaterThanOrEqual(700);
  });
});
