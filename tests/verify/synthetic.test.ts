import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Story } from "inkjs";
import { afterAll, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { analyse } from "../../src/verify/analysis.js";
import { formatSummary, syntheticStory, verifyStory } from "../../src/verify/index.js";

const dir = mkdtempSync(join(tmpdir(), "fc-synthetic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the synthetic story generator is deterministic and compiles cleanly", () => {
  const small = syntheticStory({ chapters: 2, scenesPerChapter: 4, wordsPerScene: 40 });
  expect(syntheticStory({ chapters: 2, scenesPerChapter: 4, wordsPerScene: 40 })).toBe(small);
  const file = join(dir, "small.ink");
  writeFileSync(file, small);
  const r = compileInkFile(file);
  expect(r.diagnostics).toEqual([]);
  const report = verifyStory(r.json as string, { runs: 10 });
  expect(report.problems).toEqual([]);
});

test("a 60,000-word story with several hundred choices verifies within 60 s", () => {
  const file = join(dir, "synthetic.ink");
  writeFileSync(file, syntheticStory());
  const compiled = compileInkFile(file);
  expect(compiled.ok).toBe(true);
  const stats = compiled.stats;
  expect(stats?.words).toBeGreaterThanOrEqual(55_000);
  expect(stats?.choices).toBeGreaterThanOrEqual(300);
  // The recap flags are carried to the end but read only by text.
  const marks = ["mark0", "mark1", "mark2", "mark3", "mark4", "mark5"];
  expect(analyse(new Story(compiled.json as string)).textOnly.globals).toEqual(expect.arrayContaining(marks));
  const started = Date.now();
  const cpu = process.cpuUsage();
  const report = verifyStory(compiled.json as string, { compilerStats: stats ?? undefined });
  const used = process.cpuUsage(cpu);
  const seconds = (Date.now() - started) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `synthetic story: ${formatSummary(report)}; verify took ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU)`,
  );
  expect(report.exploration.complete).toBe(true);
  expect(report.problems).toEqual([]);
  expect(report.endings.map((e) => e.id).sort()).toEqual(["alone", "lost", "quiet", "triumph"]);
  expect(seconds).toBeLessThan(60);
}, 180_000);

test("facts read only by the finale are carried as frames: the same report from far fewer states", () => {
  const file = join(dir, "facts.ink");
  writeFileSync(file, syntheticStory({ chapters: 9, scenesPerChapter: 3, wordsPerScene: 30 }));
  const compiled = compileInkFile(file);
  expect(compiled.diagnostics).toEqual([]);
  const json = compiled.json as string;
  const framed = verifyStory(json, { runs: 40 });
  const full = verifyStory(json, { runs: 40, frames: false });
  const shape = (r: typeof framed) => ({
    problems: r.problems.map((p) => p.message),
    endings: r.endings.map((e) => e.id).sort(),
    never: r.choicesNeverTaken,
    words: r.wordsPerRun,
    deepest: r.exploration.deepestPath.choices,
  });
  expect(shape(framed)).toEqual(shape(full));
  expect(framed.problems).toEqual([]);
  console.log(
    `synthetic, 9 chapters: ${framed.exploration.states} states with frames, ${full.exploration.states} without`,
  );
  expect(framed.exploration.states * 2).toBeLessThan(full.exploration.states);
}, 180_000);
