import { describe, expect, it } from "vitest";
import { ContentError, openStory, StoryFormatError, StoryStuckError } from "../../src/engine/index.js";
import { compileFixture } from "../support/compile.js";

describe("engine", () => {
  it("returns lines with tags, choices with targets, and ends", () => {
    const engine = openStory(compileFixture("engine/basics.ink"));
    const first = engine.continue();
    expect(first.lines).toEqual([
      { text: "Deck 16 is warm.", tags: ["scene: Deck 16"] },
      { text: '"Hold the door," she says.', tags: ["speaker: Crusher"] },
    ]);
    expect(first.choices.map((c) => c.text)).toEqual(["Hold the door", "Run"]);
    expect(first.choices[0]?.target).toMatch(/c-0/);
    engine.choose(0);
    const second = engine.continue();
    expect(second.lines.map((l) => l.text)).toEqual(["You hold it.", "4 heartbeats. nurse, tech"]);
    expect(engine.variable("courage")).toBe(2);
    expect(engine.variable("crew")).toBe("nurse, tech");
    engine.choose(0);
    const last = engine.continue();
    expect(last.ended).toBe(true);
    expect(last.lines.at(-1)?.tags).toEqual(["ending: fixture_end"]);
  });

  it("restores a snapshot to the same point", () => {
    const engine = openStory(compileFixture("engine/basics.ink"));
    engine.continue();
    const snap = engine.snapshot();
    engine.choose(1);
    engine.continue();
    engine.restore(snap);
    expect(engine.turn).toBe(0);
    expect(engine.continue().choices.map((c) => c.text)).toEqual(["Hold the door", "Run"]);
  });

  it("takes a choice worked out ahead exactly as one taken directly, randomness and visits included", () => {
    const json = compileFixture("engine/ahead.ink");
    const direct = openStory(json);
    const ahead = openStory(json);
    direct.seed(7);
    ahead.seed(7);
    // Vent, walk, vent, walk ...: each choice worked out ahead (every one on offer, the taken one last) on one engine only.
    for (let turn = 0; turn < 12; turn++) {
      const offered = ahead.continue();
      expect(offered).toEqual(direct.continue());
      const pick = turn % 2;
      const before = ahead.snapshot();
      for (let i = offered.choices.length - 1; i >= 0; i--) ahead.lookAhead(i);
      // Working out ahead leaves the game where it was.
      expect(ahead.snapshot()).toBe(before);
      expect(ahead.continue()).toBe(offered);
      ahead.choose(pick);
      direct.choose(pick);
      expect(ahead.turn).toBe(direct.turn);
      expect(ahead.continue()).toEqual(direct.continue());
      expect(ahead.snapshot()).toBe(direct.snapshot());
    }
    expect(ahead.continue().lines).toEqual(direct.continue().lines);
    expect(ahead.variable("heat")).toBe(direct.variable("heat"));
  });

  it("reports a choice's problem when it is taken, not when it is worked out ahead", () => {
    const engine = openStory(compileFixture("engine/ahead.ink"));
    engine.continue();
    engine.choose(0);
    const turn = engine.continue();
    const touch = turn.choices.findIndex((c) => c.text === "Touch the bulkhead");
    expect(touch).toBeGreaterThan(0);
    expect(engine.lookAhead(touch)).toBe(false);
    expect(engine.lookAhead(0)).toBe(true);
    engine.choose(touch);
    const direct = openStory(compileFixture("engine/ahead.ink"));
    direct.continue();
    direct.choose(0);
    direct.continue();
    direct.choose(touch);
    const message = (run: () => unknown) => {
      try {
        run();
      } catch (err) {
        expect(err).toBeInstanceOf(ContentError);
        return (err as Error).message;
      }
      return "no problem";
    };
    const said = message(() => engine.continue());
    expect(said).toMatch(/on turn 2: ran out of content/i);
    expect(said).toBe(message(() => direct.continue()));
  });

  it("forgets choices worked out ahead once the game moves another way", () => {
    const engine = openStory(compileFixture("engine/ahead.ink"));
    engine.seed(3);
    const start = engine.snapshot();
    engine.continue();
    expect(engine.lookAhead(0)).toBe(true);
    engine.restore(start);
    engine.seed(4);
    engine.continue();
    engine.choose(0);
    const fresh = openStory(compileFixture("engine/ahead.ink"));
    fresh.seed(4);
    fresh.continue();
    fresh.choose(0);
    expect(engine.continue()).toEqual(fresh.continue());
  });

  it("refuses a choice that is not on offer", () => {
    const engine = openStory(compileFixture("engine/basics.ink"));
    engine.continue();
    expect(() => engine.choose(5)).toThrow(RangeError);
    expect(() => engine.choose(-1)).toThrow(RangeError);
  });

  it("gives up working a choice out ahead within a tenth of a second when the story never yields", () => {
    const engine = openStory(compileFixture("engine/stuck.ink"), { maxMillisPerLine: 1500 });
    engine.continue();
    const started = Date.now();
    expect(engine.lookAhead(0)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    // The choice itself still runs under the story's own limit, and is reported then.
    engine.choose(0);
    expect(() => engine.continue()).toThrow(StoryStuckError);
  });

  it("stops a story that never yields, naming where", () => {
    const engine = openStory(compileFixture("engine/stuck.ink"), { maxMillisPerLine: 300 });
    engine.continue();
    engine.choose(0);
    const err = (() => {
      try {
        engine.continue();
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(StoryStuckError);
    expect((err as StoryStuckError).message).toMatch(/story stuck at spin/);
  });

  it("turns ink runtime errors into a ContentError with knot and turn", () => {
    const engine = openStory(compileFixture("engine/runs-out.ink"));
    engine.continue();
    engine.choose(0);
    let err: unknown;
    try {
      engine.continue();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).turn).toBe(1);
    expect((err as ContentError).message).toMatch(/after the choice "Go through" on turn 1: ran out of content/i);
  });

  it("reports an EXTERNAL function with no binding and no fallback as a content error", () => {
    const engine = openStory(compileFixture("engine/missing-external.ink", { allowWarnings: true }));
    expect(() => engine.continue()).toThrow(ContentError);
    expect(() => openStory(compileFixture("engine/missing-external.ink", { allowWarnings: true })).continue()).toThrow(
      /Missing function binding for external: 'beam'/,
    );
  });

  it("rejects JSON that is not a compiled story", () => {
    expect(() => openStory("{}")).toThrow(StoryFormatError);
    expect(() => openStory("not json")).toThrow(StoryFormatError);
    expect(() => openStory(JSON.stringify({ inkVersion: 999, root: [] }))).toThrow(/incompatible ink version/);
  });
});
