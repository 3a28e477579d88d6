/**
 * The verifier's one door into inkjs's runtime.
 *
 * Owns: loading a story with inkjs's engine classes (`loadStory`), the
 * engine classes and enums the rest of the verifier recognises content with
 * (`instanceof Container`, `ControlCommand.CommandType`...), and the few
 * members inkjs keeps private that the verifier reads or writes
 * (`PRIVATE_MEMBERS`, checked by `loadStory` on every story it loads).
 *
 * Everything public comes with inkjs's own declarations
 * (`inkjs/engine/*.d.ts`), so a renamed public member fails the type check.
 * A renamed private member would not: TypeScript cannot see it, and code
 * reading `undefined` from it would quietly key fewer states than exist.
 * So every private member is listed in `PRIVATE_MEMBERS` with the kind of
 * value it must hold, `loadStory` throws a clear error at the start of a
 * run when one is missing, and tests/verify/ink-internals.test.ts holds
 * the list to a real compiled story.
 *
 * Why the engine modules and not `import { Story } from "inkjs"`: inkjs's
 * ESM bundle exports only `Story` and `InkList`; its content classes exist
 * there, but unexported. A story loaded from `inkjs/engine/Story` is built
 * from the very classes `inkjs/engine/Container` (etc.) export, so
 * `instanceof` recognises its objects. A story loaded from the bundle is not,
 * and `checkInkInternals` refuses it. The game itself keeps the bundle; the
 * verifier is loaded only by the `verify` command, so these modules never
 * slow the game's start-up. Checked against inkjs 2.4.
 */
// inkjs's engine modules require one another in cycles; loading Story first
// settles them in the order inkjs itself uses (another first module leaves a
// base class undefined when a subclass is declared, in the bundle).
import "inkjs/engine/Story";
import { ChoicePoint } from "inkjs/engine/ChoicePoint";
import { Container } from "inkjs/engine/Container";
import { ControlCommand } from "inkjs/engine/ControlCommand";
import { Divert } from "inkjs/engine/Divert";
import { ErrorType } from "inkjs/engine/Error";
import type { Flow } from "inkjs/engine/Flow";
import { Glue } from "inkjs/engine/Glue";
import { NativeFunctionCall } from "inkjs/engine/NativeFunctionCall";
import { InkObject } from "inkjs/engine/Object";
import type { Path } from "inkjs/engine/Path";
import type { Pointer } from "inkjs/engine/Pointer";
import { PushPopType } from "inkjs/engine/PushPop";
import type { StatePatch } from "inkjs/engine/StatePatch";
import { Story } from "inkjs/engine/Story";
import type { StoryState } from "inkjs/engine/StoryState";
import { Tag } from "inkjs/engine/Tag";
import {
  AbstractValue,
  DivertTargetValue,
  IntValue,
  ListValue,
  StringValue,
  ValueType,
  VariablePointerValue,
} from "inkjs/engine/Value";
import { VariableAssignment } from "inkjs/engine/VariableAssignment";
import { VariableReference } from "inkjs/engine/VariableReference";
import type { VariablesState } from "inkjs/engine/VariablesState";
import { Void } from "inkjs/engine/Void";

/**
 * Names the ink compiler gives containers itself (choices `c-N`, gathers
 * `g-N`, the `s`/`b` halves of a choice, `sN`, returns `$rN`, the global
 * declarations): never a name a writer chose.
 */
export const AUTO_NAME = /^(c-\d+|g-\d+|s|b|s\d+|\$r\d*|global decl)$/;

export type { CallStack } from "inkjs/engine/CallStack";
export type { Choice } from "inkjs/engine/Choice";
export {
  AbstractValue,
  ChoicePoint,
  Container,
  ControlCommand,
  Divert,
  DivertTargetValue,
  ErrorType,
  Glue,
  InkObject,
  IntValue,
  ListValue,
  NativeFunctionCall,
  type Path,
  type Pointer,
  PushPopType,
  Story,
  type StoryState,
  StringValue,
  Tag,
  ValueType,
  VariableAssignment,
  VariablePointerValue,
  VariableReference,
  Void,
};

/** inkjs's control command numbers, by name (`Cmd.BeginTag`). */
export const Cmd = ControlCommand.CommandType;

/**
 * Loads a compiled story (ink JSON text) with the engine classes this
 * module exports, and checks it has every member in PRIVATE_MEMBERS.
 */
export function loadStory(json: string): Story {
  const story = new Story(json);
  checkInkInternals(story);
  return story;
}

/** What the verifier reads and writes on `StoryState` that inkjs declares private. */
export interface StoryStatePrivate {
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  /** Set only while a background save is being patched. */
  _patch: StatePatch | null;
  _currentFlow: Flow;
  /** null while the story has only its default flow. */
  _namedFlows: Map<string, Flow> | null;
}

/** What the verifier reads and writes on `VariablesState` that inkjs declares private. */
export interface VariablesStatePrivate {
  _globalVariables: Map<string, InkObject>;
  _defaultGlobalVariables: Map<string, InkObject>;
}

export function privateState(state: StoryState): StoryStatePrivate {
  return state as unknown as StoryStatePrivate;
}

export function privateVariables(variables: VariablesState): VariablesStatePrivate {
  return variables as unknown as VariablesStatePrivate;
}

type Kind = "map" | "number" | "object" | "object-or-null" | "function";

/**
 * Every member of inkjs's runtime that the verifier uses but TypeScript
 * cannot check for it: the private fields above, and the methods that
 * ink-overrides.ts replaces on a story (declared public, but replaced by
 * assignment, so a rename would leave the replacement unused).
 */
export const PRIVATE_MEMBERS: readonly {
  owner: "Story" | "StoryState" | "VariablesState";
  name: string;
  kind: Kind;
}[] = [
  { owner: "StoryState", name: "_visitCounts", kind: "map" },
  { owner: "StoryState", name: "_turnIndices", kind: "map" },
  { owner: "StoryState", name: "_patch", kind: "object-or-null" },
  { owner: "StoryState", name: "_currentFlow", kind: "object" },
  { owner: "StoryState", name: "_namedFlows", kind: "object-or-null" },
  { owner: "VariablesState", name: "_globalVariables", kind: "map" },
  { owner: "VariablesState", name: "_defaultGlobalVariables", kind: "map" },
  { owner: "Story", name: "Step", kind: "function" },
  { owner: "Story", name: "VisitContainer", kind: "function" },
  { owner: "Story", name: "StateSnapshot", kind: "function" },
  { owner: "Story", name: "ContinueSingleStep", kind: "function" },
  { owner: "Story", name: "TryFollowDefaultInvisibleChoice", kind: "function" },
];

function kindOf(v: unknown): Kind | "missing" | "other" {
  if (v === undefined) return "missing";
  if (v === null) return "object-or-null";
  if (v instanceof Map) return "map";
  if (typeof v === "number") return "number";
  if (typeof v === "function") return "function";
  if (typeof v === "object") return "object";
  return "other";
}

/**
 * What is wrong with a loaded story for the verifier: private members that
 * are missing or hold another kind of value, and a story not built from
 * the engine classes. Empty when all is well.
 */
export function inkInternalsProblems(story: Story): string[] {
  const out: string[] = [];
  if (!(story.mainContentContainer instanceof Container))
    out.push("the story was not loaded with inkjs/engine/Story (use loadStory), so its objects cannot be recognised");
  const owners = { Story: story, StoryState: story.state, VariablesState: story.state.variablesState };
  for (const m of PRIVATE_MEMBERS) {
    const owner = owners[m.owner] as unknown as Record<string, unknown>;
    const found = kindOf(owner[m.name]);
    const ok =
      found === m.kind ||
      (m.kind === "object-or-null" && (found === "object" || found === "map")) ||
      (m.kind === "object" && found === "map");
    if (!ok) out.push(`${m.owner}.${m.name} should be ${m.kind.replaceAll("-", " ")}, found ${found}`);
  }
  return out;
}

/** Throws a clear error when the installed inkjs lacks a member the verifier relies on. */
export function checkInkInternals(story: Story): void {
  const problems = inkInternalsProblems(story);
  if (problems.length)
    throw new Error(
      `the verifier does not support this inkjs runtime (checked against inkjs 2.4): ${problems.join("; ")}`,
    );
}
