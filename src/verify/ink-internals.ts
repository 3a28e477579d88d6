/**
 * The parts of inkjs's runtime that the verifier reads but inkjs does not
 * export as types: the content tree (containers, choice points, diverts,
 * variable references, control commands, values) and the story state's call
 * stack, choices, globals and visit counts.
 *
 * Owns: typed views of those objects and duck-typed recognisers. inkjs's ESM
 * bundle exports only `Story` and `InkList`, so `instanceof` is not available;
 * each recogniser keys on a property only that class has. Read-only: nothing
 * here writes to a story or its state. Checked against inkjs 2.4
 * (engine/StoryState.js, CallStack.js, Story.js, Value.js, ControlCommand.js).
 */
import type { Story } from "inkjs";

export interface InkPath {
  toString(): string;
  readonly componentsString: string;
}

export interface InkObject {
  parent: InkObject | null;
  readonly path: InkPath;
}

export interface InkContainer extends InkObject {
  name: string | null;
  content: InkObject[];
  namedContent: Map<string, InkObject>;
  visitsShouldBeCounted: boolean;
  turnIndexShouldBeCounted: boolean;
  countingAtStartOnly: boolean;
}

export interface InkChoicePoint extends InkObject {
  readonly pathOnChoice: InkPath | null;
  readonly choiceTarget: InkContainer | null;
  onceOnly: boolean;
  hasCondition: boolean;
  isInvisibleDefault: boolean;
}

export interface InkDivert extends InkObject {
  readonly targetPath: InkPath | null;
  readonly targetPointer: InkPointer;
  variableDivertName: string | null;
  pushesToStack: boolean;
  stackPushType: number;
  isExternal: boolean;
  isConditional: boolean;
}

export interface InkVariableReference extends InkObject {
  name: string | null;
  pathForCount: InkPath | null;
  readonly containerForCount: InkContainer | null;
}

export interface InkControlCommand extends InkObject {
  commandType: number;
}

export interface InkValue extends InkObject {
  readonly valueType: number;
  readonly valueObject: unknown;
  value: unknown;
}

export interface InkNativeCall extends InkObject {
  readonly name: string;
}

export interface InkTag extends InkObject {
  text: string;
}

export interface InkVariableAssignment extends InkObject {
  variableName: string | null;
  isNewDeclaration: boolean;
  isGlobal: boolean;
}

export interface InkPointer {
  container: InkContainer | null;
  index: number;
  readonly isNull: boolean;
}

export interface InkCallStackElement {
  currentPointer: InkPointer;
  inExpressionEvaluation: boolean;
  temporaryVariables: Map<string, InkValue>;
  type: number;
}

export interface InkThread {
  callstack: InkCallStackElement[];
  threadIndex: number;
  previousPointer: InkPointer;
}

export interface InkCallStack {
  _threads: InkThread[];
  /** The current element was pushed by EvaluateFunction from the game. */
  elementIsEvaluateFromGame: boolean;
}

export interface InkChoice {
  text: string;
  targetPath: InkPath | null;
  sourcePath: string;
  isInvisibleDefault: boolean;
  threadAtGeneration: InkThread | null;
  tags: string[] | null;
}

export interface InkVariablesState {
  _globalVariables: Map<string, InkValue>;
  _defaultGlobalVariables: Map<string, InkValue>;
}

export interface InkState {
  readonly callStack: InkCallStack;
  readonly currentChoices: InkChoice[];
  readonly variablesState: InkVariablesState;
  readonly evaluationStack: InkValue[];
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  divertedPointer: InkPointer;
  readonly currentPathString: string | null;
  ToJson(): string;
  LoadJson(json: string): void;
  ForceEnd(): void;
}

/** The private members of `Story` that the verifier hooks. */
export interface InkStoryInternals {
  mainContentContainer: InkContainer;
  state: InkState;
  Step(): void;
  VisitContainer(container: InkContainer, atStart: boolean): void;
}

export function internals(story: Story): InkStoryInternals {
  return story as unknown as InkStoryInternals;
}

/** ControlCommand.CommandType values (inkjs engine/ControlCommand.js). */
export const Cmd = {
  EvalStart: 0,
  EvalOutput: 1,
  EvalEnd: 2,
  PopFunction: 5,
  PopTunnel: 6,
  BeginString: 7,
  EndString: 8,
  ChoiceCount: 10,
  Turns: 11,
  TurnsSince: 12,
  ReadCount: 13,
  Random: 14,
  SeedRandom: 15,
  VisitIndex: 16,
  SequenceShuffleIndex: 17,
  StartThread: 18,
  Done: 19,
  End: 20,
  ListRandom: 23,
  BeginTag: 24,
  EndTag: 25,
} as const;

/** Value.ValueType values (inkjs engine/Value.js). */
export const ValueType = {
  Bool: -1,
  Int: 0,
  Float: 1,
  List: 2,
  String: 3,
  DivertTarget: 4,
  VariablePointer: 5,
} as const;

/** PushPopType values (inkjs engine/PushPop.js). */
export const PushPop = { Tunnel: 0, Function: 1 } as const;

// Recognisers. Each keys on a member that only that runtime class has.
export function isContainer(o: unknown): o is InkContainer {
  return typeof o === "object" && o !== null && "namedContent" in o && "content" in o;
}
export function isControlCommand(o: unknown): o is InkControlCommand {
  return typeof o === "object" && o !== null && "commandType" in o;
}
export function isChoicePoint(o: unknown): o is InkChoicePoint {
  return typeof o === "object" && o !== null && "pathOnChoice" in o && "onceOnly" in o;
}
export function isDivert(o: unknown): o is InkDivert {
  return typeof o === "object" && o !== null && "variableDivertName" in o && "pushesToStack" in o;
}
export function isVariableReference(o: unknown): o is InkVariableReference {
  return typeof o === "object" && o !== null && "containerForCount" in o;
}
export function isValue(o: unknown): o is InkValue {
  return typeof o === "object" && o !== null && "valueType" in o && "valueObject" in o;
}
export function isNativeCall(o: unknown): o is InkNativeCall {
  return typeof o === "object" && o !== null && "numberOfParameters" in o && "name" in o;
}
export function isVariableAssignment(o: unknown): o is InkVariableAssignment {
  return typeof o === "object" && o !== null && "isNewDeclaration" in o && "variableName" in o;
}
export function isLegacyTag(o: unknown): o is InkTag {
  return (
    typeof o === "object" &&
    o !== null &&
    "text" in o &&
    !("valueType" in o) &&
    !("commandType" in o) &&
    !("pathOnChoice" in o)
  );
}
