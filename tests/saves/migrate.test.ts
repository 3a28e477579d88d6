/**
 * Loading saves: the scratch load on an unchanged story, and replay when the
 * story changed since the save (a choice inserted, a knot renamed, a
 * variable added, a choice removed). The original file is never overwritten
 * by a load, and the first save after a migration keeps it as .pre-<hash8>.
 */

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGame } from "../../src/app/load-game.js";
import { makeSave, SaveLoadError, SaveStore } from "../../src/saves/index.js";
import { fixtureStory, saveOf, tempDir } from "./support.js";

const base = fixtureStory("base");
const path = ["Hold the door", "Check the core", "Walk the deck", "Check the core"];

describe("loading a save", () => {
  it("on the same story restores the ink state with no replay", () => {
    const save = saveOf(base, path);
    const { session, replay } = loadGame(save, base);
    expect(replay).toBeNull();
    expect(session.turnNumber).toBe(4);
    expect(session.variable("courage")).toBe(3);
    expect(session.current.choices.map((c) => c.text)).toEqual(["Check the core", "Walk the deck", "Leave"]);
  });

  it("falls back to replaying the log when the cached ink state will not load", () => {
    const save = { ...saveOf(base, path), state: '{"turn":4,"ink":"{\\"not\\": \\"ink\\"}"}' };
    const { session, replay } = loadGame(save, base);
    expect(replay).toEqual({ applied: 4, total: 4, divergence: null });
    expect(session.variable("courage")).toBe(3);
  });

  it("a cached ink state nested thousands deep is not trusted: the log is replayed", () => {
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    const save = { ...saveOf(base, path), state: JSON.stringify({ turn: 4, ink: deep }) };
    const { session, replay } = loadGame(save, base);
    expect(replay?.applied).toBe(4);
    expect(session.variable("courage")).toBe(3);
  });

  it("refuses a save for another story before building anything", () => {
    const save = saveOf(fixtureStory("base", "insurrection"), ["Run"]);
    expect(() => loadGame(save, base)).toThrow(expect.objectContaining({ reason: "other-story" }));
  });

  it.each([
    ["choice-inserted", {}],
    ["knot-renamed", {}],
    ["variable-added", { crew: 3 }],
  ])("after the story changed (%s) replays every choice and lands in the same place", (edit, vars) => {
    const changed = fixtureStory(edit);
    expect(changed.hash).not.toBe(base.hash);
    const save = saveOf(base, path);
    const { session, replay } = loadGame(save, changed);
    expect(replay).toEqual({ applied: 4, total: 4, divergence: null });
    expect(session.turnNumber).toBe(4);
    expect(session.variable("courage")).toBe(3);
    for (const [name, value] of Object.entries(vars)) expect(session.variable(name)).toBe(value);
    expect(session.log.storyHash).toBe(changed.hash);
    expect(session.log.id).toBe(save.log.id);
    // The game plays on in the new story.
    session.choose(session.current.choices.findIndex((c) => c.text === "Leave"));
    expect(session.current.ended).toBe(true);
  });

  it("after a choice was removed, reports where the save now resumes", () => {
    const save = saveOf(base, ["Hold the door", "Check the core", "Leave"]);
    const { session, replay } = loadGame(save, fixtureStory("choice-removed"));
    expect(replay?.applied).toBe(2);
    expect(replay?.divergence?.turn).toBe(2);
    expect(replay?.divergence?.wanted.text).toBe("Leave");
    expect(replay?.divergence?.offered.map((c) => c.text)).toEqual(["Check the core", "Walk the deck"]);
    expect(session.turnNumber).toBe(2);
    expect(session.current.choices.map((c) => c.text)).toEqual(["Check the core", "Walk the deck"]);
  });
});

describe("a save from an older version of the story, in the save directory", () => {
  it("is listed as migrated, loads by replay, and the file is never changed by loading", () => {
    const dir = tempDir();
    const changed = fixtureStory("knot-renamed");
    const before = new SaveStore(dir, { story: base });
    before.write("bridge", saveOf(base, path, "bridge"));
    before.release(); // the game on the old story has ended
    const original = readFileSync(join(dir, "bridge.json"));

    const store = new SaveStore(dir, { story: changed });
    expect(store.list()).toEqual([expect.objectContaining({ slot: "bridge", ok: true, migrated: true })]);
    const { session, replay } = loadGame(store.read("bridge"), changed);
    expect(replay?.divergence).toBeNull();
    expect(readFileSync(join(dir, "bridge.json"))).toEqual(original);

    // The player plays on and saves to the same slot: the original is kept as .pre-<hash8>.
    session.choose(0);
    store.write("bridge", makeSave(session, { slot: "bridge", title: "Save Fixture", gameVersion: "0.1.0-test" }));
    const pre = `bridge.json.pre-${base.hash.slice(0, 8)}`;
    expect(readdirSync(dir)).toContain(pre);
    expect(readFileSync(join(dir, pre))).toEqual(original);
    expect(store.read("bridge").story.hash).toBe(changed.hash);
    expect(store.list()).toEqual([expect.objectContaining({ slot: "bridge", ok: true, migrated: false, turns: 5 })]);

    // Saving again does not replace the kept original.
    store.write("bridge", makeSave(session, { slot: "bridge", title: "Save Fixture", gameVersion: "0.1.0-test" }));
    expect(readFileSync(join(dir, pre))).toEqual(original);
  });

  it("a save whose log no longer replays at all still loads at the start, with the divergence reported", () => {
    const save = saveOf(base, ["Run"]);
    const mangled = {
      ...save,
      story: { ...save.story, hash: "0".repeat(64) },
      log: {
        ...save.log,
        storyHash: "0".repeat(64),
        events: save.log.events.map((e) =>
          e.type === "choose" ? { ...e, choice: { index: 5, text: "Fly", target: "nowhere" } } : e,
        ),
      },
    };
    const { replay } = loadGame(mangled, base);
    expect(replay?.applied).toBe(0);
    expect(replay?.divergence?.turn).toBe(0);
  });

  it("a log whose choices the story now rejects is a SaveLoadError, not a crash", () => {
    const dir = tempDir();
    const save = saveOf(base, path);
    const text = JSON.stringify({ ...save, log: { ...save.log, storyHash: "1".repeat(64) } }).replace(
      /"started"/,
      '"started","detail":"no_such_knot"',
    );
    writeFileSync(join(dir, "odd.json"), text);
    const read = new SaveStore(dir, { story: base }).read("odd");
    expect(() => loadGame(read, base)).toThrow(SaveLoadError);
  });
});
