/**
 * The launcher (dist/launch.cjs, which bin/first-contact.js requires): runs
 * the game's bundle (dist/cli.cjs, built from cli/entry.ts) from a V8 code
 * cache, so that the title screen does not wait for the bundle to be
 * compiled. Node 20 has no compile cache of its own (`module.enableCompileCache`
 * came in Node 22), so the bundle is run as a classic script through
 * `vm.Script` with `cachedData`, the way Node runs a CommonJS module.
 *
 * Owns: finding and reading the code cache. Where it lives (saves/paths.ts
 * `resolveCacheDir`) and which build and which V8 flags it belongs to: its
 * file name holds the bundle file's size, times and inode, and a hash of
 * Node's version and command-line flags (V8 refuses a cache made under other
 * flags, or by another V8). The bundle is told where the cache goes and
 * which start wrote the one used, if any; cli/code-cache.ts writes one
 * when it is owed. A cache is
 * written atomically, but V8 does not check its bytes, and a damaged one
 * ends the process as V8 reads it: a mark made beside the cache while V8
 * reads it, left behind only by such a start, makes the next start drop
 * the cache. Kept small: it is compiled on every start, without a cache.
 *
 * Runs only as the built CommonJS launcher (it uses `__dirname` and
 * `require`).
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import type { Reach } from "../app/startup.js";
import { resolveCacheDir } from "../saves/paths.js";
import { type CodeCache, cacheFile, readCacheFile } from "./code-cache.js";

/** A short, stable hash of a string (32-bit FNV-1a): names the V8 flags a cache belongs to. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * V8 does not check a cache's bytes: a damaged one ends the process while it
 * is read. So a start marks the cache before V8 reads it and clears the mark
 * after. A mark found here was left by a start that died there: the cache is
 * dropped (and written again), and the player told why that start failed.
 * Returns the mark made, or null when the cache must not be used (dropped,
 * or no mark could be made).
 */
function markReading(file: string): string | null {
  const mark = `${file}.loading`;
  try {
    if (existsSync(mark)) {
      rmSync(file, { force: true });
      rmSync(mark, { force: true });
      // That start may have ended with V8's own fatal error and nothing of ours: say what it was.
      process.stderr.write(
        "first-contact: the last start ended while it read the game's code cache, which may be damaged; the cache was removed and will be made again.\n",
      );
      return null;
    }
    writeFileSync(mark, "");
    return mark;
  } catch {
    return null;
  }
}

function run(): void {
  const bundle = join(__dirname, "cli.cjs");
  const fd = openSync(bundle, "r");
  // The bundle's identity: a new build or a new install is a new file.
  const st = fstatSync(fd);
  // Read whole into a buffer of its size: readFileSync with an encoding took 0.1 to 0.2 ms longer (medians of
  // 25 starts). The bundle is ASCII (esbuild escapes the rest), so latin1 reads it as it is, without decoding UTF-8.
  const bytes = Buffer.allocUnsafeSlow(st.size);
  let length = 0;
  while (length < bytes.length) {
    const n = readSync(fd, bytes, length, bytes.length - length, length);
    if (n === 0) break;
    length += n;
  }
  closeSync(fd);
  const source = bytes.toString("latin1", 0, length);
  const build = `${st.size}.${Math.trunc(st.mtimeMs)}.${Math.trunc(st.ctimeMs)}.${st.ino}`;
  const flags = shortHash(
    [process.version, process.arch, process.execArgv.join(" "), process.env.NODE_OPTIONS ?? ""].join("\n"),
  );
  let dir: string | null = null;
  let file: string | null = null;
  let cached: Buffer | undefined;
  let reach: Reach | null = null;
  try {
    dir = resolveCacheDir();
    file = cacheFile(dir, build, flags);
    // V8's data, then the reach of the start that wrote it (code-cache.ts).
    const parts = readCacheFile(readFileSync(file));
    if (parts) {
      reach = parts.reach;
      cached = parts.data;
    }
  } catch {
    // No cache yet, or no folder for one.
  }
  const mark = cached && file ? markReading(file) : null;
  if (!mark) cached = undefined;

  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData: cached,
  });
  // unlinkSync, not rmSync: rmSync loads Node's rimraf, on every start.
  if (mark) {
    try {
      unlinkSync(mark);
    } catch {
      // Gone already; the cache is good.
    }
  }
  const used = cached !== undefined && script.cachedDataRejected !== true;
  const cache: CodeCache | undefined =
    dir === null ? undefined : { dir, build, flags, reach: used ? reach : null, data: () => script.createCachedData() };
  const module = { exports: {} as { start: (cache?: CodeCache) => void } };
  script.runInThisContext()(module.exports, require, module, bundle, __dirname);
  module.exports.start(cache);
}

run();
