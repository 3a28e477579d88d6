import { describe, expect, it } from "vitest";
import { keptChoices, markUndone, matchChoice, prepareStory, Session } from "../../src/log/index.js";
import { compileFixture } from "../support/compile.js";

const story = () => ({ id: "demo", hash: "h1", json: compileFixture("demo/main.ink") });
let tick = 0;
const clock = { now: () => new Date(Date.UTC(2063, 3, 4, 20, 0, tick++)) };

describe("a story prepared ahead", () => {
  it("is built once, used by the next session that opens it, and only by that one", () => {
    const json = compileFixture("demo/main.ink");
    let reads = 0;
    const bundle = {
      id: "demo",
      hash: "h1",
      get json() {
        reads++;
        return json;
      },
    };
    prepareStory(bundle);
    prepareStory(bundle);
    expect(reads).toBe(1);
    const first = Session.start(bundle, { seed: 3, id: "p0", clock });
    expect(reads).toBe(1);
    // The prepared engine ran the opening aside and put it back: the game opens as on a new engine.
    const fresh = Session.start(story(), { seed: 3, id: "p3", clock });
    expect(first.current).toEqual(fresh.current);
    expect(first.snapshot()).toBe(fresh.snapshot());
    const second = Session.start(bundle, { seed: 3, id: "p1", clock });
    expect(reads).toBe(2);
    // Both play the same story from the same seed, each on its own engine.
    first.choose(0);
    expect(second.turnNumber).toBe(0);
    expect(second.current.lines).toEqual(Session.start(story(), { seed: 3, id: "p2", clock }).current.lines);
  });
});

describe("session", () => {
  it("records text, choices and the choice taken, and undoes with the abandoned turn kept in the log", () => {
    const s = Session.start(story(), { seed: 3, id: "p1", clock });
    s.choose(1);
    s.choose(0);
    expect(s.turnNumber).toBe(2);
    const before = s.current.choices.map((c) => c.text);
    s.choose(0); // wait
    s.undo(1);
    expect(s.turnNumber).toBe(2);
    expect(s.current.choices.map((c) => c.text)).toEqual(before);
    expect(s.current.lines.map((l) => l.text)).toContain("You slip inside without a sound.");
    expect(keptChoices(s.log).map((c) => c.text)).toEqual(["Check your kit", "Go in quietly"]);
    const undone = markUndone(s.log.events).filter((m) => m.undone);
    expect(undone.some((m) => m.event.type === "choose" && m.event.choice.text === "Wait for it to come to you")).toBe(
      true,
    );
  });

  it("undoes turns played before a load by replaying the log", () => {
    const s = Session.start(story(), { seed: 3, id: "p2", clock });
    s.choose(0);
    s.choose(1);
    const { session } = Session.resume(story(), structuredClone(s.log), s.snapshot(), { clock });
    session.undo(2);
    expect(session.turnNumber).toBe(0);
    expect(session.current.choices.map((c) => c.text)).toEqual(["Ask what got loose", "Check your kit"]);
  });

  it("replays a log on a changed story, and stops where a choice no longer exists", () => {
    const s = Session.start(story(), { seed: 3, id: "p3", clock });
    s.choose(0);
    s.choose(0);
    s.choose(1); // "Wait for it to come to you"
    expect(s.log.events.some((e) => e.type === "choose" && e.choice.text === "Wait for it to come to you")).toBe(true);
    const { replay } = Session.replay({ ...story(), hash: "h2" }, s.log, { clock });
    expect(replay).toEqual({ applied: 3, total: 3, divergence: null });
  });

  it("never takes a different choice that happens to sit at the recorded position", () => {
    const offered = [
      { index: 0, text: "Leave", tags: [], target: "loop.0.c-1" },
      { index: 1, text: "Stay", tags: [], target: "loop.0.c-2" },
    ];
    const wanted = { index: 1, text: "Walk the deck", target: "loop.0.c-1" };
    expect(matchChoice(wanted, offered, 3)).toBeNull();
    // Same menu shape, reworded: the position is trusted.
    expect(matchChoice(wanted, offered, 2)?.text).toBe("Leave");
    // A named target is trusted even when the menu changed.
    expect(
      matchChoice({ index: 0, text: "Old words", target: "loop.leave" }, [
        { index: 0, text: "New words", tags: [], target: "loop.leave" },
      ])?.text,
    ).toBe("New words");
  });
});
