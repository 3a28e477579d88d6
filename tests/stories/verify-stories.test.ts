/**
 * Every story in stories/ is verified exhaustively on every `npm test`:
 * no dead ends, no unreachable content, no unreached endings, no runtime
 * errors or warnings. The figures are printed with the test output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compileInkFile, formatDiagnostic } from "../../src/story-build/compile.js";
import { inkFilesInOrder } from "../../src/story-build/manifest.js";
import { formatReport, indexSources, verifyStory } from "../../src/verify/index.js";

const ROOT = "stories";
const ids = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(ROOT, e.name, "main.ink")))
  .map((e) => e.name)
  .sort();

describe("every story verifies", () => {
  test("there is at least one story", () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  for (const id of ids) {
    test(`${id}: every choice leads somewhere`, () => {
      const main = join(ROOT, id, "main.ink");
      const compiled = compileInkFile(main);
      const errors = compiled.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(d, main));
      expect(errors, `${id} does not compile`).toEqual([]);
      const files = inkFilesInOrder(main).map((file) => ({ file, text: readFileSync(file, "utf8") }));
      const { locate, functions } = indexSources(files);
      const report = verifyStory(compiled.json as string, {
        locate,
        functionNames: functions,
        ...(compiled.stats ? { compilerStats: compiled.stats } : {}),
        // Keeps npm test bounded; a story that needs longer reports a state-limit problem.
        // The whole game story currently takes about 115 s here (docs/verify.md): over the
        // 60 s aim, so the limit leaves room while that is worked down.
        timeLimitMs: 300_000,
      });
      console.log(`story ${id}\n${formatReport(report)}`);
      expect(report.problems.map((p) => p.message)).toEqual([]);
      expect(report.exploration.complete).toBe(true);
    }, 420_000);
  }
});
