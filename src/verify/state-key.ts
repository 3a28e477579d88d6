/**
 * The de-duplication key of a story state at a choice point.
 *
 * Owns: deciding which parts of inkjs's state can still change what happens
 * next, and serialising exactly those. Two states with the same key play out
 * identically from here on (same text, same choices, same endings), so the
 * explorer expands only one of them.
 *
 * Kept: the call stack of every thread (pointers, temporaries), the choices
 * on offer (text, target, their threads), the globals that some reachable
 * node reads, the visit counts that some reachable node reads (reduced to
 * what the reads can tell apart, see CountUse), turn indices only where
 * TURNS/TURNS_SINCE is reachable, the random seed only where RANDOM or a
 * shuffle is reachable. Dropped: the output stream, current text and tags,
 * thread counters, and everything no reachable node can read.
 */
import { createHash } from "node:crypto";
import { type Analysis, type CountUse, closure } from "./analysis.js";
import {
  AbstractValue,
  type CallStack,
  type Container,
  DivertTargetValue,
  type InkObject,
  ListValue,
  type Path,
  type Pointer,
  privateState,
  privateVariables,
  type StoryState,
  VariablePointerValue,
} from "./ink-internals.js";

interface Relevant {
  counts: { path: string; use: CountUse }[];
  allCounts: boolean;
  turns: string[];
  allTurns: boolean;
  globals: string[];
  /** Live globals nothing can read or write before the next chapter boundary: the state's frame. */
  passive: string[];
  /** Variable names some reachable node reads; other temporaries are dead. */
  names: Set<string>;
  turnIndex: boolean;
  random: boolean;
}

const EXACT: CountUse = { exact: true, cap: 0, mod: 0 };

function abstractCount(count: number, use: CountUse): number {
  if (use.exact) return count;
  if (use.mod === 0) return Math.min(count, use.cap);
  if (count < use.cap) return count;
  return use.cap + ((count - use.cap) % use.mod);
}

function pointerString(p: Pointer): string {
  if (p.isNull || !p.container) return "-";
  return `${p.container.path.toString()}:${p.index}`;
}

export function valueString(v: InkObject | null | undefined): string {
  if (v instanceof ListValue) {
    const list = v.value;
    return `L[${[...(list?.keys() ?? [])].sort().join(",")}|${(list?.originNames ?? []).join(",")}]`;
  }
  if (v instanceof DivertTargetValue) return `D${v.targetPath.toString()}`;
  if (v instanceof VariablePointerValue) return `P${v.variableName}@${v.contextIndex}`;
  if (v instanceof AbstractValue) return `${v.valueType}:${String(v.valueObject)}`;
  return "?";
}

/**
 * The frame of a state: the values of its passive globals (live, but
 * untouched until the story crosses into another chapter). Left out of the
 * key; the explorer carries frames itself (see verify.ts).
 */
export interface Frame {
  names: string[];
  values: InkObject[];
  text: string;
}

export class StateKeyer {
  private readonly relevantCache = new Map<string, Relevant>();
  /** The frame of the state last keyed, or null when it has no passive globals. */
  frame: Frame | null = null;
  /** The globals in the key of the state last keyed. */
  keyedGlobals: string[] = [];
  private keys = 0;
  /** Sampled values of each live global and kept count, for explaining a state space that is too large. */
  readonly variety = new Map<string, Set<string>>();
  private readonly nodeOfPath = new Map<string, number>();

  constructor(
    private readonly a: Analysis,
    private readonly resolve: (path: Path) => Container | null,
    /** Chapter boundaries: nodes where a chapter starts. None: no frames. */
    private readonly boundaries: ReadonlySet<number> = new Set(),
    /**
     * false: key every global, temporary, visit count (exact) and turn
     * index, and the random state, whatever can read them; no frames. The
     * tests' oracle for the reductions.
     */
    private readonly reductions = true,
  ) {
    this.usesTurns = a.usesTurnIndex.some(Boolean);
  }
  /** Whether `TURNS()` occurs anywhere in the story (the unreduced key keeps the turn number only then). */
  private readonly usesTurns: boolean;

  /** Globals some node reached from `starts` reads (as control or in text) or writes, stopping at chapter boundaries. */
  private touchedBeforeBoundary(starts: number[]): Set<string> {
    const seen = new Set<number>(starts);
    const stack = [...starts];
    const touched = new Set<string>();
    while (stack.length) {
      const x = stack.pop() as number;
      for (const g of this.a.globalReads[x] ?? []) touched.add(g);
      for (const g of this.a.globalWrites[x] ?? []) touched.add(g);
      // Text reads too: a text-only branch is not run again for each frame,
      // so a runtime error in one taken only under a frame's value would be
      // missed, and the frame's route would run on past it.
      for (const g of this.a.globalTextReads[x] ?? []) touched.add(g);
      for (const y of this.a.succ[x] ?? []) {
        if (seen.has(y) || this.boundaries.has(y)) continue;
        seen.add(y);
        stack.push(y);
      }
    }
    return touched;
  }

  private nodeForPointer(p: Pointer): number | undefined {
    return p.container ? this.a.nodeOf.get(p.container) : undefined;
  }

  private nodeForPath(path: Path | null): number | undefined {
    if (!path) return undefined;
    const s = path.toString();
    let n = this.nodeOfPath.get(s);
    if (n === undefined) {
      const c = this.resolve(path);
      n = c ? (this.a.nodeOf.get(c) ?? -1) : -1;
      this.nodeOfPath.set(s, n);
    }
    return n >= 0 ? n : undefined;
  }

  /** The flow nodes where execution can resume from this state. */
  startNodes(state: StoryState): number[] {
    const out = new Set<number>();
    const addThread = (t: CallStack.Thread | null) => {
      if (!t) return;
      for (const el of t.callstack) {
        const n = this.nodeForPointer(el.currentPointer);
        if (n !== undefined) out.add(n);
      }
    };
    for (const t of state.callStack._threads) addThread(t);
    for (const c of state.currentChoices) {
      const n = this.nodeForPath(c.targetPath);
      if (n !== undefined) out.add(n);
      addThread(c.threadAtGeneration);
    }
    return [...out].sort((x, y) => x - y);
  }

  private relevant(starts: number[]): Relevant {
    const cacheKey = starts.join(",");
    const hit = this.relevantCache.get(cacheKey);
    if (hit) return hit;
    const reach = closure(this.a, starts);
    const counts = new Set<string>();
    const turns = new Set<string>();
    const globals = new Set<string>();
    const names = new Set<string>();
    let allCounts = false;
    let allTurns = false;
    let turnIndex = false;
    let random = false;
    for (const n of starts) for (const g of this.a.liveGlobals[n] ?? []) globals.add(g);
    for (const n of reach) {
      for (const p of this.a.countReads[n] ?? []) counts.add(p);
      for (const p of this.a.turnReads[n] ?? []) turns.add(p);
      for (const v of this.a.nameReads[n] ?? []) names.add(v);
      allCounts ||= this.a.readsAllCounts[n] ?? false;
      allTurns ||= this.a.readsAllTurns[n] ?? false;
      turnIndex ||= this.a.usesTurnIndex[n] ?? false;
      random ||= this.a.usesRandom[n] ?? false;
    }
    const passive: string[] = [];
    if (this.boundaries.size && globals.size) {
      const touched = this.touchedBeforeBoundary(starts);
      for (const g of globals) if (!touched.has(g)) passive.push(g);
      for (const g of passive) globals.delete(g);
      passive.sort();
    }
    const r: Relevant = {
      counts: [...counts].sort().map((path) => ({ path, use: this.a.countUse.get(path) ?? EXACT })),
      allCounts,
      turns: [...turns].sort(),
      allTurns,
      globals: [...globals].sort(),
      passive,
      names,
      turnIndex,
      random,
    };
    this.relevantCache.set(cacheKey, r);
    return r;
  }

  private note(name: string, value: string): void {
    let set = this.variety.get(name);
    if (!set) {
      set = new Set();
      this.variety.set(name, set);
    }
    set.add(value);
  }

  /** The live globals and kept counts seen with the most distinct values, most first. */
  mostVaried(limit: number): { name: string; values: number }[] {
    return [...this.variety]
      .map(([name, set]) => ({ name, values: set.size }))
      .filter((x) => x.values > 1)
      .sort((x, y) => y.values - x.values || (x.name < y.name ? -1 : 1))
      .slice(0, limit);
  }

  /** The key of `state`, which must be stopped at a choice point. */
  key(state: StoryState): string {
    const parts: string[] = [];
    const full = !this.reductions;
    const rel = full ? null : this.relevant(this.startNodes(state));
    const threadString = (t: CallStack.Thread | null): string => {
      if (!t) return "~";
      const els = t.callstack.map((el) => {
        const temps = [...el.temporaryVariables]
          .filter(([k]) => !rel || rel.names.has(k))
          .map(([k, v]) => `${k}=${valueString(v)}`)
          .sort()
          .join(",");
        return `${el.type}@${pointerString(el.currentPointer)}${el.inExpressionEvaluation ? "e" : ""}{${temps}}`;
      });
      return `${els.join(">")}<${pointerString(t.previousPointer)}`;
    };
    for (const t of state.callStack._threads) parts.push(threadString(t));
    parts.push("#");
    for (const c of state.currentChoices) {
      parts.push(
        `${c.text}->${c.targetPath?.toString() ?? ""}${c.isInvisibleDefault ? "!" : ""}[${threadString(c.threadAtGeneration)}]`,
      );
    }
    parts.push("#");
    if (state.evaluationStack.length) parts.push(`E${state.evaluationStack.map(valueString).join(",")}`);
    if (!state.divertedPointer.isNull) parts.push(`X${pointerString(state.divertedPointer)}`);

    const { _globalVariables: globalsMap, _defaultGlobalVariables: defaults } = privateVariables(state.variablesState);
    const { _visitCounts: visits, _turnIndices: turnIndices } = privateState(state);
    const sample = (this.keys++ & 63) === 0;
    const globals = rel ? rel.globals : this.a.globals;
    for (const g of globals) {
      const v = valueString(globalsMap.get(g) ?? defaults.get(g));
      parts.push(v);
      if (sample) this.note(g, v);
    }
    parts.push("#");
    if (!rel || rel.allCounts) {
      for (const [p, v] of [...visits].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
        const use = (rel && this.a.countUse.get(p)) || EXACT;
        parts.push(`${p}=${abstractCount(v, use)}`);
      }
    } else {
      for (const { path, use } of rel.counts) {
        const v = String(abstractCount(visits.get(path) ?? 0, use));
        parts.push(v);
        if (sample) this.note(`read count of ${path}`, v);
      }
    }
    if (rel ? rel.turnIndex : this.usesTurns) parts.push(`T${state.currentTurnIndex}`);
    if (!rel || rel.allTurns || rel.turns.length) {
      const turns = !rel || rel.allTurns ? [...turnIndices.keys()].sort() : rel.turns;
      for (const p of turns) {
        const t = turnIndices.get(p);
        parts.push(t === undefined ? "-" : `${p}=${state.currentTurnIndex - t}`);
      }
    }
    if (!rel || rel.random) parts.push(`R${state.storySeed}/${state.previousRandom}`);
    this.keyedGlobals = globals;
    if (rel?.passive.length) {
      const values = rel.passive.map((g) => globalsMap.get(g) ?? defaults.get(g)) as InkObject[];
      this.frame = { names: rel.passive, values, text: values.map(valueString).join("|") };
    } else this.frame = null;
    return createHash("sha1").update(parts.join("|")).digest("base64");
  }
}
