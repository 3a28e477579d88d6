import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
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
  const started = Date.now();
  const report = verifyStory(compiled.json as string, { compilerStats: stats ?? undefined });
  const seconds = (Date.now() - started) / 1000;
  console.log(`synthetic story: ${formatSummary(report)}; verify took ${seconds.toFixed(1)} s`);
  expect(report.exploration.complete).toBe(true);
  expect(report.problems).toEqual([]);
  expect(report.endings.map((e) => e.id).sort()).toEqual(["alone", "lost", "quiet", "triumph"]);
  expect(seconds).toBeLessThan(60);
}, 180_000);
