/**
 * Saving and restoring a story's state at a choice point, in memory.
 *
 * Owns: the copy of exactly what inkjs keeps between turns for a story with
 * one flow: call stack threads, current choices (with their threads),
 * globals, visit counts, turn indices, turn index and random state. It is
 * several times faster than `state.ToJson()` + `state.LoadJson()`, which
 * the verifier still uses (`snapshots: "json"`) as a cross-check and for
 * states this copy does not cover (named flows, a pending divert or values
 * left on the evaluation stack).
 *
 * Relies on inkjs's own copy helpers (CallStack.Thread.Copy, Choice.Clone)
 * and on ink values being replaced, not changed in place, on assignment.
 * Writes the private members listed in ink-internals.ts.
 */
import {
  type CallStack,
  type Choice,
  type InkObject,
  privateState,
  privateVariables,
  type Story,
} from "./ink-internals.js";

export interface Snapshot {
  threads: CallStack.Thread[];
  threadCounter: number;
  choices: Choice[];
  globals: Map<string, InkObject>;
  visitCounts: Map<string, number>;
  turnIndices: Map<string, number>;
  turnIndex: number;
  storySeed: number;
  previousRandom: number;
}

/** Takes a snapshot, or returns null when this state needs the JSON route. */
export function takeSnapshot(story: Story): Snapshot | null {
  const s = story.state;
  const p = privateState(s);
  if (p._namedFlows !== null || !s.divertedPointer.isNull || s.evaluationStack.length || p._patch !== null) return null;
  const flow = p._currentFlow;
  return {
    threads: flow.callStack._threads.map((t) => t.Copy()),
    threadCounter: flow.callStack._threadCounter,
    choices: flow.currentChoices.map((c) => c.Clone()),
    globals: new Map(privateVariables(s.variablesState)._globalVariables),
    visitCounts: new Map(p._visitCounts),
    turnIndices: new Map(p._turnIndices),
    turnIndex: s.currentTurnIndex,
    storySeed: s.storySeed,
    previousRandom: s.previousRandom,
  };
}

/** Puts the story back into the snapshot's state (the snapshot stays reusable). */
export function restoreSnapshot(story: Story, snap: Snapshot): void {
  const s = story.state;
  const p = privateState(s);
  const flow = p._currentFlow;
  flow.callStack._threads = snap.threads.map((t) => t.Copy());
  flow.callStack._threadCounter = snap.threadCounter;
  flow.currentChoices = snap.choices.map((c) => c.Clone());
  s.ResetOutput();
  s.ResetErrors();
  privateVariables(s.variablesState)._globalVariables = new Map(snap.globals);
  p._visitCounts = new Map(snap.visitCounts);
  p._turnIndices = new Map(snap.turnIndices);
  s.currentTurnIndex = snap.turnIndex;
  s.storySeed = snap.storySeed;
  s.previousRandom = snap.previousRandom;
  s.evaluationStack.length = 0;
  s.didSafeExit = false;
}
