/**
 * Two games open at once on one save directory: each game's saves survive,
 * or the second game is told the slot is in use. A game that died leaves a
 * lock the next game recognises as stale, even when its pid now belongs to
 * another process.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { autosaveSlotFor, SaveStore, SlotInUseError } from "../../src/saves/index.js";
import { processStartToken } from "../../src/saves/locks.js";
import { fixtureStory, saveOf, tempDir } from "./support.js";

const story = fixtureStory("base");
const gameA = saveOf(story, ["Hold the door"], "autosave", "playthrough-a");
const gameB = saveOf(story, ["Run", "Walk the deck"], "autosave", "playthrough-b");
const slotA = autosaveSlotFor("playthrough-a");
const slotB = autosaveSlotFor("playthrough-b");

describe("two games at once", () => {
  it("each game's autosave survives: every playthrough autosaves to its own slot", () => {
    const dir = tempDir();
    const a = new SaveStore(dir, { story });
    const b = new SaveStore(dir, { story });
    expect(slotA).toMatch(/^autosave-[0-9a-f]{8}$/);
    expect(slotB).not.toBe(slotA);
    expect(a.autosave(gameA)).toBe(slotA);
    expect(b.autosave(gameB)).toBe(slotB);
    // They keep saving, turn after turn, without touching each other.
    expect(a.autosave(gameA)).toBe(slotA);
    expect(b.autosave(gameB)).toBe(slotB);
    expect(a.read(slotA).log.id).toBe("playthrough-a");
    expect(a.read(slotB).log.id).toBe("playthrough-b");
    expect(
      a
        .list()
        .map((s) => s.slot)
        .sort(),
    ).toEqual([slotA, slotB].sort());
    // A second game playing the same playthrough is told its autosave is in use.
    expect(() => b.autosave(gameA)).toThrow(SlotInUseError);
    expect(b.inUse(slotA)).toBe(true);
    expect(a.inUse(slotA)).toBe(false);
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
      join(dir, `${slotA}.json.lock`),
      JSON.stringify({ pid: Number(dead), host: hostname(), owner: "gone", since: new Date().toISOString() }),
    );
    const store = new SaveStore(dir, { story });
    expect(store.autosave(gameA)).toBe(slotA);
    expect(JSON.parse(readFileSync(join(dir, `${slotA}.json.lock`), "utf8")).pid).toBe(process.pid);
  });

  it("a lock from before the last boot is stale even if its pid now belongs to another program", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, `${slotA}.json.lock`),
      JSON.stringify({ pid: process.pid, host: hostname(), owner: "before-reboot", since: "2020-01-01T00:00:00Z" }),
    );
    expect(new SaveStore(dir, { story }).autosave(gameA)).toBe(slotA);
  });

  it("a lock whose pid now belongs to a process started later is stale (judged by the process start time)", async () => {
    const dir = tempDir();
    // Another program, running now, that was given the pid the dead game had.
    const other = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      const pid = other.pid as number;
      const now = processStartToken(pid);
      expect(now).not.toBeNull();
      const lock = join(dir, "bridge.json.lock");
      // Written by the game that had this pid before: the same pid, another start time.
      const record = { pid, host: hostname(), owner: "the-dead-game", since: new Date().toISOString() };
      writeFileSync(lock, JSON.stringify({ ...record, start: `${now}0` }));
      const store = new SaveStore(dir, { story });
      store.write("bridge", gameA);
      expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(process.pid);
      store.release();
      // A lock that records that process's own start time is the process's, and is respected.
      writeFileSync(lock, JSON.stringify({ ...record, start: now }));
      expect(() => new SaveStore(dir, { story }).write("bridge", gameB)).toThrow(SlotInUseError);
    } finally {
      other.kill();
    }
  });

  it("the start token tells a process apart from one that reuses its pid", () => {
    const mine = processStartToken(process.pid);
    expect(mine).toMatch(/^(proc|ps):./);
    expect(processStartToken(process.pid)).toBe(mine);
    const dead = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout);
    expect(processStartToken(dead)).toBeNull();
  });

  it("a lock from another computer (a shared folder) is respected until it is twelve hours old", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, `${slotA}.json.lock`),
      JSON.stringify({ pid: 1, host: "another-machine", owner: "x", since: new Date().toISOString() }),
    );
    expect(() => new SaveStore(dir, { story }).autosave(gameA)).toThrow(SlotInUseError);
    const old = new Date(Date.now() - 13 * 60 * 60 * 1000);
    utimesSync(join(dir, `${slotA}.json.lock`), old, old);
    expect(new SaveStore(dir, { story }).autosave(gameA)).toBe(slotA);
  });
});
