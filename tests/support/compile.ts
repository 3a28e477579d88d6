/** Test helpers: compiling fixtures and stories. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { inject } from "vitest";
import { type CompileResult, compileInkFile } from "../../src/story-build/compile.js";

export const fixturesDir = join(import.meta.dirname, "..", "fixtures");

/** Compiles a fixture under tests/fixtures and fails loudly on any diagnostic. */
export function compileFixture(relative: string, opts: { allowWarnings?: boolean } = {}): string {
  const result = compileInkFile(join(fixturesDir, relative));
  const problems = result.diagnostics.filter(
    (d) => d.severity === "error" || (!opts.allowWarnings && d.severity === "warning"),
  );
  if (!result.ok || !result.json || problems.length) {
    throw new Error(
      `fixture ${relative} did not compile cleanly:\n${result.diagnostics.map((d) => `${d.line}: ${d.message}`).join("\n")}`,
    );
  }
  return result.json;
}

/**
 * compileInkFile(path), done once per test run: the first test file to ask
 * compiles the story and leaves the result in the run's shared folder
 * (tests/support/global-setup.ts); the files after it read it from there.
 * The game's story takes seconds to compile, and several files need it.
 */
export function compileOncePerRun(path: string): CompileResult {
  const cached = join(
    inject("runDir"),
    `${createHash("sha256").update(resolve(path)).digest("hex").slice(0, 16)}.json`,
  );
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8")) as CompileResult;
  const result = compileInkFile(path);
  // Written whole or not at all: a file that starts at the same time compiles for itself.
  writeFileSync(`${cached}.${process.pid}`, JSON.stringify(result));
  renameSync(`${cached}.${process.pid}`, cached);
  return result;
}
