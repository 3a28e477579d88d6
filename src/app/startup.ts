/**
 * The end of start-up: the moment a game first builds its story, which is
 * after the title screen is drawn (or at once with `--new`/`--continue`).
 *
 * Owns: what waits for that moment. The launcher's V8 code cache
 * (cli/launch.ts) is taken then: it holds the code the title ran, and it
 * must be taken before the build changes V8's flags (play.ts `building`),
 * since V8 refuses a cache made under other flags.
 */
let waiting: (() => void) | null = null;

/** Runs `fn` once, when start-up ends (see `startupEnds`). */
export function whenStartupEnds(fn: () => void): void {
  waiting = fn;
}

/** Start-up is over: runs what waited for it, once. Never throws. */
export function startupEnds(): void {
  const fn = waiting;
  waiting = null;
  try {
    fn?.();
  } catch {
    // What waits is an optimisation (a cache); the game goes on without it.
  }
}
