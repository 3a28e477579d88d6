// Frames: globals that only a later chapter reads are carried beside the
// state key. The report must be the one a full exploration gives, with
// fewer states, and a problem that only one carried combination reaches
// must still be found, with a route that really leads there.
import { Story } from "inkjs";
import { describe, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { verifyStory } from "../../src/verify/index.js";

const compiled = compileInkFile("tests/fixtures/verify/frames.ink");
const json = compiled.json ?? "";

/** Plays a route of choice texts with plain inkjs; returns the text seen. */
function play(route: string[]): string {
  const story = new Story(json);
  story.onError = () => {}; // the stumble runs out of content; what matters is the text up to it
  let text = "";
  for (const choice of [null, ...route]) {
    if (choice !== null) {
      const i = story.currentChoices.findIndex((c: { text: string }) => c.text === choice);
      if (i < 0) throw new Error(`no choice "${choice}" after: ${text}`);
      story.ChooseChoiceIndex(i);
    }
    while (story.canContinue) text += story.Continue();
  }
  return text;
}

describe("frames", () => {
  const withFrames = verifyStory(json, { runs: 50 });
  const without = verifyStory(json, { runs: 50, frames: false });

  test("the fixture compiles (the stumble's loose end is only a warning)", () => {
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  test("give the same report as a full exploration, from fewer states", () => {
    const shape = (r: typeof withFrames) => ({
      problems: r.problems.map((p) => `${p.kind} ${p.where}`).sort(),
      endings: r.endings.map((e) => e.id).sort(),
      never: r.choicesNeverTaken,
      words: r.wordsPerRun,
      deepest: r.exploration.deepestPath.choices,
    });
    expect(shape(withFrames)).toEqual(shape(without));
    expect(withFrames.exploration.states).toBeLessThan(without.exploration.states);
  });

  test("find the stumble on the first frame's crossing, and still carry the others across", () => {
    const errors = withFrames.problems.filter((p) => p.kind === "runtime-error");
    expect(errors.map((p) => p.where)).toEqual(["stumble"]);
    expect(errors[0]?.route?.slice(0, 2)).toEqual(["Zero", "Lie"]);
  });

  test("find the trap only one carried combination opens, with a route that reaches it", () => {
    const dead = withFrames.problems.filter((p) => p.kind === "dead-end");
    expect(dead).toHaveLength(1);
    const route = dead[0]?.route ?? [];
    expect(route.slice(0, 2)).toEqual(["Two", "Lie"]);
    expect(play(route)).toContain("The floor gives way under the second lie.");
  });

  test("give a deepest path that can really be played", () => {
    const { route, choices } = withFrames.exploration.deepestPath;
    expect(route).toHaveLength(choices);
    expect(choices).toBe(without.exploration.deepestPath.choices);
    expect(() => play(route)).not.toThrow();
  });
});

describe("frames from an entry knot", () => {
  const source = compileInkFile("tests/fixtures/verify/frames-entry.ink");
  const entryJson = source.json ?? "";
  const framed = verifyStory(entryJson, { runs: 20 });
  const full = verifyStory(entryJson, { runs: 20, frames: false });

  test("carry the entry's value into the next chapter and name the entry as the route's start", () => {
    expect(source.diagnostics).toEqual([]);
    const dead = framed.problems.filter((p) => p.kind === "dead-end");
    expect(dead.map((p) => [p.where, p.root])).toEqual([["trap", "entry_second"]]);
    expect(framed.problems.map((p) => p.message)).toEqual(full.problems.map((p) => p.message));
    const story = new Story(entryJson);
    story.ChoosePathString("entry_second");
    let text = "";
    for (const choice of [null, ...(dead[0]?.route ?? [])]) {
      if (choice !== null)
        story.ChooseChoiceIndex(story.currentChoices.findIndex((c: { text: string }) => c.text === choice));
      while (story.canContinue) text += story.Continue();
    }
    expect(text).toContain("The boards give way.");
  });
});

// Stories that once made frames give a different report from a full
// exploration: each must now give the same one, with routes that play.
describe.each([
  ["by-reference", "overfilled"],
  ["divert-variable", "loud_door"],
  ["text-error", null],
  ["second-root", "stolen"],
])("frames on %s", (name, deadEnd) => {
  const built = compileInkFile(`tests/fixtures/verify/frames-cases/${name}.ink`);
  const caseJson = built.json ?? "";
  const framed = verifyStory(caseJson, { runs: 20 });
  const full = verifyStory(caseJson, { runs: 20, frames: false });

  test("gives the report a full exploration gives", () => {
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const shape = (r: typeof framed) => ({
      problems: r.problems.map((p) => `${p.kind} ${p.where} ${p.root ?? ""}`).sort(),
      endings: r.endings.map((e) => e.id).sort(),
      never: r.choicesNeverTaken,
    });
    expect(shape(framed)).toEqual(shape(full));
    if (deadEnd) expect(framed.problems.map((p) => `${p.kind} ${p.where}`)).toContain(`dead-end ${deadEnd}`);
    else expect(framed.problems.map((p) => p.kind)).toContain("runtime-error");
  });

  test("gives routes that can be played from their root", () => {
    const routes = [
      ...framed.problems.filter((p) => p.route).map((p) => ({ root: p.root ?? "(start)", route: p.route ?? [] })),
      ...framed.endings.map((e) => ({ root: e.root, route: e.route })),
    ];
    for (const { root, route } of routes) {
      const story = new Story(caseJson);
      story.onError = () => {};
      if (root !== "(start)") story.ChoosePathString(root);
      for (const choice of [null, ...route]) {
        if (choice !== null) {
          const i = story.currentChoices.findIndex((c: { text: string }) => c.text === choice);
          expect(i, `"${choice}" on the route ${route.join(" > ")} from ${root}`).toBeGreaterThanOrEqual(0);
          story.ChooseChoiceIndex(i);
        }
        while (story.canContinue) story.Continue();
      }
    }
  });
});
