/**
 * Every story in stories/ is verified exhaustively on every `npm test`:
 * no dead ends, no unreachable content, no unreached endings, no runtime
 * errors or warnings. The figures are printed with the test output; how
 * long it takes is measured by `node scripts/bench-verify.mjs`, not here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../src/story-build/compile.js";
import { inkFilesInOrder } from "../../src/story-build/manifest.js";
import { formatReport, indexSources, type VerifyReport, verifyStory } from "../../src/verify/index.js";
import { compileOncePerRun } from "../support/compile.js";

const ROOT = "stories";
const ids = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(ROOT, e.name, "main.ink")))
  .map((e) => e.name)
  .sort();

/**
 * The most distinct states a whole story may take before its growth counts
 * as a state explosion. First Contact, prologue to epilogue with every
 * entry state (seven chapters, eleven endings), takes 57,743; the ceiling
 * is three times that. Normal growth stays under it; a variable kept
 * unbanded across chapters (which multiplies every later scene by its
 * number of values) soon does not. Exploration stops at the ceiling, and
 * the state-limit problem then names the variables with the most values.
 */
const STATE_CEILING = 175_000;

const compiledStories = new Map<string, ReturnType<typeof compileStory>>();
function compiled(id: string) {
  let c = compiledStories.get(id);
  if (!c) {
    c = compileStory(id);
    compiledStories.set(id, c);
  }
  return c;
}

function compileStory(id: string) {
  const main = join(ROOT, id, "main.ink");
  const result = compileOncePerRun(main);
  const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, main));
  expect(errors, `${id} does not compile`).toEqual([]);
  const files = inkFilesInOrder(main).map((file) => ({ file, text: readFileSync(file, "utf8") }));
  return { result, sources: indexSources(files) };
}

describe("every story verifies", () => {
  test("there is at least one story", () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  for (const id of ids) {
    test(`${id}: every choice leads somewhere`, () => {
      const { result, sources } = compiled(id);
      const json = result.json as string;
      const options = {
        locate: sources.locate,
        functionNames: sources.functions,
        ...(result.stats ? { compilerStats: result.stats } : {}),
      };
      // The whole story: from the start and from every entry_* knot, every route
      // to its end, proven.
      const report = verifyStory(json, { ...options, maxStates: STATE_CEILING, timeLimitMs: 600_000 });
      console.log(`story ${id}:\n${formatReport(report)}`);
      expect(report.problems.map((p) => p.message)).toEqual([]);
      expect(report.exploration.complete).toBe(true);
      expect(report.endings.filter((e) => e.kind === "ending").length).toBe(report.stats.endings);
    }, 900_000);
  }
});

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

  test.skipIf(!ids.includes("first-contact"))(
    "same endings, coverage and problems from each sample knot",
    () => {
      const { result } = compiled("first-contact");
      const json = result.json as string;
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
