/** Test helpers: compiling fixtures and stories. */
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
 * (tests/support/global-setup.ts); a file that asks while it compiles waits
 * for that result, and the files after it read it. The game's story takes
 * seconds to compile, and several files need it.
 */
export function compileOncePerRun(path: string): CompileResult {
  const cached = join(
    inject("runDir"),
    `${createHash("sha256").update(resolve(path)).digest("hex").slice(0, 16)}.json`,
  );
  const compiling = `${cached}.compiling`;
  const read = () => JSON.parse(readFileSync(cached, "utf8")) as CompileResult;
  if (existsSync(cached)) return read();
  try {
    closeSync(openSync(compiling, "wx"));
  } catch {
    // Another file is compiling it: its result, once written (or this file's own, if it gives up).
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const end = Date.now() + 120_000;
    while (!existsSync(cached) && existsSync(compiling) && Date.now() < end) Atomics.wait(pause, 0, 0, 100);
    if (existsSync(cached)) return read();
  }
  try {
    const result = compileInkFile(path);
    // Written whole or not at all.
    writeFileSync(`${cached}.${process.pid}`, JSON.stringify(result));
    renameSync(`${cached}.${process.pid}`, cached);
    return result;
  } finally {
    rmSync(compiling, { force: true });
  }
}
