#!/usr/bin/env node
// Start-up benchmark: bare Node against the game's time to the title screen
// and to the first line of the story, medians over several runs, side by
// side, with the ratios. Then the verifier's and the saves' benchmarks when
// present. Run with `npm run bench` (which builds first).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "first-contact.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

function timeExit(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: "ignore" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Milliseconds from spawn until stdout contains `marker`; the process is then killed. */
function timeUntil(args, marker, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`timed out waiting for ${JSON.stringify(marker)}; got: ${out.slice(0, 300)} ${err.slice(0, 300)}`),
      );
    }, 20_000);
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes(marker)) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(ms);
      }
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
  });
}

async function series(fn) {
  const xs = [];
  for (let i = 0; i < RUNS; i++) xs.push(await fn());
  return median(xs);
}

const saveDir = mkdtempSync(join(tmpdir(), "fc-bench-"));
try {
  const env = { FIRST_CONTACT_SAVE_DIR: saveDir };
  // Warm the file cache once.
  await timeUntil([bin, "--plain"], "New game", env);
  const bare = await series(() => timeExit(["-e", "0"]));
  const title = await series(() => timeUntil([bin, "--plain"], "New game", env));
  const firstLine = await series(() => timeUntil([bin, "--plain", "--new"], "== ", env));
  const rows = [
    ["bare node -e 0", bare],
    ["title screen", title],
    ["first line of the story", firstLine],
  ];
  console.log(`start-up, median of ${RUNS} runs (node ${process.version}, ${process.platform})`);
  for (const [name, ms] of rows) {
    console.log(`  ${name.padEnd(26)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / bare).toFixed(2)}x bare node`);
  }
  console.log(
    JSON.stringify({
      bench: "startup",
      runs: RUNS,
      bareMs: bare,
      titleMs: title,
      firstLineMs: firstLine,
      titleRatio: title / bare,
      firstLineRatio: firstLine / bare,
    }),
  );
} finally {
  rmSync(saveDir, { recursive: true, force: true });
}

for (const extra of ["bench-verify.mjs", "bench-saves.mjs"]) {
  const path = join(root, "scripts", extra);
  if (!existsSync(path)) continue;
  console.log(`\n${extra}`);
  const r = spawnSync(process.execPath, [path], { stdio: "inherit" });
  if (r.status !== 0) process.exitCode = 1;
}
