/**
 * Writing the launcher's V8 code cache (cli/launch.ts reads it).
 *
 * Owns: the cache's file name (`cli-<build>-<flags>.v8`) and contents (V8's
 * data, then one byte: the reach of the start that wrote it, last so that
 * V8's data starts where the file's buffer does), writing it
 * (atomically, so a start that reads it never sees half a file) when start-up
 * ends (app/startup.ts), or on the way out if start-up never ended (a title
 * left at once), and removing old caches then: all but
 * the newest few, so that two installs of the game on one machine (a clone
 * and a global install) do not remove each other's. A folder that cannot be
 * written is passed over without a word: the cache only makes start-up
 * quicker.
 *
 * A cache is written when there was none, when V8 refused it, and once more
 * when a start runs more of the title's code than the start that wrote it
 * (app/startup.ts `Reach`): the cache holds only the code its start ran, so
 * a player whose first start found no saves would otherwise compile the
 * save's reader on every later start.
 */
import { mkdirSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { REACH, type Reach, startupReach, whenStartupEnds } from "../app/startup.js";
import { writeFileAtomic } from "../files/atomic.js";

/** What the launcher hands the bundle: the cache it used, if any, where one goes, and how to make it. */
export interface CodeCache {
  dir: string;
  /** The bundle file's identity (size, times, inode). */
  build: string;
  /** A hash of Node's version and flags. */
  flags: string;
  /** The reach of the start that wrote the cache V8 took; null when there was none, or V8 refused it. */
  reach: Reach | null;
  /** V8's cache of the bundle's code, as compiled so far. */
  data(): Buffer;
}

/** A cache file's parts: the reach its last byte gives and V8's data before it; null when the file is not one of ours. */
export function readCacheFile(file: Buffer): { reach: Reach; data: Buffer } | null {
  const reach = file[file.length - 1];
  if (file.length < 2 || (reach !== REACH.title && reach !== REACH.titleWithSave)) return null;
  return { reach, data: file.subarray(0, file.length - 1) };
}

const CACHE_NAME = /^cli-.+\.v8$/;

/** How many caches are kept: this build's and the newest others. */
const KEPT = 5;

/** The file that holds the cache for this build and these flags. */
export function cacheFile(dir: string, build: string, flags: string): string {
  return join(dir, `cli-${build}-${flags}.v8`);
}

/**
 * Writes the cache when start-up ends or on the way out, whichever comes
 * first, if it is owed then: there was none, V8 refused it, or this start
 * has run more of the title than the start that wrote it.
 */
export function writeCodeCacheLater(cache: CodeCache): void {
  let pending = true;
  const write = (): void => {
    if (!pending) return;
    pending = false;
    const reach = startupReach();
    if (cache.reach !== null && cache.reach >= reach) return;
    try {
      mkdirSync(cache.dir, { recursive: true });
      const data = Buffer.concat([cache.data(), Buffer.of(reach)]);
      writeFileAtomic(cacheFile(cache.dir, cache.build, cache.flags), data, { mode: 0o600 });
      const caches = readdirSync(cache.dir)
        .filter((name) => CACHE_NAME.test(name))
        .map((name) => ({ name, at: statSync(join(cache.dir, name)).mtimeMs }))
        .sort((a, b) => b.at - a.at);
      for (const { name } of caches.slice(KEPT)) unlinkSync(join(cache.dir, name));
    } catch {
      // The next start compiles the bundle again.
    }
  };
  whenStartupEnds(write);
  process.once("exit", write);
}
