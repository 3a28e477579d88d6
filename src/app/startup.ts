/**
 * The end of start-up: the moment a game first builds its story, which is
 * after the title screen is drawn (or at once with `--new`/`--continue`).
 *
 * Owns: what waits for that moment, and how much of the title's code the
 * start has run by then (its reach). The launcher's V8 code cache
 * (cli/launch.ts) is taken then: it holds the code the title ran, and it
 * must be taken before the build changes V8's flags (play.ts `building`),
 * since V8 refuses a cache made under other flags. A cache made by a start
 * that ran less of the title than this one is taken again, once
 * (cli/code-cache.ts): the code it lacks would be compiled on every start.
 */
let waiting: (() => void) | null = null;

/**
 * How much of the title's code a start runs: the title alone, or the title
 * with a save read at a glance for its Continue entry (the save's reader and
 * checks, about 1.5 ms to compile at every start whose cache lacks them).
 */
export const REACH = { title: 0, titleWithSave: 1 } as const;
export type Reach = (typeof REACH)[keyof typeof REACH];

let reached: Reach = REACH.title;

/** Notes that this start has run the title's code as far as `reach`. */
export function startupReached(reach: Reach): void {
  if (reach > reached) reached = reach;
}

/** How far this start has run the title's code so far. */
export function startupReach(): Reach {
  return reached;
}

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
