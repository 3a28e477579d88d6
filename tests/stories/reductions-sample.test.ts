/**
 * A check on the story verifier's reductions, made on the game's own story
 * (tests/stories/verify-stories.test.ts verifies the story itself). A file
 * of its own, so that it runs beside that long verification, not after it.
 */
import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { type VerifyReport, verifyStory } from "../../src/verify/index.js";
import { compileOnce } from "../support/compile.js";

const MAIN = "stories/first-contact/main.ink";

/**
 * The reduced state key against the whole state (`reductions: false`) on a
 * sample of the game's story: knots of the epilogue, explored from
 * their start (with the variables' initial values, so some problems are
 * found that a real route would not meet; both runs must find the same).
 * The unreduced run of a whole chapter takes too long for the suite.
 */
describe("first-contact: the reductions change nothing on a sample", () => {
  const SAMPLE = ["epi_afternoon", "epi_count_scene", "epi_statement"];
  const findings = (r: VerifyReport) => ({
    endings: r.endings.map((e) => `${e.kind}:${e.id}`).sort(),
    problems: [...new Set(r.problems.map((p) => `${p.kind} ${p.path}`))].sort(),
    coverage: r.coverage,
  });

  test.skipIf(!existsSync(MAIN))(
    "same endings, coverage and problems from each sample knot",
    () => {
      const json = compileOnce(MAIN).json as string;
      const present = SAMPLE.filter((k) => json.includes(`"${k}":`));
      expect(present, `none of ${SAMPLE.join(", ")} is in the story any more: choose new sample knots`).not.toEqual([]);
      for (const from of present) {
        const reduced = verifyStory(json, { from, runs: 2 });
        const full = verifyStory(json, { from, runs: 2, reductions: false, maxStates: 20_000 });
        expect(full.exploration.complete, from).toBe(true);
        expect(findings(reduced), from).toEqual(findings(full));
        expect(reduced.exploration.states, from).toBeLessThan(full.exploration.states);
        console.log(`from ${from}: ${reduced.exploration.states} states reduced, ${full.exploration.states} unreduced`);
      }
    },
    120_000,
  );
});
