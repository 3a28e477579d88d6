/**
 * The verifier's hold on inkjs (src/verify/ink-internals.ts), checked on the
 * game's own compiled story: every private member it reads or replaces is
 * there with the kind of value it expects, and every object in the content
 * tree is one of the engine classes it recognises. An inkjs upgrade that
 * renames a member or a class fails here, and the verifier itself refuses
 * to run rather than key fewer states than exist.
 */
import { Story as BundledStory } from "inkjs";
import { beforeAll, describe, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { verifyStory } from "../../src/verify/index.js";
import {
  AbstractValue,
  ChoicePoint,
  Container,
  ControlCommand,
  checkInkInternals,
  Divert,
  Glue,
  type InkObject,
  inkInternalsProblems,
  loadStory,
  NativeFunctionCall,
  PRIVATE_MEMBERS,
  Story,
  StringValue,
  Tag,
  VariableAssignment,
  VariableReference,
  Void,
} from "../../src/verify/ink-internals.js";
import { compileOnce } from "../support/compile.js";

let json = "";
beforeAll(() => {
  const r = compileOnce("stories/first-contact/main.ink");
  if (!r.json) throw new Error("stories/first-contact does not compile");
  json = r.json;
});

function compiledFixture(name: string): string {
  const r = compileInkFile(`tests/fixtures/verify/${name}.ink`);
  if (!r.json) throw new Error(`${name}.ink does not compile`);
  return r.json;
}

describe("inkjs's private members", () => {
  test("every one the verifier uses is there with its kind, at the start and at a later choice point", () => {
    const story = loadStory(json);
    expect(inkInternalsProblems(story)).toEqual([]);
    story.ContinueMaximally();
    story.ChooseChoiceIndex(0);
    story.ContinueMaximally();
    expect(story.currentChoices.length).toBeGreaterThan(0);
    expect(inkInternalsProblems(story)).toEqual([]);
    // The list names each field the key and the snapshots read.
    expect(PRIVATE_MEMBERS.map((m) => `${m.owner}.${m.name}`)).toEqual(
      expect.arrayContaining([
        "StoryState._visitCounts",
        "StoryState._turnIndices",
        "StoryState._currentFlow",
        "VariablesState._globalVariables",
        "VariablesState._defaultGlobalVariables",
      ]),
    );
  });

  test("a renamed field stops the verifier with a message naming it", () => {
    const story = loadStory(json);
    const state = story.state as unknown as Record<string, unknown>;
    state._visitCountsRenamed = state._visitCounts;
    delete state._visitCounts;
    expect(() => checkInkInternals(story)).toThrow(/StoryState\._visitCounts should be map, found missing/);
    const vars = story.state.variablesState as unknown as Record<string, unknown>;
    vars._globalVariables = 3;
    expect(inkInternalsProblems(story)).toContain("VariablesState._globalVariables should be map, found number");
  });

  test("a replaced method that inkjs no longer has is named too", () => {
    const story = loadStory(json);
    (story as unknown as Record<string, unknown>).StateSnapshot = undefined;
    expect(inkInternalsProblems(story)).toEqual(["Story.StateSnapshot should be function, found missing"]);
  });

  test("a story loaded from inkjs's bundle is refused: its objects are other classes", () => {
    const bundled = new BundledStory(json) as unknown as Parameters<typeof checkInkInternals>[0];
    expect(() => checkInkInternals(bundled)).toThrow(/not loaded with inkjs\/engine\/Story/);
  });
});

describe("the content tree", () => {
  test("every object in the game's story is one of the classes the verifier recognises", () => {
    const story = loadStory(json);
    const classes = {
      Container,
      ControlCommand,
      AbstractValue,
      Divert,
      ChoicePoint,
      VariableReference,
      VariableAssignment,
      NativeFunctionCall,
      Tag,
      Glue,
      Void,
    } as const;
    const counts = new Map<string, number>(Object.keys(classes).map((k) => [k, 0]));
    const unknown: string[] = [];
    let strings = 0;
    const walk = (o: InkObject) => {
      const name = Object.entries(classes).find(([, c]) => o instanceof c)?.[0];
      if (!name) unknown.push(String(o));
      else counts.set(name, (counts.get(name) ?? 0) + 1);
      if (o instanceof StringValue) strings++;
      if (o instanceof Container) {
        for (const c of o.content) walk(c);
        for (const c of o.namedContent.values()) if (c instanceof Container && !o.content.includes(c)) walk(c);
      }
    };
    walk(story.mainContentContainer);
    expect(unknown).toEqual([]);
    for (const name of ["Container", "ControlCommand", "AbstractValue", "Divert", "ChoicePoint", "VariableReference"])
      expect(counts.get(name), name).toBeGreaterThan(0);
    expect(strings).toBeGreaterThan(1000);
  });

  test("verifyStory refuses to run on an inkjs that lacks a method it replaces", () => {
    const proto = Story.prototype as unknown as Record<string, unknown>;
    const original = proto.StateSnapshot;
    proto.StateSnapshot = undefined;
    try {
      expect(() => verifyStory(json)).toThrow(
        /does not support this inkjs runtime .*Story\.StateSnapshot should be function, found missing/,
      );
    } finally {
      proto.StateSnapshot = original;
    }
    expect(verifyStory(compiledFixture("hub"), { runs: 1 }).problems).toEqual([]);
  });
});
