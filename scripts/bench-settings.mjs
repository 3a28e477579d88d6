/**
 * What reading the player's settings costs at start-up: the game's own
 * settings module (src/saves/settings.ts, bundled by bench-lib.mjs) against the
 * `conf` library doing the same job (a JSON schema with the same fields and
 * defaults, read from the same file).
 *
 *   mkdir -p /tmp/conf && (cd /tmp/conf && npm init -y && npm install conf@15)
 *   node scripts/bench-settings.mjs /tmp/conf [pairs]
 *
 * Each pair runs both in fresh Node processes, in alternating order, and
 * records the time from the start of the import to the settings in hand
 * (measured inside the process) and the whole process's wall time. Prints
 * medians and the difference. `conf` is not a dependency of the game; it is
 * installed apart, only for this measurement.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleForBench } from "./bench-lib.mjs";

const confDir = process.argv[2];
const pairs = Number(process.argv[3] ?? 30);
if (!confDir) {
  console.error("usage: node scripts/bench-settings.mjs CONF_INSTALL_DIR [pairs]");
  process.exit(2);
}
const settingsModule = bundleForBench("bench-settings", ['export { SettingsStore } from "./src/saves/settings.ts";']);
const dir = mkdtempSync(join(tmpdir(), "fc-bench-settings-"));
const fields = { width: 72, colour: "auto", pacing: "off", paging: "on", skipSeen: "auto" };
writeFileSync(join(dir, "settings.json"), `${JSON.stringify({ format: 3, ...fields }, null, 2)}\n`);

const ours = `
const t0 = performance.now();
const m = await import(${JSON.stringify(pathToFileURL(settingsModule).href)});
const s = await new m.SettingsStore(${JSON.stringify(dir)}).settings();
if (s.width !== 72) throw new Error("not read");
process.stdout.write(String(performance.now() - t0));
`;
const theirs = `
const t0 = performance.now();
const { default: Conf } = await import(${JSON.stringify(pathToFileURL(join(resolve(confDir), "node_modules", "conf", "dist", "source", "index.js")).href)});
const conf = new Conf({
  projectName: "first-contact",
  cwd: ${JSON.stringify(dir)},
  configName: "settings",
  schema: {
    format: { type: "number" },
    width: { anyOf: [{ const: "auto" }, { type: "integer", minimum: 20, maximum: 1000 }], default: "auto" },
    colour: { enum: ["auto", "on", "off"], default: "auto" },
    pacing: { enum: ["off", "fast", "slow"], default: "off" },
    paging: { enum: ["on", "off"], default: "on" },
    skipSeen: { enum: ["auto", "on", "off"], default: "auto" },
  },
});
const s = conf.store;
if (s.width !== 72) throw new Error("not read");
process.stdout.write(String(performance.now() - t0));
`;

function run(code) {
  const start = process.hrtime.bigint();
  const inside = Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }));
  return { inside, wall: Number(process.hrtime.bigint() - start) / 1e6 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

run(ours);
run(theirs);
const a = [];
const b = [];
for (let i = 0; i < pairs; i++) {
  if (i % 2 === 0) {
    a.push(run(ours));
    b.push(run(theirs));
  } else {
    b.push(run(theirs));
    a.push(run(ours));
  }
}
const row = (name, xs) =>
  `${name.padEnd(28)} import + first read ${median(xs.map((x) => x.inside)).toFixed(1)} ms   process ${median(xs.map((x) => x.wall)).toFixed(1)} ms`;
console.log(`${pairs} paired runs, medians (Node ${process.version})`);
console.log(row("the game's settings module", a));
console.log(row("conf", b));
const diffs = a.map((x, i) => b[i].inside - x.inside);
const walls = a.map((x, i) => b[i].wall - x.wall);
console.log(
  `conf costs ${median(diffs).toFixed(1)} ms more to the settings in hand, ${median(walls).toFixed(1)} ms more per process (median of the pairs' differences)`,
);
