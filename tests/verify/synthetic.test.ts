/**
 * The verifier on the synthetic story (tests/verify/synthetic-story.ts).
 * Deterministic guards only: how long the full 60,000-word story takes is
 * the bench's business (`node scripts/bench-verify.mjs`, with the 60 s
 * target beside the figures).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { analyse } from "../../src/verify/analysis.js";
import { loadStory, verifyStory } from "../../src/verify/index.js";
import { syntheticStory } from "./synthetic-story.js";

const dir = mkdtempSync(join(tmpdir(), "fc-synthetic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compiled(name: string, source: string) {
  const file = join(dir, `${name}.ink`);
  writeFileSync(file, source);
  const r = compileInkFile(file);
  expect(r.diagnostics).toEqual([]);
  return { json: r.json as string, stats: r.stats };
}

test("the synthetic story generator is deterministic and compiles cleanly", () => {
  const small = syntheticStory({ chapters: 2, scenesPerChapter: 4, wordsPerScene: 40 });
  expect(syntheticStory({ chapters: 2, scenesPerChapter: 4, wordsPerScene: 40 })).toBe(small);
  const report = verifyStory(compiled("small", small).json, { runs: 10 });
  expect(report.problems).toEqual([]);
});

test("facts read only by the finale are carried as frames: the same report from far fewer states", () => {
  const { json } = compiled("facts", syntheticStory({ chapters: 9, scenesPerChapter: 3, wordsPerScene: 30 }));
  // The recap flags are carried to the end but read only by text.
  const marks = ["mark0", "mark1", "mark2", "mark3", "mark4", "mark5"];
  expect(analyse(loadStory(json)).textOnly.globals).toEqual(expect.arrayContaining(marks));
  const framed = verifyStory(json, { runs: 40 });
  const full = verifyStory(json, { runs: 40, frames: false });
  const shape = (r: typeof framed) => ({
    problems: r.problems.map((p) => p.message),
    endings: r.endings.map((e) => e.id).sort(),
    never: r.choicesNeverTaken,
    words: r.wordsPerRun,
    deepest: r.exploration.deepestPath.choices,
    coverage: r.coverage,
  });
  expect(shape(framed)).toEqual(shape(full));
  expect(framed.problems).toEqual([]);
  console.log(
    `synthetic, 9 chapters: ${framed.exploration.states} states with frames, ${full.exploration.states} without`,
  );
  expect(framed.exploration.states * 2).toBeLessThan(full.exploration.states);
  // 5,811 and 34,234 states today. A recap flag kept in the key would double
  // both; a fact no longer carried as a frame would double the first.
  expect(framed.exploration.states).toBeLessThan(9_000);
  expect(full.exploration.states).toBeLessThan(50_000);
  expect(framed.exploration.complete && full.exploration.complete).toBe(true);
}, 180_000);
