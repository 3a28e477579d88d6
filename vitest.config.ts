import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that take longest, longest first: they start before everything else
 * so that no worker is left with one of them at the end while the others
 * stand idle. The story verification is one long CPU-bound run; the rest
 * mostly wait on processes they drive. Every other file follows in vitest's
 * own order (its timings from the last run, else size).
 */
const SLOW_FIRST = [
  "tests/stories/verify-stories.test.ts",
  "tests/e2e/terminal.test.ts",
  "tests/verify/synthetic.test.ts",
  "tests/e2e/hostile.test.ts",
  "tests/saves/kill.test.ts",
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.indexOf(relative(f.project.config.root, f.moduleId).replaceAll("\\", "/"));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    // A stable sort: vitest's order is kept within each rank.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one worker, on two.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowFirst },
  },
});
