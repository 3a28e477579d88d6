/**
 * Writing the launcher's V8 code cache (cli/launch.ts reads it).
 *
 * Owns: the cache's file name (`cli-<build>-<flags>.v8`), writing it once
 * (atomically, so a start that reads it never sees half a file) when start-up
 * ends (app/startup.ts), or on the way out if start-up never ended (a title
 * left at once), and removing old caches then: all but
 * the newest few, so that two installs of the game on one machine (a clone
 * and a global install) do not remove each other's. A folder that cannot be
 * written is passed over without a word: the cache only makes start-up
 * quicker.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { whenStartupEnds } from "../app/startup.js";
import { writeFileAtomic } from "../files/atomic.js";

/** What the launcher hands the bundle when it has no usable cache: where one goes, and how to make it. */
export interface CodeCache {
  dir: string;
  /** The bundle file's identity (size, times, inode). */
  build: string;
  /** A hash of Node's version and flags. */
  flags: string;
  /** V8's cache of the bundle's code, as compiled so far. */
  data(): Buffer;
}

const CACHE_NAME = /^cli-.+\.v8$/;

/** How many caches are kept: this build's and the newest others. */
const KEPT = 5;

/** The file that holds the cache for this build and these flags. */
export function cacheFile(dir: string, build: string, flags: string): string {
  return join(dir, `cli-${build}-${flags}.v8`);
}

/** Writes the cache once, when start-up ends or on the way out, whichever comes first. */
export function writeCodeCacheLater(cache: CodeCache): void {
  let owed = true;
  const write = (): void => {
    if (!owed) return;
    owed = false;
    try {
      mkdirSync(cache.dir, { recursive: true });
      writeFileAtomic(cacheFile(cache.dir, cache.build, cache.flags), cache.data(), { mode: 0o600 });
      const caches = readdirSync(cache.dir)
        .filter((name) => CACHE_NAME.test(name))
        .map((name) => ({ name, at: statSync(join(cache.dir, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at);
      for (const { name } of caches.slice(KEPT)) rmSync(join(cache.dir, name), { force: true });
    } catch {
      // The next start compiles the bundle again.
    }
  };
  whenStartupEnds(write);
  process.once("exit", write);
}
