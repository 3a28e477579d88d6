/**
 * The state-key reductions (docs/verify.md: live globals, text-only reads,
 * reduced visit counts, dead temporaries, frames) checked against the
 * verifier with none of them (`reductions: false`): on every fixture, and
 * on a sample of the game's story, both must reach the same endings and
 * placeholders, the same knots, stitches, gathers and choices, and find the
 * same problems. Only the number of states may differ.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { type VerifyOptions, type VerifyReport, verifyStory } from "../../src/verify/index.js";
import { syntheticStory } from "./synthetic-story.js";

const FIXTURES = "tests/fixtures/verify";
const fixtures = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".ink"))
    .map((f) => join(FIXTURES, f)),
  ...readdirSync(join(FIXTURES, "frames-cases")).map((f) => join(FIXTURES, "frames-cases", f)),
].sort();

function compiled(file: string): string {
  const r = compileInkFile(file);
  if (!r.json) throw new Error(`${file} does not compile: ${JSON.stringify(r.diagnostics)}`);
  return r.json;
}

/** What a report says about the story, apart from how it got there. */
function findings(r: VerifyReport) {
  return {
    endings: r.endings.map((e) => `${e.kind}:${e.id}`).sort(),
    problems: [...new Set(r.problems.map((p) => `${p.kind} ${p.path}`))].sort(),
    coverage: r.coverage,
    choicesNeverTaken: r.choicesNeverTaken,
  };
}

function both(json: string, options: VerifyOptions = {}) {
  const reduced = verifyStory(json, { runs: 5, ...options });
  const full = verifyStory(json, { runs: 5, ...options, reductions: false });
  return { reduced, full };
}

/** Fixture, states with reductions, states without. */
const counts: [string, number, number][] = [];

describe("reductions: false is the oracle for the reduced key", () => {
  test("there are fixtures", () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  for (const file of fixtures) {
    test(`${file}: same endings, coverage and problems`, () => {
      const { reduced, full } = both(compiled(file), { maxStates: 50_000 });
      expect(full.exploration.complete).toBe(true);
      expect(reduced.exploration.complete).toBe(true);
      expect(findings(reduced)).toEqual(findings(full));
      expect(reduced.exploration.states).toBeLessThanOrEqual(full.exploration.states);
      counts.push([file, reduced.exploration.states, full.exploration.states]);
    });
  }

  test("a small synthetic story (text-only recap flags, a fact for the finale, a LIST): the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "fc-reductions-"));
    try {
      const file = join(dir, "small.ink");
      writeFileSync(
        file,
        syntheticStory({ chapters: 2, scenesPerChapter: 1, wordsPerScene: 10, recapFlags: 3, laterFacts: 1 }),
      );
      const { reduced, full } = both(compiled(file), { maxStates: 20_000 });
      expect(full.exploration.complete).toBe(true);
      expect(findings(reduced)).toEqual(findings(full));
      counts.push(["synthetic, 2 chapters", reduced.exploration.states, full.exploration.states]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the reductions do merge states on several of these stories (else the comparison would prove little)", () => {
    console.log(counts.map(([f, r, u]) => `${f}: ${r} states reduced, ${u} unreduced`).join("\n"));
    expect(counts.filter(([, r, u]) => r < u).length).toBeGreaterThanOrEqual(5);
  });
});
