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
import { formatReport, indexSources, verifyStory } from "../../src/verify/index.js";
import { compileOnce } from "../support/compile.js";

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
  const result = compileOnce(main);
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
