import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
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
  // After a file that mostly waits: by then the story it shares is compiled.
  "tests/stories/reductions-sample.test.ts",
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

/**
 * Files that replace a module (vi.mock) for themselves: they run in a fresh
 * module graph of their own. Every other file shares its worker's modules
 * with the files before it there, which spares each file the start-up of a
 * process and the import of the same modules again.
 */
const OWN_MODULES = ["tests/transcript/write-file-disk-full.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one worker, on two. A worker per core:
    // the story's verification, the longest file by far, keeps one to itself from the start, and
    // every other file fits in beside it. (A worker more would take time from the verification.)
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          include: ["tests/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...OWN_MODULES],
          isolate: false,
        },
      },
      { extends: true, test: { name: "own-modules", include: OWN_MODULES, isolate: true } },
    ],
  },
});
