/**
 * The verifier's public data: options in, report out. Plain data only, so a
 * report can be printed as JSON as it is.
 */

export interface SourceLocation {
  file: string;
  line: number;
}

/** Maps an ink path (and, for dead ends, the last line's text) to a source line. */
export type Locate = (path: string, hint?: { text?: string }) => SourceLocation | null;

export interface VerifyProgress {
  phase: "explore" | "runs";
  /** Distinct states found so far. */
  states: number;
  /** States waiting to be expanded. */
  pending: number;
  /**
   * Exploring: the share of the story's choices taken at least once so far
   * (it reaches 1 before every combination has been checked). Random runs:
   * the share of runs done.
   */
  fraction: number;
  runsDone: number;
  runsTotal: number;
  elapsedMs: number;
}

export interface VerifyOptions {
  /** Explore only from this knot (or `knot.stitch`), instead of the start plus every `entry_*` knot. */
  from?: string;
  /** Seeded random runs for the words-seen figures (default 200). */
  runs?: number;
  /** Seed of the random runs and of the story's own RANDOM (default 1). */
  seed?: number;
  /** Most interpreter steps between two choices before a path counts as never yielding (default 1,000,000). */
  stepBudget?: number;
  /** Stop exploring after this many distinct states and report it (default 1,000,000). */
  maxStates?: number;
  /**
   * Carry globals that only a later chapter reads beside the state key
   * instead of in it (default true). false explores every combination; the
   * tests compare the two.
   */
  frames?: boolean;
  /**
   * Reduce the state key to what can still be read (default true). false
   * keys every global, temporary, visit count (exact), turn index and the
   * random state, and uses no frames: far more states, the same report.
   * The tests' oracle for the reductions (docs/verify.md).
   */
  reductions?: boolean;
  /** How states are saved between choices: in memory (default) or as inkjs save JSON (slower; a cross-check). */
  snapshots?: "memory" | "json";
  /** Stop exploring after this many milliseconds and report it (default: no limit). */
  timeLimitMs?: number;
  /** The compiler's statistics, when the story was compiled from ink here. */
  compilerStats?: { words: number; choices: number; knots: number; stitches: number; functions?: number };
  /** Source lines for paths, when the ink sources are at hand. */
  locate?: Locate;
  /** Function names known from the sources (exempt from the unreached check). */
  functionNames?: string[];
  onProgress?: (p: VerifyProgress) => void;
}

export type ProblemKind =
  | "dead-end"
  | "runtime-error"
  | "runtime-warning"
  | "never-yields"
  | "unreached-knot"
  | "unreached-stitch"
  | "unreached-gather"
  | "choice-never-taken"
  | "ending-never-reached"
  | "missing-external"
  | "unknown-root"
  | "state-limit";

export interface Problem {
  kind: ProblemKind;
  /** The full ink path where it happens. */
  path: string;
  /** The knot or `knot.stitch` that holds `path`. */
  where: string;
  source: SourceLocation | null;
  /** The root the route starts from (`(start)` or an `entry_*` knot), when there is a route. */
  root?: string;
  /** Choice texts that lead there, in order. */
  route?: string[];
  message: string;
}

export interface EndingReport {
  id: string;
  kind: "ending" | "placeholder";
  /** Distinct explored states that arrive at it. */
  arrivals: number;
  root: string;
  /** The shortest route to it, in choices, from `root` (the story's start whenever the start reaches it). */
  route: string[];
}

export interface VerifyReport {
  ok: boolean;
  roots: string[];
  stats: {
    words: number;
    choices: number;
    knots: number;
    stitches: number;
    /** Declared `ending:` tags in the compiled story. */
    endings: number;
    source: "compiler" | "compiled-json";
  };
  exploration: {
    states: number;
    choicesTaken: number;
    terminals: number;
    complete: boolean;
    elapsedMs: number;
    statesPerSecond: number;
    deepestPath: { choices: number; root: string; route: string[] };
    /** Some choice leads back to an earlier state (a hub or loop). */
    loops: boolean;
    /** States carried as frames beside a node's key, and chapter crossings run again for them (docs/verify.md). */
    frames: { carried: number; reruns: number };
  };
  endings: EndingReport[];
  declaredEndings: string[];
  /** What some route reached: knots, stitches and labelled gathers, and choices (their content's path), in scope, sorted. */
  coverage: { named: string[]; choices: string[] };
  choicesNeverTaken: number;
  wordsPerRun: { runs: number; seed: number; min: number; median: number; max: number };
  problems: Problem[];
}
