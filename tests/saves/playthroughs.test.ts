/**
 * Playthroughs as the player owns them: each has its own autosave, a save
 * records whether its game has finished, loading a slot that is not a
 * playthrough's own autosave starts a playthrough of its own, a bad ink
 * cache is named for what it is, and `saves prune` asks before it removes.
 */

import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeReplay } from "../../src/app/game.js";
import { loadGame } from "../../src/app/load-game.js";
import { openSaveService } from "../../src/app/save-service.js";
import { savesCommand } from "../../src/cli/saves-command.js";
import {
  autosaveSlotFor,
  isAutosaveSlot,
  makeSave,
  parseSave,
  realFs,
  SAVE_FORMAT,
  SaveStore,
} from "../../src/saves/index.js";
import { capture, fixtureStory, fsWith, play, saveOf, tempDir } from "./support.js";

const base = fixtureStory("base");
const placeholder = fixtureStory("placeholder", "placeholder-fixture");
const fixtures = join(import.meta.dirname, "..", "..", "saves", "fixtures");

describe("a save records whether its game has finished", () => {
  it("an ending, a placeholder (waiting for the next chapter), or still being played", () => {
    expect(saveOf(base, ["Run"]).summary).toEqual(expect.objectContaining({ ended: false, placeholder: null }));
    expect(saveOf(base, ["Run", "Leave"]).summary).toEqual(
      expect.objectContaining({ ended: true, ending: "fixture_end", placeholder: null }),
    );
    const paused = saveOf(placeholder, ["Wait"]);
    expect(paused.summary).toEqual(expect.objectContaining({ ended: true, ending: null, placeholder: "Part Two" }));
    // Undone back before the end, the game is no longer finished.
    const session = play(placeholder, ["Launch"]);
    session.undo(1);
    const undone = makeSave(session, { slot: "x", title: "t", gameVersion: "test" });
    expect(undone.summary).toEqual(expect.objectContaining({ ended: false, placeholder: null }));
  });

  it("format-1 saves are migrated: whether they finished is read from their log", () => {
    const ended = parseSave(readFileSync(join(fixtures, "format-1-ended.json"), "utf8"), "ended.json");
    expect(ended.format).toBe(SAVE_FORMAT);
    expect(ended.summary).toEqual(expect.objectContaining({ ended: true, ending: "fixture_end", placeholder: null }));
    const midgame = parseSave(readFileSync(join(fixtures, "format-1-midgame.json"), "utf8"), "midgame.json");
    expect(midgame.summary).toEqual(expect.objectContaining({ ended: false, placeholder: null }));
    // A format-1 save made at a placeholder is marked as waiting for the next chapter.
    // Formats 1 and 2 hold the log's events as they are, as the game holds a save in memory.
    const v1 = JSON.parse(JSON.stringify(saveOf(placeholder, ["Launch"])));
    v1.format = 1;
    delete v1.summary.ended;
    delete v1.summary.placeholder;
    const migrated = parseSave(JSON.stringify(v1), "v1.json");
    expect(migrated.summary).toEqual(expect.objectContaining({ ended: true, placeholder: "Part Two" }));
  });

  it("a format-1 save with a damaged log is reported by the shape check, not a crash in the migration", () => {
    const v1 = JSON.parse(JSON.stringify(saveOf(base, ["Run"])));
    v1.format = 1;
    v1.log.events[2].tags = 5;
    expect(() => parseSave(JSON.stringify(v1), "v1.json")).toThrow(/v1\.json is damaged: log\.events\[2\]\.tags/);
  });
});

describe("every playthrough autosaves to its own slot", () => {
  function service(dir: string) {
    return openSaveService({
      dir,
      storyInfo: base,
      story: () => base,
      title: "Save Fixture",
      endings: { fixture_end: { title: "The Door Holds", hint: null } },
    });
  }

  it("two games, one after the other, keep two autosaves; the list marks finished games", () => {
    const dir = tempDir();
    const saves = service(dir);
    const first = play(base, ["Run", "Leave"], "first");
    const second = play(base, ["Hold the door"], "second");
    expect(saves.autosave(first)).toBe(autosaveSlotFor("first"));
    expect(saves.autosave(second)).toBe(autosaveSlotFor("second"));
    const list = saves.list();
    expect(list.map((s) => s.slot).sort()).toEqual([autosaveSlotFor("first"), autosaveSlotFor("second")].sort());
    const finished = list.find((s) => s.slot === autosaveSlotFor("first"));
    expect(finished?.label).toMatch(/^Autosave: Two, turn 2, \d{4}-\d\d-\d\d \d\d:\d\d \[ended: The Door Holds\]$/);
    expect(list.find((s) => s.slot === autosaveSlotFor("second"))?.label).not.toContain("[");
    expect(finished?.detail).toMatch(/^Save Fixture · Engineering · \d+ s played$/);
  });

  it("an autosave resumes its playthrough; a named slot, or an autosave another game is playing, starts one of its own", async () => {
    const dir = tempDir();
    const saves = service(dir);
    const game = play(base, ["Hold the door", "Check the core"], "the-game");
    saves.autosave(game);
    saves.save("bridge", game);
    saves.release();

    const mine = service(dir);
    const resumed = await mine.load(autosaveSlotFor("the-game"));
    expect(resumed.session.log.id).toBe("the-game");
    mine.autosave(resumed.session);

    const named = await mine.load("bridge");
    expect(named.session.log.id).not.toBe("the-game");
    expect(mine.autosave(named.session)).toBe(autosaveSlotFor(named.session.log.id));

    // A second game opening the same playthrough while the first is playing it.
    const other = service(dir);
    const twice = await other.load(autosaveSlotFor("the-game"));
    expect(twice.session.log.id).not.toBe("the-game");
    mine.release();
    expect(new SaveStore(dir).list()).toHaveLength(3);
  });

  it("a second game autosaving a playthrough the first is playing carries on as a playthrough of its own", () => {
    const dir = tempDir();
    const a = service(dir);
    const b = service(dir);
    a.autosave(play(base, ["Run"], "shared"));
    const copy = play(base, ["Hold the door"], "shared");
    const slot = b.autosave(copy);
    expect(slot).not.toBe(autosaveSlotFor("shared"));
    expect(copy.log.id).not.toBe("shared");
    expect(new SaveStore(dir).read(autosaveSlotFor("shared")).summary.turns).toBe(1);
  });

  it("autosaves written by older builds are still autosaves", () => {
    expect(isAutosaveSlot("autosave", "x")).toBe(true);
    expect(isAutosaveSlot("autosave-3", "x")).toBe(true);
    expect(isAutosaveSlot(autosaveSlotFor("x"), "x")).toBe(true);
    expect(isAutosaveSlot("bridge", "x")).toBe(false);
    expect(isAutosaveSlot("autosave-mine", "x")).toBe(false);
  });
});

describe("what Continue resumes", () => {
  it("the newest save that loads, found by reading only the newest files; newer damaged ones are named", () => {
    const dir = tempDir();
    const store = new SaveStore(dir);
    for (let i = 1; i <= 20; i++) {
      const slot = store.autosave({
        ...saveOf(base, ["Run"], "x", `game-${i}`),
        savedAt: `2020-04-05T10:${String(i).padStart(2, "0")}:00.000Z`,
      });
      const t = Date.parse(`2020-04-05T10:${String(i).padStart(2, "0")}:01.000Z`) / 1000;
      utimesSync(join(dir, `${slot}.json`), t, t);
    }
    writeFileSync(join(dir, "broken.json"), "{");
    store.release();
    let opened = 0;
    let listed = 0;
    const counting = new SaveStore(dir, {
      fs: fsWith({
        openSync: (path, flags, mode) => {
          if (String(path).endsWith(".json")) opened++;
          return realFs.openSync(path, flags, mode);
        },
        readdirSync: ((path: string) => {
          listed++;
          return realFs.readdirSync(path);
        }) as typeof realFs.readdirSync,
      }),
    });
    const { latest, skipped, slots } = counting.latestWithSkipped();
    expect(latest?.slot).toBe(autosaveSlotFor("game-20"));
    expect(latest?.slot).toBe(new SaveStore(dir).list()[0]?.slot);
    expect(skipped).toEqual([expect.objectContaining({ slot: "broken", ok: false })]);
    expect(opened).toBeLessThanOrEqual(3);
    // One listing of the folder answers both what Continue resumes and whether there is anything to load.
    expect(listed).toBe(1);
    expect(slots).toBe(21);
    expect(new SaveStore(tempDir()).latestWithSkipped()).toEqual({ latest: null, skipped: [], slots: 0 });
  });
});

describe("a bad ink-state cache", () => {
  it("is reported as what it is, not as a story update", () => {
    const save = { ...saveOf(base, ["Hold the door", "Check the core"]), state: '{"turn":2,"ink":"{}"}' };
    const loaded = loadGame(save, base);
    expect(loaded.replayedBecause).toEqual({ kind: "state-unusable", problem: expect.any(String) });
    const note = describeReplay(loaded.replay, loaded.replayedBecause) ?? "";
    expect(note).not.toMatch(/updated/);
    expect(note).toMatch(
      /^The story state stored in this save could not be used \(.+\), so your choices were replayed/,
    );
    const disagrees = { ...save, state: saveOf(base, ["Run"]).state };
    const second = loadGame(disagrees, base);
    expect(second.replayedBecause).toEqual({
      kind: "state-unusable",
      problem: "the story state is at turn 1, but the save records 2 choices",
    });
    expect(loadGame(saveOf(base, ["Run"]), base).replayedBecause).toBeNull();
    expect(loadGame(saveOf(base, ["Run"]), fixtureStory("choice-inserted")).replayedBecause).toEqual({
      kind: "story-changed",
    });
  });
});

describe("saves prune", () => {
  async function prune(dir: string, args: string[], answer: string | null) {
    const out = capture();
    const err = capture();
    const asked: string[] = [];
    const code = await savesCommand(["prune", ...args], {
      stdout: out.stream,
      stderr: err.stream,
      saveDir: dir,
      story: { ...base, title: "Save Fixture" },
      ask: async (q) => {
        asked.push(q);
        return answer;
      },
    });
    return { code, out: out.text(), err: err.text(), asked };
  }
  function seeded(): string {
    const dir = tempDir();
    const store = new SaveStore(dir);
    for (let i = 1; i <= 3; i++) {
      store.autosave({ ...saveOf(base, ["Run"], "x", `game-${i}`), savedAt: `2063-04-0${i}T10:00:00.000Z` });
    }
    store.write("bridge", { ...saveOf(base, ["Run"], "bridge", "game-1"), savedAt: "2063-01-01T10:00:00.000Z" });
    store.release();
    return dir;
  }
  const slots = (dir: string) =>
    new SaveStore(dir)
      .list()
      .map((s) => s.slot)
      .sort();

  it("says what it would remove and asks; anything but yes keeps everything", async () => {
    const dir = seeded();
    const before = slots(dir);
    const r = await prune(dir, ["--keep", "1"], "no");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/It would remove these 2 autosaves:/);
    expect(r.out).toContain(autosaveSlotFor("game-1"));
    expect(r.out).toContain(autosaveSlotFor("game-2"));
    expect(r.out).not.toContain(autosaveSlotFor("game-3"));
    expect(r.out).not.toMatch(/^bridge/m);
    expect(r.asked).toHaveLength(1);
    expect(r.out).toContain("Nothing was removed.");
    expect(slots(dir)).toEqual(before);
    const eof = await prune(dir, ["--keep", "1"], null);
    expect(eof.code).toBe(1);
    expect(eof.err).toMatch(/nothing was removed/);
    expect(slots(dir)).toEqual(before);
  });

  it("removes the older games' autosaves when the player says yes (or --yes), never a named save", async () => {
    const dir = seeded();
    const r = await prune(dir, ["--keep", "1"], "yes");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Removed 2 autosaves.");
    expect(slots(dir)).toEqual(["bridge", autosaveSlotFor("game-3")].sort());
    const again = await prune(dir, ["--keep", "0", "--yes"], null);
    expect(again.asked).toHaveLength(0);
    expect(slots(dir)).toEqual(["bridge"]);
    const nothing = await prune(dir, [], null);
    expect(nothing.out).toMatch(/^Nothing to prune/);
  });
});

describe("a save read twice", () => {
  it("is read from its file once while the file is unchanged, and again once it changes", () => {
    const dir = tempDir();
    const first = new SaveStore(dir);
    first.autosave(saveOf(base, ["Run"], "x", "game-1"));
    first.release();
    let opened = 0;
    const store = new SaveStore(dir, {
      fs: fsWith({
        openSync: (path, flags, mode) => {
          if (String(path).endsWith(".json")) opened++;
          return realFs.openSync(path, flags, mode);
        },
      }),
    });
    const slot = autosaveSlotFor("game-1");
    // The title shows it under Continue from its envelope, checks it in full while the menu waits, then Continue loads it.
    expect(store.latestWithSkipped({ glance: true }).latest?.slot).toBe(slot);
    expect(store.latestWithSkipped().latest?.slot).toBe(slot);
    expect(store.read(slot).summary.turns).toBe(1);
    expect(opened).toBe(1);
    const other = new SaveStore(dir);
    other.autosave(saveOf(base, ["Run", "Check the core"], "x", "game-1"));
    other.release();
    expect(store.read(slot).summary.turns).toBe(2);
    expect(opened).toBe(2);
  });
});

describe("the title's glance at the newest save", () => {
  /** A folder holding one autosave (game-1, one turn), its file's JSON then changed by `change`. */
  function autosaveChanged(change: (save: { summary: object } & Record<string, unknown>) => object) {
    const dir = tempDir();
    const store = new SaveStore(dir);
    const slot = store.autosave(saveOf(base, ["Run"], "x", "game-1"));
    store.release();
    const file = join(dir, `${slot}.json`);
    writeFileSync(file, JSON.stringify(change(JSON.parse(readFileSync(file, "utf8")))));
    return { dir, slot };
  }

  it("checks only the envelope: a damaged log is found by the full check, named, and its bytes kept aside", () => {
    const dir = tempDir();
    const store = new SaveStore(dir);
    store.write("older", { ...saveOf(base, ["Run"], "x", "game-1"), savedAt: "2020-04-05T10:00:00.000Z" });
    const slot = store.autosave({
      ...saveOf(base, ["Run", "Check the core"], "x", "game-2"),
      savedAt: "2020-04-05T11:00:00.000Z",
    });
    store.release();
    utimesSync(join(dir, "older.json"), 1586080800, 1586080800);
    const file = join(dir, `${slot}.json`);
    const damaged = JSON.parse(readFileSync(file, "utf8"));
    damaged.logBlocks = ["not a block"];
    writeFileSync(file, JSON.stringify(damaged));

    const glance = new SaveStore(dir).latestWithSkipped({ glance: true });
    expect(glance.latest).toEqual(expect.objectContaining({ slot, ok: true, turns: 2, autosave: true }));
    expect(glance.skipped).toEqual([]);

    const full = new SaveStore(dir).latestWithSkipped();
    expect(full.latest?.slot).toBe("older");
    expect(full.latest?.autosave).toBe(false);
    expect(full.skipped).toEqual([expect.objectContaining({ slot, ok: false, kind: "not-json" })]);
    expect(full.skipped[0]?.ok === false && full.skipped[0].reason).toMatch(/kept as .*damaged/);
  });

  it("does not offer again a save whose full check failed while its file is unchanged", () => {
    const { dir, slot } = autosaveChanged((save) => ({ ...save, logBlocks: ["not a block"] }));
    const title = new SaveStore(dir);
    expect(title.latestWithSkipped({ glance: true }).latest?.slot).toBe(slot);
    // The full check (while the title waits, or Continue) fails: the next glance names it instead of offering it.
    expect(title.latestWithSkipped().latest).toBeNull();
    const again = title.latestWithSkipped({ glance: true });
    expect(again.latest).toBeNull();
    expect(again.skipped).toEqual([expect.objectContaining({ slot, ok: false, kind: "not-json" })]);
    // Written again (a new file), it is glanced at afresh.
    const fresh = new SaveStore(dir);
    fresh.autosave(saveOf(base, ["Run"], "x", "game-1"));
    fresh.release();
    expect(title.latestWithSkipped({ glance: true }).latest?.slot).toBe(slot);
  });

  it("refuses at a glance what the full check refuses from the envelope alone", () => {
    const { dir } = autosaveChanged((save) => ({ ...save, summary: { ...save.summary, turns: -1 } }));
    const { latest, skipped } = new SaveStore(dir).latestWithSkipped({ glance: true });
    expect(latest).toBeNull();
    expect(skipped[0]?.ok === false && skipped[0].reason).toMatch(/summary\.turns: expected a whole number, found -1/);
  });

  it("tells an autosave by its name, where the full check tells it by its playthrough", () => {
    const dir = tempDir();
    const store = new SaveStore(dir);
    store.write("bridge", saveOf(base, ["Run"], "x", "game-1"));
    store.release();
    expect(new SaveStore(dir).latestWithSkipped({ glance: true }).latest?.autosave).toBe(false);
    // A named save given another playthrough's autosave name: an autosave at a glance, a named save to the full check.
    const named = new SaveStore(dir);
    named.write(autosaveSlotFor("game-9"), {
      ...saveOf(base, ["Run"], "x", "game-2"),
      savedAt: "2999-01-01T00:00:00.000Z",
    });
    named.release();
    expect(new SaveStore(dir).latestWithSkipped({ glance: true }).latest).toEqual(
      expect.objectContaining({ slot: autosaveSlotFor("game-9"), autosave: true }),
    );
    expect(new SaveStore(dir).latestWithSkipped().latest).toEqual(
      expect.objectContaining({ slot: autosaveSlotFor("game-9"), autosave: false }),
    );
    expect(isAutosaveSlot(autosaveSlotFor("game-1"), "game-1")).toBe(true);
    // A named save a player called by an autosave's name is still a named save to the full check.
    expect(isAutosaveSlot(autosaveSlotFor("game-1"), "game-2")).toBe(false);
    expect(isAutosaveSlot("autosave-2", "game-2")).toBe(true);
  });
});
