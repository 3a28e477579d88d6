/**
 * A game that does nothing but save, for the SIGKILL test: it autosaves and
 * writes a manual slot in a loop, printing `<slot> <n>` after each save is
 * complete, until it is killed. Bundled by the test with esbuild and run as
 * a child process.
 */
import { readFileSync } from "node:fs";
import { parseSave, type SaveFile, SaveStore } from "../../../src/saves/index.js";

const [dir, templatePath, cycle] = process.argv.slice(2) as [string, string, string];
const template = parseSave(readFileSync(templatePath, "utf8"), templatePath);
const store = new SaveStore(dir);

function version(n: number): SaveFile {
  // Each version has a different length, so a half-written file cannot pass for a whole one.
  const events = [...template.log.events];
  for (let i = 0; i < n % 50; i++) {
    events.push({
      type: "text",
      text: `line ${n}.${i} ${"x".repeat(n % 97)}`,
      tags: [],
      turn: n,
      at: template.savedAt,
    });
  }
  return {
    ...template,
    gameVersion: `cycle-${cycle}`,
    summary: { ...template.summary, turns: n },
    log: { ...template.log, events },
  };
}

for (let n = 1; ; n++) {
  const slot = store.autosave(version(n));
  process.stdout.write(`${slot} ${n}\n`);
  store.write("manual", version(n));
  process.stdout.write(`manual ${n}\n`);
}
