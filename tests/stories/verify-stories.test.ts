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
      const cpu = process.cpuUsage();
      const started = Date.now();
      const report = verifyStory(compiled.json as string, {
        locate,
        functionNames: functions,
        ...(compiled.stats ? { compilerStats: compiled.stats } : {}),
        // A wall-clock stop well above the bound, so a story whose states run
        // away reports a state-limit problem instead of hanging the suite.
        timeLimitMs: 150_000,
      });
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `story ${id}: verified in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU)\n${formatReport(report)}`,
      );
      expect(report.problems.map((p) => p.message)).toEqual([]);
      expect(report.exploration.complete).toBe(true);
      // The bound: a whole story verifies within 60 s on a 2-core machine. CPU
      // time is what is held here, since other test files share the cores.
      expect(cpuSeconds).toBeLessThan(60);
    }, 240_000);
  }
});
