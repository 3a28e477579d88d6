/**
 * The game bundle's entry (dist/cli.cjs, which the launcher, cli/launch.ts,
 * runs): runs the command line of this process. Kept apart from main.ts so
 * that the command line can also be run over other streams without starting
 * one.
 */
import { type CodeCache, writeCodeCacheLater } from "./code-cache.js";
import { main } from "./main.js";

/**
 * Runs the process's command line. `cache` (where the launcher's code cache
 * goes, and the one it used) is written for the next start, when it is owed,
 * only by a start that plays the game: the cache holds the code a start has
 * run, and one made by a command (or help, or the version) would leave
 * every later title to compile most of its own code until the next build.
 */
export function start(cache?: CodeCache): void {
  void main(cache ? () => writeCodeCacheLater(cache) : undefined);
}
