#!/usr/bin/env node
// The game's performance against its targets, on the real story (built into
// dist/stories by `npm run build`; `npm run bench` builds first). Every
// figure is printed with the command that gives it, the target beside it,
// and the machine's load average when it was taken. Timings are medians of
// many runs, paired with bare `node -e 0` where a ratio is the target, so a
// busy machine's drift cancels; CPU time is printed beside wall time.
//
//   node scripts/bench.mjs [--quick]     (BENCH_RUNS=N sets the runs per series)
//
// 1. Title screen: `node bin/first-contact.js --plain --save-dir D </dev/null`
//    against `node -e 0` (D empty, then D holding a 60-turn game); and the
//    title as a player at a terminal sees it (the rich renderer, in script(1)).
// 2. First line after the title: in a pseudo-terminal (script(1)), the key
//    for New game or Continue sent 300 ms after the title is on screen, to
//    the first story line; and `--continue` from a cold start to its first line.
// 3. A turn: the key for a choice to the next text, in a pseudo-terminal, at
//    turn 60 and at turn 1,000 (a playthrough whose log holds 1,000 choices,
//    undone ones included), each turn's autosave written before the next
//    choice is offered; the save's size at turn 60 and its growth per turn.
// 4. Peak memory of a 60-turn game (`/usr/bin/time -v`).
// The verifier's own benchmark is scripts/bench-verify.mjs (BENCH_VERIFY=1 runs it here).
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleForBench, root } from "./bench-lib.mjs";

const bin = join(root, "bin", "first-contact.js");
const quick = process.argv.includes("--quick");
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 9 : 21));
const TITLE_RUNS = RUNS * 2 + 1;
const results = {};

const load = () => loadavg()[0].toFixed(2);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (n) => `${n.toFixed(1)} ms`;
const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** One figure: what, value, target (and whether it holds), the load average, the command. */
function report(name, value, target, holds, command, extra = "") {
  const mark = holds == null ? "" : holds ? "  ok" : "  MISSED";
  console.log(`  ${name.padEnd(46)} ${value.padStart(18)}   target ${target.padEnd(10)}${mark}  (load ${load()})`);
  if (extra) console.log(`      ${extra}`);
  console.log(`      $ ${command}`);
}

/**
 * Wall and CPU time (user + system) of a shell command: the wall time from
 * bash's $EPOCHREALTIME (microseconds) either side of it, the CPU time from
 * bash's own `time` (milliseconds: its finest).
 */
function timed(command) {
  const r = spawnSync(
    "bash",
    [
      "-c",
      `TIMEFORMAT='%3U %3S'; s=$EPOCHREALTIME; time ( ${command} </dev/null >/dev/null 2>&1 ); e=$EPOCHREALTIME; echo "$s $e" >&2`,
    ],
    { encoding: "utf8", env: { ...process.env, LC_ALL: "C" } },
  );
  const lines = r.stderr.trim().split("\n");
  const [start, end] = lines.pop().split(" ").map(Number);
  const [user, sys] = lines.pop().split(" ").map(Number);
  return { wall: (end - start) * 1000, cpu: (user + sys) * 1000 };
}

/** Paired runs of `base` and each of `others`, alternating; medians and the median of per-pair ratios. */
function paired(base, others, runs = RUNS) {
  const all = [base, ...others];
  const samples = all.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < runs; i++) {
    all.forEach((cmd, j) => {
      const t = timed(cmd);
      samples[j].wall.push(t.wall);
      samples[j].cpu.push(t.cpu);
    });
  }
  return all.map((cmd, j) => ({
    cmd,
    wall: median(samples[j].wall),
    cpu: median(samples[j].cpu),
    wallRatio: median(samples[j].wall.map((w, i) => w / samples[0].wall[i])),
    cpuRatio: median(samples[j].cpu.map((c, i) => c / samples[0].cpu[i])),
  }));
}

/** The game in a pseudo-terminal (script(1)), 100 rows so that text is not paged. */
class Terminal {
  out = "";
  #waiters = [];
  /** `args` for the game, or `{ command }` for any shell command in its place. */
  constructor(args, env = {}) {
    const command = typeof args === "string" ? `stty rows 100 cols 100; exec node ${bin} ${args}` : args.command;
    this.child = spawn("script", ["-qfec", command, "/dev/null"], {
      stdio: ["pipe", "pipe", "ignore"],
      env: { ...process.env, ...env },
    });
    this.child.stdout.on("data", (d) => {
      this.out += d.toString("utf8");
      this.#check();
    });
    this.exited = new Promise((r) => this.child.on("exit", r));
  }
  #check() {
    const now = performance.now();
    this.#waiters = this.#waiters.filter((w) => {
      if (!w.pred(this.out)) return true;
      w.resolve(now);
      return false;
    });
  }
  /** Resolves with the time (performance.now) at which the output first satisfies `pred`. */
  waitFor(pred, what, timeout = 30_000) {
    return new Promise((resolve, reject) => {
      if (pred(this.out)) return resolve(performance.now());
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${what}; screen ends: ${JSON.stringify(this.out.slice(-400))}`)),
        timeout,
      );
      this.#waiters.push({
        pred,
        resolve: (t) => {
          clearTimeout(timer);
          resolve(t);
        },
      });
    });
  }
  /** Sends keys; returns the time they were sent and the output's length then. */
  send(keys) {
    const mark = this.out.length;
    this.child.stdin.write(keys);
    return { t: performance.now(), mark };
  }
  async quit() {
    this.child.stdin.write("quit\r");
    const done = await Promise.race([this.exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!done) this.child.kill("SIGKILL");
  }
}

// Plain mode writes no escape codes: any letter is text.
const hasLetters = (s) => /[A-Za-z]/.test(s);
/** Text after `mark` beyond the echo of what was typed: a story line (or a message) has arrived. */
const textAfter = (mark, echo) => (out) => hasLetters(out.slice(mark).replace(echo, ""));
const promptAfter = (mark) => (out) => /\n> $/.test(out.slice(mark)) || /-- more: press Enter --$/.test(out);

/**
 * Plays one turn in the terminal: the first choice, "-- more" pages answered,
 * the key sent 150 ms after the choices are on screen (a player reads them
 * first; the title's key waits 300 ms). Returns key→text and key→next prompt.
 */
async function turn(term) {
  await sleep(150);
  const key = term.send("1\r");
  const text = await term.waitFor(textAfter(key.mark, "1"), "the next text");
  let prompt = await term.waitFor(promptAfter(key.mark), "the next choice");
  while (/-- more: press Enter --$/.test(term.out)) {
    const more = term.send("\r");
    prompt = await term.waitFor(promptAfter(more.mark + 1), "the next choice");
  }
  const ended = /The story has ended/.test(term.out.slice(key.mark));
  return { text: text - key.t, prompt: prompt - key.t, ended };
}

// ---------------------------------------------------------------------------
// The game's own code, bundled from src, to build saves without a terminal.
const lib = bundleForBench("bench", [
  'export { Session } from "./src/log/index.ts";',
  'export { makeSave, serializeSave, SaveStore } from "./src/saves/index.ts";',
]);
const { Session, makeSave, serializeSave, SaveStore } = await import(pathToFileURL(lib).href);
const manifest = JSON.parse(readFileSync(join(root, "dist", "stories", "first-contact.manifest.json"), "utf8"));
const story = {
  id: manifest.id,
  hash: manifest.hash,
  json: readFileSync(join(root, "dist", "stories", "first-contact.json"), "utf8"),
};
const meta = { slot: "bench", title: manifest.title, gameVersion: "bench" };

/**
 * A playthrough of the real story whose log holds `total` choices, the same
 * one on every run: a fixed seed and a fixed rule for the choice; at an
 * ending, back 40 turns and on by other choices, as a player trying the
 * branches would (so a log can hold 1,000 turns). Calls `each` after every choice.
 */
function playthrough(total, each) {
  const s = Session.start(story, { seed: 1701, id: `bench-${total}-${Date.now()}` });
  let made = 0;
  let round = 0;
  while (made < total) {
    if (s.current.ended) {
      s.undo(Math.min(40, s.undoable));
      round++;
      continue;
    }
    s.choose((s.turnNumber * 7 + 1 + round) % s.current.choices.length);
    made++;
    each?.(s);
  }
  return s;
}

/** A save folder holding one autosave of `session`. */
function saveFolder(session) {
  const dir = mkdtempSync(join(tmpdir(), "fc-bench-"));
  const store = new SaveStore(dir, { story });
  store.autosave(makeSave(session, { ...meta, slot: "x" }));
  store.release();
  return dir;
}

const work = mkdtempSync(join(tmpdir(), "fc-bench-"));
const empty = join(work, "empty");
mkdirSync(empty);
console.log(
  `First Contact performance, ${new Date().toISOString()}, node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(
  `(medians of ${RUNS} runs unless said, ${TITLE_RUNS} for the title against bare Node; a ratio is the median of paired runs' ratios)\n`,
);

// Saves at turn 60 and 1,000, built in-process; their sizes and growth per turn.
const sizes = [];
const at60 = playthrough(60, (s) => {
  sizes.push(serializeSave(makeSave(s, meta)).length);
});
const folder60 = saveFolder(at60);
const at1000 = playthrough(1000);
// Back to turn 40 of the kept path (the log keeps all 1,000 turns), so that 40 turns can be played on from it.
if (at1000.undoable > 40) at1000.undo(at1000.undoable - 40);
const folder1000 = saveFolder(at1000);
const growth = sizes.slice(1).map((b, i) => b - (sizes[i] ?? 0));

try {
  // 1. Title screen.
  console.log("1. Title screen against bare Node");
  const title = `node ${bin} --plain --save-dir`;
  // A fresh build's first start compiles the game and writes the launcher's code cache, as a player's first start does.
  const firstStart = timed(`${title} ${empty}`);
  console.log(
    `  first start after the build (writes the code cache): ${ms(firstStart.wall)} wall, ${ms(firstStart.cpu)} cpu`,
  );
  // The floor for a title: a few lines of CommonJS that do only its input and output (list the save folder,
  // read the story's manifest, print a menu, read standard input to its end), nothing of the game's, the
  // cheapest way Node has (writeSync and fs.read on the descriptors, as the game does for a regular file or
  // the null device, which the bench's title has on all three: Node's own streams load its stream modules).
  const floorFile = join(work, "title-floor.cjs");
  writeFileSync(
    floorFile,
    [
      'const fs = require("node:fs");',
      "fs.readdirSync(process.argv[2]);",
      `JSON.parse(fs.readFileSync(${JSON.stringify(join(root, "dist", "stories", "first-contact.manifest.json"))}, "utf8"));`,
      'fs.writeSync(1, "FIRST CONTACT\\n\\nYour choice\\n1) New game\\n2) Quit\\n> ");',
      "const buffer = Buffer.allocUnsafe(65536);",
      'const more = () => fs.read(0, buffer, 0, buffer.length, null, (err, n) => (err || n === 0 ? fs.writeSync(1, "\\n") : more()));',
      "more();",
    ].join("\n"),
  );
  // Twice the runs of the other series: the title is a few milliseconds on top of bare Node, and the machine's
  // own noise from one start to the next is as large.
  const [bare, fresh, withSave, floor] = paired(
    "node -e 0",
    [`${title} ${empty}`, `${title} ${folder60}`, `node ${floorFile} ${empty}`],
    TITLE_RUNS,
  );
  results.title = { bare, fresh, withSave, floor };
  report("bare node -e 0", `${ms(bare.wall)} (cpu ${ms(bare.cpu)})`, "", null, "node -e 0");
  report(
    "floor: the title's input and output alone",
    `${floor.wallRatio.toFixed(2)}x wall`,
    "",
    null,
    `node title-floor.cjs D </dev/null  (written by the bench: list D, read the manifest, print a menu, read stdin)`,
    `${ms(floor.wall)} wall, ${ms(floor.cpu)} cpu`,
  );
  report(
    "title, no saves",
    `${fresh.wallRatio.toFixed(2)}x wall`,
    "<= 1.15x",
    fresh.wallRatio <= 1.15,
    `${title} D </dev/null`,
    `${ms(fresh.wall)} wall, ${ms(fresh.cpu)} cpu (${fresh.cpuRatio.toFixed(2)}x cpu)`,
  );
  report(
    "title, a 60-turn game to continue",
    `${withSave.wallRatio.toFixed(2)}x wall`,
    "<= 1.15x",
    withSave.wallRatio <= 1.15,
    `${title} D60 </dev/null`,
    `${ms(withSave.wall)} wall, ${ms(withSave.cpu)} cpu (${withSave.cpuRatio.toFixed(2)}x cpu)`,
  );

  // The title as a player at a terminal sees it: the rich renderer (enquirer's menu, colour), in a
  // pseudo-terminal, from the start to the menu's last entry on screen; beside it, bare Node from its
  // start to a word written on screen, through script(1) the same way.
  const haveScript = spawnSync("script", ["--version"]).status === 0;
  if (haveScript) {
    const richDir = join(work, "rich-title");
    mkdirSync(richDir);
    const richTitle = async () => {
      const t0 = performance.now();
      const term = new Terminal(`--save-dir ${richDir}`);
      const at = await term.waitFor((o) => /\d\. Quit/.test(o), "the title");
      // Quit from the menu, and wait for the game to end, so that it takes no time from the next run.
      term.send(`${/(\d)\. Quit/.exec(term.out)?.[1]}\r`);
      await term.exited;
      return at - t0;
    };
    const bareTerm = async () => {
      const t0 = performance.now();
      const term = new Terminal({ command: `stty rows 100 cols 100; exec node -e "process.stdout.write('ready')"` });
      const at = await term.waitFor((o) => o.includes("ready"), "bare Node's word");
      await term.exited;
      return at - t0;
    };
    // The first start writes the code cache for this way through the game.
    await richTitle();
    const rich = [];
    const richBare = [];
    for (let i = 0; i < RUNS; i++) {
      richBare.push(await bareTerm());
      rich.push(await richTitle());
    }
    // A ratio would flatter: script(1)'s start is in both. The difference is the game's own.
    const more = median(rich.map((r, i) => r - (richBare[i] ?? r)));
    results.titleInTerminal = { ms: median(rich), bare: median(richBare), more };
    report(
      "title in a terminal (rich), beyond bare Node",
      `+${ms(more)}`,
      "",
      null,
      `script -qfec "node bin/first-contact.js --save-dir D" /dev/null  (against node -e writing one word, the same way)`,
      `${ms(median(rich))} to the menu's last entry, against ${ms(median(richBare))} for bare Node's word, both through script(1)`,
    );
  }

  // 2. First line after the title, in a terminal.
  console.log("\n2. First line after the title (pseudo-terminal, key sent 300 ms after the title)");
  if (!haveScript) console.log("  script(1) is not installed: skipped");
  const firstLine = { new: [], continue: [] };
  for (let i = 0; haveScript && i < Math.max(5, Math.ceil(RUNS / 2)); i++) {
    for (const kind of ["new", "continue"]) {
      const dir = join(work, `first-${kind}-${i}`);
      if (kind === "continue") cpSync(folder60, dir, { recursive: true });
      else mkdirSync(dir);
      const term = new Terminal(`--plain --save-dir ${dir}`);
      await term.waitFor((o) => /Your choice[\s\S]*\n> $/.test(o), "the title");
      await sleep(300);
      // Continue is the first entry when there is a game to continue; New game otherwise.
      const key = term.send("1\r");
      const marker = kind === "new" ? /==/ : /Resuming where you left off\.\r?\n[\s\S]*[A-Za-z]/;
      const at = await term.waitFor((o) => marker.test(o.slice(key.mark)), "the first line");
      firstLine[kind].push(at - key.t);
      await term.waitFor(promptAfter(key.mark), "the first choice");
      await term.quit();
    }
  }
  results.firstLine = firstLine;
  if (haveScript) {
    for (const kind of ["new", "continue"]) {
      report(
        `key to first line, ${kind === "new" ? "New game" : "Continue (turn 60)"}`,
        ms(median(firstLine[kind])),
        "<= 20 ms",
        median(firstLine[kind]) <= 20,
        `script -qfec "node bin/first-contact.js --plain --save-dir D" /dev/null; "1" and Enter`,
        `${firstLine[kind].length} runs, worst ${ms(Math.max(...firstLine[kind]))}`,
      );
    }
  }

  // --continue from a cold start.
  const cold = [];
  const bareCold = [];
  for (let i = 0; i < RUNS; i++) {
    bareCold.push(timed("node -e 0").wall);
    const dir = join(work, `cold-${i}`);
    cpSync(folder60, dir, { recursive: true });
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, "--plain", "--continue", "--save-dir", dir], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    let out = "";
    const at = await new Promise((resolve) => {
      child.stdout.on("data", (d) => {
        out += d;
        if (/Resuming where you left off\.\n[\s\S]*[A-Za-z]/.test(out)) resolve(performance.now());
      });
    });
    cold.push(at - t0);
    child.stdin.end("quit\n");
    await new Promise((r) => child.on("exit", r));
  }
  const coldRatio = median(cold.map((c, i) => c / (bareCold[i] ?? c)));
  results.continueCold = { ms: median(cold), bare: median(bareCold), ratio: coldRatio };
  report(
    "--continue, cold start to first line",
    `${coldRatio.toFixed(2)}x bare`,
    "<= 2.0x",
    coldRatio <= 2,
    "node bin/first-contact.js --plain --continue --save-dir D60",
    `${ms(median(cold))} against ${ms(median(bareCold))} for node -e 0`,
  );

  // 3. Turns.
  console.log(
    "\n3. A turn: key to the next text (pseudo-terminal, key sent 150 ms after the choices; the autosave is durable before the next choice)",
  );
  const turns = {};
  // The floor: the same pseudo-terminal and relay with cat in the game's place (echo off), a line in, the line out.
  if (haveScript) {
    const term = new Terminal({ command: "stty -echo; exec cat" });
    await sleep(200);
    const floor = [];
    for (let i = 0; i < 40; i++) {
      const key = term.send(`line${i}\r`);
      const at = await term.waitFor((o) => o.slice(key.mark).includes(`line${i}`), "cat's line");
      floor.push(at - key.t);
      await sleep(20);
    }
    term.child.kill("SIGKILL");
    turns.floor = floor;
    report(
      "floor: a line through the same terminal to cat, p95",
      ms(p95(floor)),
      "",
      null,
      'script -qfec "stty -echo; exec cat" /dev/null',
      `${floor.length} lines, median ${ms(median(floor))}: what the measurement itself costs on this machine now`,
    );
  }
  for (const [label, folder] of [
    ["turn 60", folder60],
    ["turn 1,000", folder1000],
  ]) {
    if (!haveScript) break;
    const dir = join(work, `turns-${label.replace(/\W/g, "")}`);
    cpSync(folder, dir, { recursive: true });
    const term = new Terminal(`--plain --continue --save-dir ${dir}`);
    await term.waitFor((o) => /\n> $/.test(o), "the first choice");
    const text = [];
    const prompt = [];
    for (let i = 0; i < (quick ? 15 : 40); i++) {
      const t = await turn(term);
      text.push(t.text);
      prompt.push(t.prompt);
      if (t.ended) break;
    }
    await term.quit();
    turns[label] = { text, prompt };
    report(
      `${label}: key to next text, p95`,
      ms(p95(text)),
      "<= 5 ms",
      p95(text) <= 5,
      `script -qfec "node bin/first-contact.js --plain --continue --save-dir D" /dev/null; "1" and Enter per turn`,
      `${text.length} turns, median ${ms(median(text))}; key to the next choice (save written) median ${ms(median(prompt))}, p95 ${ms(p95(prompt))}`,
    );
  }
  results.turns = turns;

  // The save's size.
  const size60 = sizes[59];
  const size1000 = statSync(
    join(
      folder1000,
      readdirSync(folder1000).find((n) => n.endsWith(".json")),
    ),
  ).size;
  results.saves = {
    size60,
    size1000,
    growthMean: growth.reduce((a, b) => a + b, 0) / growth.length,
    growthMax: Math.max(...growth),
  };
  report(
    "save at turn 60",
    `${(size60 / 1024).toFixed(1)} KB`,
    "<= 64 KB",
    size60 <= 64 * 1024,
    "npm run bench (the autosave of a 60-turn game of the real story)",
  );
  report(
    "save growth per turn (turns 1-60)",
    `${(results.saves.growthMean / 1024).toFixed(2)} KB`,
    "bounded",
    null,
    "npm run bench",
    `largest ${(results.saves.growthMax / 1024).toFixed(2)} KB in one turn; at turn 1,000 the save is ${(size1000 / 1024).toFixed(0)} KB`,
  );

  // In-process: what a turn costs the game's own code, at turn 60 and at turn 1,000.
  for (const [label, session] of [
    ["turn 60", at60],
    ["turn 1,000", at1000],
  ]) {
    const choose = [];
    const ahead = [];
    const chooseAhead = [];
    const save = [];
    const store = new SaveStore(join(work, `inproc-${label.replace(/\W/g, "")}`), { story });
    for (let i = 0; i < 40 && !session.current.ended; i++) {
      // Every other turn as the game plays it: each choice worked out while the player reads, then taken.
      const worked = i % 2 === 1;
      const t0 = performance.now();
      if (worked) for (let c = 0; c < session.current.choices.length; c++) session.lookAhead(c);
      const t1 = performance.now();
      session.choose(0);
      const t2 = performance.now();
      store.autosave(makeSave(session, meta));
      save.push(performance.now() - t2);
      if (worked) {
        ahead.push(t1 - t0);
        chooseAhead.push(t2 - t1);
      } else choose.push(t2 - t1);
    }
    store.release();
    console.log(
      `  in-process at ${label}: choice ${ms(median(choose))} median, ${ms(p95(choose))} p95; worked out ahead ${ms(median(chooseAhead))} median, ${ms(p95(chooseAhead))} p95 (the working out, while the player reads: ${ms(median(ahead))} median); autosave (made, packed, written, fsynced) ${ms(median(save))} median, ${ms(p95(save))} p95  (load ${load()})`,
    );
  }

  // 4. Peak memory.
  console.log("\n4. Peak memory");
  const rss = [];
  const input = `${"1\n".repeat(60)}quit\n`;
  for (let i = 0; i < 3; i++) {
    const dir = join(work, `mem-${i}`);
    const r = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, "--plain", "--new", "--save-dir", dir], {
      input,
      encoding: "utf8",
    });
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    if (kb) rss.push(kb / 1024);
  }
  results.memory = rss;
  if (rss.length > 0) {
    report(
      "peak memory, 60-turn game",
      `${Math.max(...rss).toFixed(1)} MB`,
      "<= 80 MB",
      Math.max(...rss) <= 80,
      '/usr/bin/time -v node bin/first-contact.js --plain --new --save-dir D < (60 lines of "1")',
      `runs: ${rss.map((m) => m.toFixed(1)).join(", ")} MB (the largest is reported)`,
    );
  } else console.log("  /usr/bin/time is not installed: skipped");

  console.log("\n5. The verifier: node scripts/bench-verify.mjs (BENCH_VERIFY=1 runs it here)");
  console.log(
    JSON.stringify({ bench: "performance", runs: RUNS, load: loadavg(), ...results }, (_k, v) =>
      Array.isArray(v) && typeof v[0] === "number" && v.length > 8
        ? { median: median(v), p95: p95(v), n: v.length }
        : v,
    ),
  );
} finally {
  for (const dir of [work, folder60, folder1000]) rmSync(dir, { recursive: true, force: true });
}

if (process.env.BENCH_VERIFY === "1" && existsSync(join(root, "scripts", "bench-verify.mjs"))) {
  const r = spawnSync(process.execPath, [join(root, "scripts", "bench-verify.mjs")], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = 1;
}
