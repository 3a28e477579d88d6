/** Test helpers: compiling fixtures and stories. */
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
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

const CACHE = join(import.meta.dirname, "..", "..", ".cache", "compiled-stories");
const COMPILER_SOURCE = join(import.meta.dirname, "..", "..", "src", "story-build", "compile.ts");
const INKJS_PACKAGE = join(import.meta.dirname, "..", "..", "node_modules", "inkjs", "package.json");

/**
 * What compileInkFile(path) depends on: the path, every file in the story's
 * folder (its INCLUDEs live there), the compile module's source and the
 * inkjs release.
 */
function compileKey(path: string): string {
  const hash = createHash("sha256").update(resolve(path));
  const dir = dirname(resolve(path));
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
  hash.update(readFileSync(COMPILER_SOURCE)).update(readFileSync(INKJS_PACKAGE));
  return hash.digest("hex").slice(0, 32);
}

/**
 * compileInkFile(path), kept: the result is stored under .cache/ by what it
 * depends on (compileKey), so a story is compiled again only when it, the
 * compile module or inkjs changed. Several test files need the game's story,
 * which takes seconds to compile (and the build compiles it on every
 * `npm test` in any case). A file that asks while another compiles it waits
 * for that result.
 */
export function compileOnce(path: string): CompileResult {
  mkdirSync(CACHE, { recursive: true });
  // One result kept per story: its name starts with the story's path.
  const story = createHash("sha256").update(resolve(path)).digest("hex").slice(0, 12);
  const cached = join(CACHE, `${story}-${compileKey(path)}.json`);
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
    for (const old of readdirSync(CACHE)) {
      if (old.startsWith(`${story}-`) && old.endsWith(".json") && join(CACHE, old) !== cached) {
        rmSync(join(CACHE, old), { force: true });
      }
    }
    return result;
  } finally {
    rmSync(compiling, { force: true });
  }
}
