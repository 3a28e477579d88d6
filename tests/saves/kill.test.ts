/**
 * Killed in the middle of a save: a child process autosaves in a loop and is
 * SIGKILLed at a random moment, many times over. After every kill each slot
 * (and its .bak) must parse as a whole save, old or new, and the next game
 * must take over the dead game's slot locks.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autosaveSlotFor, readSaveFile, realFs, SaveStore } from "../../src/saves/index.js";
import { fixtureStory, saveOf, tempDir } from "./support.js";

const CYCLES = 40;
let buildDir: string;
let childJs: string;

beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), "fc-saves-child-"));
  childJs = join(buildDir, "autosave-loop.mjs");
  buildSync({
    entryPoints: [join(import.meta.dirname, "child", "autosave-loop.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: childJs,
    logLevel: "silent",
  });
});

afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

/** Runs the child until it has saved at least once, lets it run `ms` more, then SIGKILLs it. */
function runAndKill(dir: string, template: string, cycle: number, ms: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, dir, template, String(cycle)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const seen = new Map<string, number>();
    let buffered = "";
    let stderr = "";
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const [slot, n] = line.split(" ");
        if (slot && n) seen.set(slot, Number(n));
      }
      if (!timer && seen.size > 0) timer = setTimeout(() => child.kill("SIGKILL"), ms);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`child exited on its own: ${stderr}`));
      else resolve(seen);
    });
  });
}

describe("SIGKILL during saves", () => {
  it(`every slot always parses and is the old or the new version (${CYCLES} kills)`, async () => {
    const dir = tempDir();
    const template = join(tempDir(), "template.json");
    const start = saveOf(fixtureStory("base"), ["Hold the door", "Check the core"]);
    const auto = autosaveSlotFor(start.log.id);
    writeFileSync(template, JSON.stringify(start));
    const seed = new SaveStore(dir);
    seed.write(auto, { ...start, gameVersion: "cycle--1" });
    seed.write("manual", { ...start, gameVersion: "cycle--1" });
    seed.release();
    const check = (name: string) => readSaveFile(realFs, join(dir, name)).save;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const seen = await runAndKill(dir, template, cycle, Math.floor(Math.random() * 25));
      // The dead game's lock on its autosave was recognised as stale: the next game took that slot again.
      expect([...seen.keys()].filter((slot) => slot !== "manual")).toEqual([auto]);
      for (const slot of [auto, "manual"]) {
        const save = check(`${slot}.json`);
        const done = seen.get(slot);
        if (done != null) {
          // At least as new as the last save the child reported complete: that one or the one in flight.
          expect(save.gameVersion).toBe(`cycle-${cycle}`);
          expect(save.summary.turns).toBeGreaterThanOrEqual(done);
          expect(save.summary.turns).toBeLessThanOrEqual(done + 1);
        } else if (save.gameVersion !== `cycle-${cycle}`) {
          // Killed before this cycle's first save of the slot finished: an older version, whole.
          expect(Number(save.gameVersion.slice("cycle-".length))).toBeLessThan(cycle);
        }
        if (existsSync(join(dir, `${slot}.json.bak`))) check(`${slot}.json.bak`);
      }
    }
    // Temp files left by killed games are swept by the next game, never mistaken for saves.
    const names = readdirSync(dir);
    expect(names.filter((n) => n.endsWith(".json")).sort()).toEqual([`${auto}.json`, "manual.json"]);
    expect(names.filter((n) => n.endsWith(".tmp")).length).toBeLessThanOrEqual(2);
    for (const n of names.filter((n) => n.endsWith(".json"))) expect(() => check(n)).not.toThrow();
  }, 120_000);
});
