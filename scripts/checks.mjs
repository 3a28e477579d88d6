#!/usr/bin/env node
// What `npm test` runs before the tests (the build, type check, lint, knip),
// at the same time: `node scripts/checks.mjs build typecheck lint knip` runs
// those npm scripts side by side and prints each one's output whole, in the
// order given. Exits 1 when any of them fails, naming it.
import { spawn } from "node:child_process";

const names = process.argv.slice(2);
const npm = process.env.npm_execpath;

function run(name) {
  return new Promise((resolve) => {
    // Through the npm that runs us (npm_execpath) when there is one, so the scripts see the same npm.
    const child = npm
      ? spawn(process.execPath, [npm, "run", name], { stdio: ["ignore", "pipe", "pipe"] })
      : spawn("npm", ["run", name], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
    });
    child.stderr.on("data", (d) => {
      output += d;
    });
    child.on("error", (err) => resolve({ name, code: 1, output: `${output}${err.message}\n` }));
    child.on("close", (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output }));
  });
}

const runs = names.map(run);
const failed = [];
for (const pending of runs) {
  const { name, code, output } = await pending;
  process.stdout.write(output);
  if (code !== 0) failed.push(name);
}
if (failed.length > 0) {
  process.stderr.write(`checks failed: ${failed.join(", ")}\n`);
  process.exitCode = 1;
}
