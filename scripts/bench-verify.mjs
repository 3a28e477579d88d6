#!/usr/bin/env node
// Times the story verifier on the large synthetic story (~60,000 words,
// several hundred choices), then, when the game is built, on the game's own
// story. Prints one line per story with the time beside the 60 s target,
// then the figures as JSON. The test suite holds only deterministic guards
// (state counts); how long verifying takes is measured here.
//
//   node scripts/bench-verify.mjs [--chapters N] [--keep DIR] [--synthetic-only] [--in-process]
//
// Runs the built CLI (`node bin/first-contact.js verify FILE --json`) when
// it has been built; otherwise calls the verifier in-process. Either way
// src/verify and the synthetic story's generator
// (tests/verify/synthetic-story.ts) are bundled into .cache first. Times
// are wall clock, so run it on a quiet machine (`uptime` beside it).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    chapters: { type: "string" },
    keep: { type: "string" },
    "in-process": { type: "boolean" },
    "synthetic-only": { type: "boolean" },
  },
});
const root = fileURLToPath(new URL("..", import.meta.url));
const cache = join(root, ".cache", "bench-verify");

// Bundle the generator (and the verifier, for the in-process route).
execFileSync(
  process.execPath,
  [
    join(root, "node_modules", "tsup", "dist", "cli-default.js"),
    "--entry.verify",
    "src/verify/index.ts",
    "--entry.compile",
    "src/story-build/compile.ts",
    "--entry.synthetic",
    "tests/verify/synthetic-story.ts",
    "--format",
    "esm",
    "--platform",
    "node",
    "--out-dir",
    cache,
    "--no-config",
    "--silent",
  ],
  { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
);
const verify = await import(pathToFileURL(join(cache, "verify.js")).href);
const { syntheticStory } = await import(pathToFileURL(join(cache, "synthetic.js")).href);
const dir = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), "fc-bench-verify-"));
mkdirSync(dir, { recursive: true });
const file = join(dir, "synthetic.ink");
const chapters = values.chapters ? Number(values.chapters) : undefined;
writeFileSync(file, syntheticStory(chapters ? { chapters } : {}));

const cli = join(root, "bin", "first-contact.js");
const built = existsSync(cli) && existsSync(join(root, "dist", "cli.cjs")) && !values["in-process"];
let report;
let route;
const started = process.hrtime.bigint();
if (built) {
  route = "cli";
  const run = spawnSync(process.execPath, [cli, "verify", file, "--json"], { encoding: "utf8", maxBuffer: 256 << 20 });
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(run.stderr);
    process.exit(2);
  }
  report = JSON.parse(run.stdout);
} else {
  route = "module";
  const { compileInkFile } = await import(pathToFileURL(join(cache, "compile.js")).href);
  const compiled = compileInkFile(file);
  report = verify.verifyStory(compiled.json, { compilerStats: compiled.stats ?? undefined });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (!values.keep) rmSync(dir, { recursive: true, force: true });

const figures = (bench, how, secs, r) => ({
  bench,
  route: how,
  seconds: Number(secs.toFixed(2)),
  exploreSeconds: Number((r.exploration.elapsedMs / 1000).toFixed(2)),
  words: r.stats.words,
  choices: r.stats.choices,
  knots: r.stats.knots,
  states: r.exploration.states,
  choicesTaken: r.exploration.choicesTaken,
  framesCarried: r.exploration.frames?.carried ?? 0,
  statesPerSecond: r.exploration.statesPerSecond,
  complete: r.exploration.complete,
  problems: r.problems.length,
  limitSeconds: 60,
});
const within = (x) => x.seconds < 60 && x.complete && x.problems === 0;
const line = (what, x) =>
  `verify ${what}: ${x.words} words, ${x.choices} choices, ${x.states} states in ${x.seconds} s ` +
  `(target: under 60 s, ${within(x) ? "met" : "MISSED"}; ${x.statesPerSecond} states/s, via ${x.route})`;

const result = figures("verify-synthetic", route, seconds, report);
console.log(line("synthetic story", result));
console.log(JSON.stringify(result));
let ok = within(result);

// The game's own story, as built, through the CLI (skipped with --synthetic-only or when not built).
const storyJson = join(root, "dist", "stories", "first-contact.json");
if (built && existsSync(storyJson) && !values["synthetic-only"]) {
  const t = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, "verify", "first-contact", "--json"], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(run.stderr);
    process.exit(2);
  }
  const story = figures("verify-first-contact", "cli", secs, JSON.parse(run.stdout));
  console.log(line("First Contact", story));
  console.log(JSON.stringify(story));
  ok &&= within(story);
}
process.exitCode = ok ? 0 : 1;
