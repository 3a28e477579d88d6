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
 */
import type { Story } from "inkjs";
import { type InkChoice, type InkState, type InkThread, type InkValue, internals } from "./ink-internals.js";

interface CopyableThread extends InkThread {
  Copy(): CopyableThread;
}
interface CloneableChoice extends InkChoice {
  Clone(): CloneableChoice;
}
interface StateInternals extends InkState {
  _currentFlow: {
    callStack: { _threads: CopyableThread[]; _threadCounter: number };
    currentChoices: CloneableChoice[];
  };
  _namedFlows: Map<string, unknown> | null;
  _evaluationStack: InkValue[];
  _patch: unknown;
  didSafeExit: boolean;
  ResetErrors(): void;
  ResetOutput(): void;
}

export interface Snapshot {
  threads: CopyableThread[];
  threadCounter: number;
  choices: CloneableChoice[];
  globals: Map<string, InkValue>;
  visitCounts: Map<string, number>;
  turnIndices: Map<string, number>;
  turnIndex: number;
  storySeed: number;
  previousRandom: number;
}

function stateOf(story: Story): StateInternals {
  return internals(story).state as unknown as StateInternals;
}

/** Takes a snapshot, or returns null when this state needs the JSON route. */
export function takeSnapshot(story: Story): Snapshot | null {
  const s = stateOf(story);
  if (s._namedFlows !== null || !s.divertedPointer.isNull || s._evaluationStack.length || s._patch !== null)
    return null;
  const flow = s._currentFlow;
  return {
    threads: flow.callStack._threads.map((t) => t.Copy()),
    threadCounter: flow.callStack._threadCounter,
    choices: flow.currentChoices.map((c) => c.Clone()),
    globals: new Map(s.variablesState._globalVariables),
    visitCounts: new Map(s._visitCounts),
    turnIndices: new Map(s._turnIndices),
    turnIndex: s.currentTurnIndex,
    storySeed: s.storySeed,
    previousRandom: s.previousRandom,
  };
}

/** Puts the story back into the snapshot's state (the snapshot stays reusable). */
export function restoreSnapshot(story: Story, snap: Snapshot): void {
  const s = stateOf(story);
  const flow = s._currentFlow;
  flow.callStack._threads = snap.threads.map((t) => t.Copy());
  flow.callStack._threadCounter = snap.threadCounter;
  flow.currentChoices = snap.choices.map((c) => c.Clone());
  s.ResetOutput();
  s.ResetErrors();
  s.variablesState._globalVariables = new Map(snap.globals);
  s._visitCounts = new Map(snap.visitCounts);
  s._turnIndices = new Map(snap.turnIndices);
  s.currentTurnIndex = snap.turnIndex;
  s.storySeed = snap.storySeed;
  s.previousRandom = snap.previousRandom;
  s._evaluationStack.length = 0;
  s.didSafeExit = false;
}
