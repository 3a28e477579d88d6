#!/usr/bin/env node
import { createHash } from "node:crypto";
/**
 * Save-layer benchmark: `node scripts/bench-saves.mjs` (run on its own; `npm run bench` measures the save targets on the real story itself).
 *
 * Bundles src/saves (with the log and the ink compiler) from src (bench-lib.mjs), then measures on the save fixture story
 * (tests/fixtures/saves/base.ink), in a temp save folder with real fsyncs:
 *   1. per-turn latency with autosave on: choice to next text plus the
 *      atomic autosave, median and p95 over 300 turns (target p95 <= 15 ms);
 *   2. loading an unchanged save (read, check, scratch load);
 *   3. the same turn latency late in a 1,000-turn game (the log is larger);
 *   4. loading a 1,000-turn save after the story changed: a full replay
 *      (target < 1 s).
 * Prints MISSED beside a target it misses; with --strict it also exits 1.
 * Figures depend on the disk's fsync time and on what else the machine runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleForBench, root } from "./bench-lib.mjs";

const outfile = bundleForBench("bench-saves", [
  'export * from "./src/saves/index.ts";',
  'export { Session } from "./src/log/index.ts";',
  'export { loadGame } from "./src/app/load-game.ts";',
  'export { compileInkFile } from "./src/story-build/compile.ts";',
]);
const { SaveStore, Session, compileInkFile, loadGame, makeSave } = await import(pathToFileURL(outfile).href);

function story(name) {
  const result = compileInkFile(join(root, "tests", "fixtures", "saves", `${name}.ink`));
  if (!result.ok) throw new Error(`${name}.ink did not compile`);
  return { id: "save-fixture", hash: createHash("sha256").update(result.json).digest("hex"), json: result.json };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const ms = (n) => `${n.toFixed(2)} ms`;
const meta = (slot) => ({ slot, title: "Save Fixture", gameVersion: "bench" });

/** Plays `turns` turns of the fixture's loop (alternating the two looping choices). */
function playTo(session, turns, onTurn) {
  if (session.turnNumber === 0) session.choose(0); // Hold the door
  while (session.turnNumber < turns) {
    const want = session.turnNumber % 2 ? "Walk the deck" : "Check the core";
    const choice = session.current.choices.find((c) => c.text === want);
    const started = performance.now();
    session.choose(choice.index);
    onTurn?.(started);
  }
}

const dir = mkdtempSync(join(tmpdir(), "fc-bench-saves-"));
console.log(`save benchmark in ${tmpdir()} (load average ${loadavg()[0].toFixed(1)} on this machine)`);
let failed = false;
try {
  const base = story("base");
  const changed = story("knot-renamed");

  // 1. Per-turn latency with autosave on.
  const store = new SaveStore(dir, { story: base });
  const game = Session.start(base, { seed: 1, id: "bench-turns" });
  const perTurn = [];
  const toText = [];
  let autosaveSlot = "";
  playTo(game, 300, (started) => {
    toText.push(performance.now() - started);
    autosaveSlot = store.autosave(makeSave(game, meta("autosave")));
    perTurn.push(performance.now() - started);
  });
  const text = stats(toText);
  console.log(`choice to next text, without the save: median ${ms(text.median)}, p95 ${ms(text.p95)}`);
  const turn = stats(perTurn);
  const turnOk = turn.p95 <= 15;
  failed ||= !turnOk;
  console.log(
    `turn with autosave (${perTurn.length} turns): median ${ms(turn.median)}, p95 ${ms(turn.p95)}, max ${ms(turn.max)}  [target p95 <= 15 ms: ${turnOk ? "ok" : "MISSED"}]`,
  );

  // 2. Loading an unchanged save.
  const loads = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    const { replay } = loadGame(store.read(autosaveSlot), base);
    loads.push(performance.now() - started);
    if (replay) throw new Error("an unchanged save should not replay");
  }
  const load = stats(loads);
  console.log(`load unchanged 300-turn save (30 loads): median ${ms(load.median)}, p95 ${ms(load.p95)}`);

  // 3. A 1,000-turn save after the story changed: full replay.
  const long = Session.start(base, { seed: 1, id: "bench-long" });
  playTo(long, 1000);
  store.write("long", makeSave(long, meta("long")));
  const lateTurns = [];
  playTo(long, 1030, (started) => {
    store.write("long-autosave", makeSave(long, meta("long-autosave")));
    lateTurns.push(performance.now() - started);
  });
  const late = stats(lateTurns);
  console.log(
    `turn with autosave late in a long game (turns 1,001-1,030): median ${ms(late.median)}, p95 ${ms(late.p95)}`,
  );
  const replays = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const { replay } = loadGame(new SaveStore(dir, { story: changed }).read("long"), changed);
    replays.push(performance.now() - started);
    if (replay?.applied !== 1000 || replay.divergence) throw new Error("the replay did not apply every choice");
  }
  const rep = stats(replays);
  const repOk = rep.median < 1000;
  failed ||= !repOk;
  console.log(
    `load 1,000-turn save on a changed story (full replay, 5 loads): median ${ms(rep.median)}, max ${ms(rep.max)}  [target < 1 s: ${repOk ? "ok" : "MISSED"}]`,
  );
  store.release();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed && process.argv.includes("--strict") ? 1 : 0;
