/**
 * No playthrough is lost: the command line in plain mode, driven as a new
 * player would (in this process over pipes; the built CLI where an exit
 * status or a working directory is the point). Every sequence that used to replace one game's autosave
 * with another's (New game, the "to be continued" screen, a replayed
 * transcript, a slot loaded mid-game) must leave every earlier playthrough
 * listed and resumable; damaged saves, broken stories and bad caches are
 * reported for what they are.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { autosaveSlotFor, SaveStore, type SlotInfo } from "../../src/saves/index.js";
import { repoRoot, runCli, runCliInProcess, tempDir } from "../support/cli.js";

type Good = Extract<SlotInfo, { ok: true }>;

/** Plays the game in plain mode with `input`; returns everything it printed. */
async function game(dir: string, input: string, args: string[] = []) {
  const r = await runCliInProcess([...args, "--plain", "--save-dir", dir], { input, timeoutMs: 40_000 });
  expect(r.stderr, r.stdout.slice(-1500)).toBe("");
  return r;
}

/** The loadable saves in `dir`, newest first. */
function saves(dir: string): Good[] {
  return new SaveStore(dir).list().filter((s): s is Good => s.ok);
}

/** The choices offered last in a plain-mode run. */
function lastChoices(out: string): string {
  return out.slice(out.lastIndexOf("\n\n1) ")).split("\n> ")[0]?.trim() ?? "";
}

/** The first game: four choices from the title's New game, autosaved, then quit. */
const FIRST_GAME = "1\n2\n1\n1\n2\nquit\n";

describe("every playthrough keeps its own autosave", () => {
  it("New game leaves the earlier game listed and resumable", async () => {
    const dir = tempDir("fc-playthroughs-");
    const first = await game(dir, FIRST_GAME);
    const atTurn4 = lastChoices(first.stdout);
    expect(saves(dir).map((s) => s.turns)).toEqual([4]);

    // Title: 1) Continue 2) New game. One choice in the new game.
    await game(dir, "2\n1\nquit\n");
    const list = saves(dir);
    expect(list.map((s) => s.turns)).toEqual([1, 4]);
    expect(list.every((s) => s.autosave)).toBe(true);
    expect(new Set(list.map((s) => s.playthrough)).size).toBe(2);

    // The turn-4 game is the second in the Load list (newest first), and comes back where it was.
    const load = await game(dir, "3\n2\nquit\n");
    expect(load.stdout).toMatch(/Load which game\?\n1\) Autosave: .*turn 1, .*\n {3}.*\n2\) Autosave: .*turn 4, /);
    expect(lastChoices(load.stdout)).toBe(atTurn4);
    // Resuming a playthrough's own autosave carries on that playthrough: still two games.
    expect(saves(dir).map((s) => s.turns)).toEqual([4, 1]);
    expect(
      saves(dir)
        .map((s) => s.playthrough)
        .sort(),
    ).toEqual(list.map((s) => s.playthrough).sort());
  }, 60_000);

  it("after the 'to be continued' screen, New game keeps the finished game, marked as waiting for the next chapter", async () => {
    // A story whose written part stops at a placeholder, played as any ink story is:
    // `play FILE` starts a new game at once; the title screen follows the last screen.
    const story = join(repoRoot, "tests", "fixtures", "saves", "placeholder.ink");
    const dir = tempDir("fc-playthroughs-");
    // Launch, reach the placeholder, back to the title screen, New game, and stop at its first choice.
    const first = await game(dir, "1\n3\n2\n", ["play", story]);
    expect(first.stdout).toContain("== TO BE CONTINUED: Part Two ==");
    expect(first.stdout).toMatch(/1\) Continue\n {3}Autosave: .*\[waiting for the next chapter \(Part Two\)\]\n/);
    const stories = readdirSync(join(dir, "stories"));
    expect(stories).toHaveLength(1);
    const storeDir = join(dir, "stories", stories[0] as string);
    const list = saves(storeDir);
    expect(list).toHaveLength(2);
    expect(list[0]).toEqual(expect.objectContaining({ ended: false, turns: 0 }));
    expect(list[1]).toEqual(expect.objectContaining({ ended: true, placeholder: "Part Two", turns: 1 }));
    expect(new Set(list.map((s) => s.playthrough)).size).toBe(2);

    const listed = await runCliInProcess(["saves", "list", "--story", story, "--save-dir", dir]);
    expect(listed.stdout).toContain("waiting for the next chapter (Part Two)");

    // A third game, to the placeholder and back to the title; Load lists all three, newest
    // first, and the first game loads at its last screen.
    const load = await game(dir, "2\n3\n3\n3\n", ["play", story]);
    expect(load.stdout).toMatch(
      /Load which game\?\n1\) Autosave: .*turn 1, .*\[waiting[^\n]*\n[^\n]*\n2\) Autosave: .*turn 0, [^\n]*\n[^\n]*\n3\) Autosave: .*turn 1, .*\[waiting/,
    );
    expect(load.stdout.split("You launch into the dark.")).toHaveLength(2);
    expect(load.stdout).toContain("The story has ended.");
    expect(saves(storeDir)).toHaveLength(3);
  }, 90_000);

  it("replay --slot, then --continue, leaves the game the transcript came from alone", async () => {
    const dir = tempDir("fc-playthroughs-");
    await game(dir, FIRST_GAME);
    const [original] = saves(dir);
    const transcript = join(dir, "..", `${original?.playthrough}-t.json`);
    const exported = await runCliInProcess(["export", "--format", "json", "-o", transcript, "--save-dir", dir]);
    expect(exported.code).toBe(0);
    const replayed = await runCliInProcess(["replay", transcript, "--slot", "r2", "--save-dir", dir]);
    expect(replayed.code, replayed.stderr).toBe(0);
    const r2 = saves(dir).find((s) => s.slot === "r2");
    expect(r2?.playthrough).not.toBe(original?.playthrough);

    // --continue resumes the newest save (r2) and plays on: as a playthrough of its own.
    await game(dir, "1\nquit\n", ["--continue"]);
    const list = saves(dir);
    expect(list).toHaveLength(3);
    const kept = list.find((s) => s.slot === original?.slot);
    expect(kept).toEqual(expect.objectContaining({ turns: 4, savedAt: original?.savedAt }));
    expect(list.find((s) => s.slot === "r2")?.turns).toBe(4);
    expect(list[0]).toEqual(expect.objectContaining({ autosave: true, turns: 5 }));
    expect(list[0]?.playthrough).not.toBe(original?.playthrough);
  }, 60_000);

  it("loading a named slot mid-game keeps the game that was being played", async () => {
    const dir = tempDir("fc-playthroughs-");
    // A game: two choices, saved as "bridge", two more, quit (autosaved at turn 4).
    await game(dir, "1\n2\n1\nsave bridge\n1\n2\nquit\n");
    const before = saves(dir);
    expect(before.map((s) => [s.slot === "bridge" ? "bridge" : "auto", s.turns])).toEqual([
      ["auto", 4],
      ["bridge", 2],
    ]);
    const auto = before[0] as Good;

    // Continue it, then load "bridge" from the prompt and make one choice.
    const out = await game(dir, "load bridge\n1\nquit\n", ["--continue"]);
    expect(out.stdout).toContain('Loaded "bridge".');
    const after = saves(dir);
    expect(after).toHaveLength(3);
    expect(after.find((s) => s.slot === auto.slot)).toEqual(expect.objectContaining({ turns: 4 }));
    expect(after.find((s) => s.slot === "bridge")).toEqual(expect.objectContaining({ turns: 2 }));
    const branch = after[0] as Good;
    expect(branch).toEqual(expect.objectContaining({ autosave: true, turns: 3 }));
    expect(branch.playthrough).not.toBe(auto.playthrough);
  }, 60_000);
});

describe("what cannot be loaded is never passed over in silence", () => {
  it("--continue names a newer damaged autosave and where its bytes were kept, then resumes the newest that loads", async () => {
    const dir = tempDir("fc-playthroughs-");
    await game(dir, FIRST_GAME);
    const broken = join(dir, `${autosaveSlotFor("a-later-game")}.json`);
    writeFileSync(broken, '{"format":2,"game":"first-contact"');
    const r = await game(dir, "quit\n", ["--continue"]);
    const kept = readdirSync(dir).find((n) => n.startsWith(`${autosaveSlotFor("a-later-game")}.json.damaged-`));
    expect(kept).toBeDefined();
    expect(r.stdout).toContain(`A saved game could not be loaded: ${broken} is damaged: not valid JSON`);
    expect(r.stdout).toContain(`its bytes are kept as ${kept}`);
    expect(r.stdout).toMatch(/Continuing the most recent game that loads: Autosave: .*turn 4/);
    expect(readFileSync(join(dir, kept as string), "utf8")).toBe('{"format":2,"game":"first-contact"');
  }, 60_000);

  it("Continue offered at a glance for a save whose log is damaged names it, then resumes the newest that loads", async () => {
    const dir = tempDir("fc-playthroughs-");
    await game(dir, FIRST_GAME);
    const [good] = saves(dir);
    // A later game whose envelope reads well (the title offers it) but whose log does not.
    const later = autosaveSlotFor("a-later-game");
    const data = JSON.parse(readFileSync(join(dir, `${good?.slot}.json`), "utf8"));
    const savedAt = new Date(Date.parse(data.savedAt) + 60_000).toISOString();
    writeFileSync(join(dir, `${later}.json`), JSON.stringify({ ...data, slot: later, savedAt, logBlocks: ["x"] }));
    const r = await game(dir, "1\nquit\n");
    expect(r.stdout).toMatch(/1\) Continue\n {3}Autosave: .*turn 4, /);
    expect(r.stdout).toMatch(
      new RegExp(
        `A saved game could not be loaded: .*${later}\\.json is damaged: .*kept as ${later}\\.json\\.damaged-`,
      ),
    );
    expect(r.stdout).toMatch(/Continuing the most recent game that loads: Autosave: .*turn 4/);
    expect(lastChoices(r.stdout)).not.toBe("");
  }, 60_000);

  it("a save whose log is damaged is offered once at a glance; after Continue has named it, the title no longer offers it", async () => {
    const dir = tempDir("fc-playthroughs-");
    await game(dir, FIRST_GAME);
    const [only] = saves(dir);
    const file = join(dir, `${only?.slot}.json`);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), logBlocks: ["x"] }));
    const r = await game(dir, "1\nquit\n");
    const titles = r.stdout.split("Your choice").slice(1);
    expect(titles[0]).toMatch(/^\n1\) Continue\n/);
    expect(r.stdout).toContain("There is no other saved game to continue.");
    expect(titles[1]).toMatch(/^\n1\) New game\n/);
  }, 60_000);

  it("--continue with only a damaged save says so, and that there is no other game", async () => {
    const dir = tempDir("fc-playthroughs-");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "autosave.json"), "");
    const r = await game(dir, "", ["--continue"]);
    expect(r.stdout).toMatch(
      /A saved game could not be loaded: .*autosave\.json is damaged: it is empty \(its bytes are kept as autosave\.json\.damaged-\d{8}T\d{6}Z\)/,
    );
    expect(r.stdout).toContain("There is no other saved game to continue.");
  });

  it("a save whose stored story state is damaged says so, not that the story was updated", async () => {
    const dir = tempDir("fc-playthroughs-");
    const first = await game(dir, FIRST_GAME);
    const [save] = saves(dir);
    const file = join(dir, `${save?.slot}.json`);
    const data = JSON.parse(readFileSync(file, "utf8"));
    // Written plain (format 3 packs it; a plain state is read as well).
    delete data.packedState;
    data.state = JSON.stringify({ turn: 4, ink: "{not ink" });
    writeFileSync(file, JSON.stringify(data));
    const r = await game(dir, "quit\n", ["--continue"]);
    expect(r.stdout).not.toContain("has been updated");
    expect(r.stdout).toMatch(
      /The story state stored in this save could not be used \(the saved story state could not be loaded: .*\), so your choices were replayed from the start instead\. All 4 of them fit/,
    );
    expect(lastChoices(r.stdout)).toBe(lastChoices(first.stdout));
  }, 60_000);
});

describe("play FILE is a game of its own", () => {
  const story = (title: string, extra = "") => `# title: ${title}
VAR count = 0
The lift waits.
- (top)
+ [Go up]
  ~ count++
  The lift climbs.
  -> top
+ [Go down]
  ~ count--
  The lift sinks.
  -> top
+ [Step out]
  You step out on floor {count}.
  -> END
${extra}`;

  it("autosaves, continues with --continue, and keeps each story's saves apart by identity, not file name", async () => {
    const root = tempDir("fc-playfile-");
    const dir = join(root, "saves");
    const a = join(root, "a", "main.ink");
    const b = join(root, "b", "main.ink");
    mkdirSync(join(root, "a"));
    mkdirSync(join(root, "b"));
    writeFileSync(a, story("Lift A"));
    writeFileSync(b, story("Lift B"));

    const first = await game(dir, "1\n1\nquit\n", ["play", a]);
    expect(first.stdout).toContain("LIFT A");
    const other = await game(dir, "2\nquit\n", ["play", b]);
    expect(other.stdout).toContain("The lift sinks.");
    const folders = readdirSync(join(dir, "stories"));
    expect(folders).toHaveLength(2);
    // The first game's own saves hold only its own game, and nothing of the story was put in the main folder.
    expect(readdirSync(dir).filter((n) => n.endsWith(".json"))).toEqual([]);

    // The same story, moved and edited, still continues its own game.
    const moved = join(root, "moved.ink");
    writeFileSync(moved, story("Lift A", "// a note added later\n"));
    const again = await game(dir, "3\n", ["play", moved, "--continue"]);
    expect(again.stdout).toContain("Resuming where you left off.");
    expect(again.stdout).toContain("You step out on floor 2.");
    expect(again.stdout).not.toContain("sinks");
    // The saves commands reach a story's own saves with --story FILE.
    const listed = await runCliInProcess(["saves", "list", "--story", moved, "--save-dir", dir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^autosave-[0-9a-f]{8} .*ended/);
    expect(listed.stdout).not.toContain("sinks");
    const main = await runCliInProcess(["saves", "list", "--save-dir", dir]);
    expect(main.stdout).toContain(
      `The saves of 2 other stories played with "play FILE" are in ${join(dir, "stories")}`,
    );
  }, 60_000);

  it("undo, named slots, export, and Back to the title screen all work; the menu offers only what works", async () => {
    const root = tempDir("fc-playfile-");
    const dir = join(root, "saves");
    const file = join(root, "lift.ink");
    writeFileSync(file, story("Lift"));
    const out = join(root, "t.txt");
    const r = await runCli(["play", file, "--plain", "--save-dir", dir], {
      input: `1\nundo\n2\nsave here\nexport txt ${out}\nmenu\n1\n3\n3\n`,
      cwd: root,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Went back 1 turn.");
    expect(r.stdout).toContain('Saved to "here".');
    expect(readFileSync(out, "utf8")).toContain("The lift sinks.");
    expect(r.stdout).toMatch(
      /Game menu\n1\) Back to the story\n2\) Save to a named slot\n3\) Load a saved game\n4\) Undo/,
    );
    // Step out, then Back to the title screen: a title screen, with Continue.
    expect(r.stdout).toContain("You step out on floor -1.");
    // At the ending: undo, export, or back to the title.
    expect(r.stdout).toMatch(
      /The story has ended\.\n1\) Undo the last choice\n2\) Export the transcript\n3\) Back to the title screen\n/,
    );
    const afterEnd = r.stdout.slice(r.stdout.indexOf("Back to the title screen"));
    expect(afterEnd).toMatch(/\nLIFT\n[\s\S]*1\) Continue/);
  });

  it("asks before saving over a named slot; no keeps the old save (and its backup) and takes another name", async () => {
    const root = tempDir("fc-playfile-");
    const dir = join(root, "saves");
    const file = join(root, "lift.ink");
    writeFileSync(file, story("Lift"));
    const r = await runCli(["play", file, "--plain", "--save-dir", dir], {
      input: "1\nsave ch2 start\n1\nsave ch2 start\nno\nch2 later\n1\nsave ch2 start\nyes\nquit\n",
      cwd: root,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /There is already a save called "ch2 start" \("ch2 start": the beginning, turn 1, [^)]*\)\. Replace it\? \(yes\/no\) no\n/,
    );
    expect(r.stdout).toContain(
      'The save "ch2 start" is kept as it was.\nSave as (another name, or nothing to cancel): ch2 later\nSaved to "ch2 later".',
    );
    const turns = (slot: string) =>
      (
        JSON.parse(readFileSync(join(dir, "stories", readdirSync(join(dir, "stories"))[0] ?? "", slot), "utf8")) as {
          summary: { turns: number };
        }
      ).summary.turns;
    expect(turns("ch2 later.json")).toBe(2);
    // Replaced only after a yes; what it held before is the backup.
    expect(turns("ch2 start.json")).toBe(3);
    expect(turns("ch2 start.json.bak")).toBe(1);
  });

  it("an export with no file name goes to the folder the game was started from, and says its full path", async () => {
    const root = tempDir("fc-playfile-");
    const file = join(root, "lift.ink");
    writeFileSync(file, story("Lift"));
    const cwd = join(root, "here");
    mkdirSync(cwd);
    const r = await runCli(["play", file, "--plain", "--save-dir", join(root, "saves")], {
      input: "1\nexport md\nquit\n",
      cwd,
    });
    expect(r.code).toBe(0);
    const written = /Transcript written to (\S+)\n/.exec(r.stdout)?.[1] ?? "";
    expect(written).toMatch(new RegExp(`^${cwd.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/lift-\\d{8}T\\d{6}Z\\.md$`));
    expect(readFileSync(written, "utf8")).toContain("The lift climbs.");
  });

  it("a story that fails in play exits 1 and says only what is true, with one turn number", async () => {
    const root = tempDir("fc-playfile-");
    const dir = join(root, "saves");
    const file = join(repoRoot, "tests", "fixtures", "engine", "runs-out.ink");
    const r = await runCli(["play", file, "--plain", "--save-dir", dir], { input: "1\n" });
    expect(r.code).toBe(1);
    const problem = r.stdout.slice(r.stdout.indexOf("The story hit a problem"));
    expect(problem).toMatch(/^The story hit a problem: .*ran out of content/);
    expect(problem.match(/turn \d+/g)).toEqual(["turn 1"]);
    expect(problem).toContain("Your game is saved as it stood just before that choice; Continue takes you back there.");
    // When the autosave could not be written, it says so instead (the folder for play FILE stories is a file).
    const blocked = join(root, "blocked");
    mkdirSync(blocked);
    writeFileSync(join(blocked, "stories"), "");
    const unsaved = await runCliInProcess(["play", file, "--plain", "--save-dir", blocked], { input: "1\n" });
    expect(unsaved.code).toBe(1);
    expect(unsaved.stdout).toContain("Autosave failed:");
    expect(unsaved.stdout).toContain(
      "The autosave before that choice failed, so Continue cannot bring back this point.",
    );
    expect(unsaved.stdout).not.toContain("Your game is saved");
    // And it is: Continue offers the choice again.
    const again = await runCliInProcess(["play", file, "--plain", "--save-dir", dir, "--continue"], { input: "" });
    expect(again.stdout).toContain("Resuming where you left off.");
    expect(again.stdout).toContain("1) Go through");
  });
});
