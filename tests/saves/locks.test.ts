/**
 * Two games open at once on one save directory: each game's saves survive,
 * or the second game is told the slot is in use. A game that died leaves a
 * lock the next game recognises as stale.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SaveStore, SlotInUseError } from "../../src/saves/index.js";
import { fixtureStory, saveOf, tempDir } from "./support.js";

const story = fixtureStory("base");
const gameA = saveOf(story, ["Hold the door"], "autosave", "playthrough-a");
const gameB = saveOf(story, ["Run", "Walk the deck"], "autosave", "playthrough-b");

describe("two games at once", () => {
  it("each game's autosave survives: the second game autosaves to autosave-2", () => {
    const dir = tempDir();
    const a = new SaveStore(dir, { story });
    const b = new SaveStore(dir, { story });
    expect(a.autosave(gameA)).toBe("autosave");
    expect(b.autosave(gameB)).toBe("autosave-2");
    // They keep saving, turn after turn, without touching each other.
    expect(a.autosave(gameA)).toBe("autosave");
    expect(b.autosave(gameB)).toBe("autosave-2");
    expect(a.read("autosave").log.id).toBe("playthrough-a");
    expect(a.read("autosave-2").log.id).toBe("playthrough-b");
    expect(
      a
        .list()
        .map((s) => s.slot)
        .sort(),
    ).toEqual(["autosave", "autosave-2"]);
  });

  it("a slot another running game holds is refused with a clear message, and its save is untouched", () => {
    const dir = tempDir();
    const a = new SaveStore(dir, { story });
    const b = new SaveStore(dir, { story });
    a.write("bridge", gameA);
    const before = readFileSync(join(dir, "bridge.json"));
    let caught: unknown;
    try {
      b.write("bridge", gameB);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SlotInUseError);
    expect((caught as SlotInUseError).message).toMatch(
      new RegExp(`the save slot "bridge" is in use by another First Contact game \\(process ${process.pid}\\)`),
    );
    expect(() => b.delete("bridge")).toThrow(SlotInUseError);
    expect(() => b.rename("bridge", "elsewhere")).toThrow(SlotInUseError);
    expect(readFileSync(join(dir, "bridge.json"))).toEqual(before);
    // Reading is never blocked, and once the first game ends the slot is free.
    expect(b.read("bridge").log.id).toBe("playthrough-a");
    a.release();
    b.write("bridge", gameB);
    expect(b.read("bridge").log.id).toBe("playthrough-b");
  });

  it("a lock left by a game that was killed is stale, and the next game takes the slot", () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    writeFileSync(
      join(dir, "autosave.json.lock"),
      JSON.stringify({ pid: Number(dead), host: hostname(), owner: "gone", since: new Date().toISOString() }),
    );
    const store = new SaveStore(dir, { story });
    expect(store.autosave(gameA)).toBe("autosave");
    expect(JSON.parse(readFileSync(join(dir, "autosave.json.lock"), "utf8")).pid).toBe(process.pid);
  });

  it("a lock from before the last boot is stale even if its pid now belongs to another program", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "autosave.json.lock"),
      JSON.stringify({ pid: process.pid, host: hostname(), owner: "before-reboot", since: "2020-01-01T00:00:00Z" }),
    );
    expect(new SaveStore(dir, { story }).autosave(gameA)).toBe("autosave");
  });

  it("a lock from another computer (a shared folder) is respected until it is twelve hours old", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "autosave.json.lock"),
      JSON.stringify({ pid: 1, host: "another-machine", owner: "x", since: new Date().toISOString() }),
    );
    expect(new SaveStore(dir, { story }).autosave(gameA)).toBe("autosave-2");
  });
});
