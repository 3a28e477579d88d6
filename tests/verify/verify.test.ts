import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { compileInkFile } from "../../src/story-build/compile.js";
import { indexSources, type VerifyOptions, verifyStory } from "../../src/verify/index.js";

const FIXTURES = "tests/fixtures/verify";

function compiled(name: string): string {
  const r = compileInkFile(`${FIXTURES}/${name}.ink`);
  if (!r.json) throw new Error(`${name}.ink does not compile: ${JSON.stringify(r.diagnostics)}`);
  return r.json;
}

function verify(name: string, options: VerifyOptions = {}) {
  const file = `${FIXTURES}/${name}.ink`;
  const { locate, functions } = indexSources([{ file, text: readFileSync(file, "utf8") }]);
  return verifyStory(compiled(name), { runs: 20, locate, functionNames: functions, ...options });
}

describe("verifier on planted problems", () => {
  const report = verify("broken");
  const messages = report.problems.map((p) => p.message);

  test("fails with exactly four problems", () => {
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.kind).sort()).toEqual([
      "dead-end",
      "ending-never-reached",
      "runtime-warning",
      "unreached-knot",
    ]);
  });

  test("the dead end names the knot, the source line, the last line and the route", () => {
    expect(messages).toContain(
      `dead-end at back_room [back_room] (${FIXTURES}/broken.ink:25): the story stops with no choices and its last line has no "ending:" or "placeholder:" tag (last line: "You sit in the back room. Nothing happens."); route: "Go back"`,
    );
  });

  test("the unreachable knot names the knot and its source line", () => {
    expect(messages).toContain(
      `unreached-knot at storeroom [storeroom] (${FIXTURES}/broken.ink:34): no route from the start or an entry_ knot reaches this knot`,
    );
  });

  test("the unreached ending names the ending and where it is declared", () => {
    expect(messages).toContain(
      `ending-never-reached at hatch [hatch.7.b] (${FIXTURES}/broken.ink:15): the ending "secret" is declared here but no route reaches it`,
    );
  });

  test("the runtime warning names the path, the warning and the route", () => {
    const warning = messages.find((m) => m.startsWith("runtime-warning"));
    expect(warning).toMatch(
      /^runtime-warning at waiting \[waiting\.0\.later\.2\] \(tests\/fixtures\/verify\/broken\.ink:\d+\): Variable not found: 'minutes'\..*; route: "Wait"$/,
    );
  });

  test("endings that are reached are reported with a route", () => {
    expect(report.endings.map((e) => [e.id, e.route])).toEqual([
      ["stars", ["Open the hatch"]],
      ["waited", ["Wait"]],
    ]);
  });
});

describe("verifier on a clean story", () => {
  const report = verify("clean");
  test("passes with both endings and full statistics", () => {
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.endings.map((e) => e.id)).toEqual(["brave", "quiet"]);
    expect(report.declaredEndings).toEqual(["brave", "quiet"]);
    expect(report.stats).toMatchObject({ choices: 4, knots: 3, endings: 2 });
    expect(report.exploration.deepestPath.choices).toBe(2);
    expect(report.exploration.complete).toBe(true);
    expect(report.wordsPerRun.runs).toBe(20);
    expect(report.wordsPerRun.min).toBeGreaterThan(5);
  });

  test("is repeatable: the same seed gives the same report", () => {
    const again = verify("clean");
    expect({ ...again.exploration, elapsedMs: 0, statesPerSecond: 0 }).toEqual({
      ...report.exploration,
      elapsedMs: 0,
      statesPerSecond: 0,
    });
    expect(again.wordsPerRun).toEqual(report.wordsPerRun);
  });
});

describe("the state key is sound", () => {
  test("once-only choices in a hub keep their counts: the ending that needs both is reached", () => {
    const r = verify("hub");
    expect(r.problems).toEqual([]);
    expect(r.endings.map((e) => e.id).sort()).toEqual(["both", "partial"]);
    // Each question changes the counts, so no state repeats.
    expect(r.exploration.loops).toBe(false);
  });

  test("a later {knot} check keeps that knot's count across a bottleneck", () => {
    const r = verify("seen");
    expect(r.problems).toEqual([]);
    expect(r.endings.map((e) => e.id).sort()).toEqual(["informed", "uninformed"]);
  });

  test("a global read by a function before being overwritten stays live", () => {
    const r = verify("function-read");
    expect(r.problems).toEqual([]);
    expect(r.endings.map((e) => e.id).sort()).toEqual(["set", "unset"]);
  });

  test("states are merged: a knot read count that nothing reads later drops out", () => {
    // After the lab/corridor bottleneck the two routes differ only in `lab`'s count,
    // which `report` still reads, so they stay apart; the clean story's two
    // console routes converge at the gather and are merged.
    expect(verify("seen").exploration.states).toBe(5);
    expect(verify("clean").exploration.states).toBe(3);
  });

  test("in-memory snapshots and inkjs save JSON give the same report", () => {
    for (const name of ["clean", "broken", "hub", "seen", "function-read", "chapters"]) {
      const a = verify(name, { snapshots: "memory" });
      const b = verify(name, { snapshots: "json" });
      expect(b.problems, name).toEqual(a.problems);
      expect(b.endings, name).toEqual(a.endings);
      expect(b.exploration.states, name).toBe(a.exploration.states);
      expect(b.wordsPerRun, name).toEqual(a.wordsPerRun);
    }
  });
});

describe("other problems", () => {
  test("a divert loop with no choice is reported as never yielding, with its route", () => {
    const r = verify("loop", { stepBudget: 5000 });
    expect(r.problems.map((p) => p.kind)).toEqual(["never-yields"]);
    expect(r.problems[0]?.message).toMatch(/^never-yields at spin/);
    expect(r.problems[0]?.route).toEqual(["Spin"]);
    expect(r.endings.map((e) => e.id)).toEqual(["stopped"]);
  });

  test("an EXTERNAL without an ink fallback is reported; one with a fallback is not", () => {
    const r = verify("external");
    expect(r.problems.map((p) => p.kind)).toEqual(["missing-external"]);
    expect(r.problems[0]?.message).toContain("EXTERNAL beep() has no ink fallback function");
    expect(r.endings.map((e) => e.id)).toEqual(["done"]);
  });
});

describe("roots", () => {
  test("whole-story mode explores the start and every entry_ knot", () => {
    const r = verify("chapters");
    expect(r.roots).toEqual(["(start)", "entry_two"]);
    expect(r.problems).toEqual([]);
  });

  test("--from explores one chapter alone and checks only what it can reach", () => {
    const r = verify("chapters", { from: "entry_two" });
    expect(r.roots).toEqual(["entry_two"]);
    expect(r.problems).toEqual([]);
    expect(r.endings.map((e) => [e.id, e.root, e.route])).toEqual([
      ["cold", "entry_two", ["Doubting"]],
      ["warm", "entry_two", ["Trusting"]],
    ]);
  });

  test("an unknown --from knot is a problem", () => {
    const r = verify("chapters", { from: "entry_nowhere" });
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.kind).toBe("unknown-root");
  });
});

describe("functions", () => {
  test("a function no route calls is not unreached content", () => {
    const r = verify("uncalled-function");
    expect(r.problems).toEqual([]);
    expect(r.endings.map((e) => e.id).sort()).toEqual(["answered", "home"]);
  });

  test("without the sources it cannot be told from a knot, and is reported", () => {
    const r = verifyStory(compiled("uncalled-function"), { runs: 2 });
    expect(r.problems.map((p) => p.kind)).toEqual(["unreached-knot"]);
  });
});

describe("routes to endings", () => {
  test("each ending is given its shortest route, not the first one explored", () => {
    const r = verify("shortest");
    expect(r.problems).toEqual([]);
    expect(r.endings.map((e) => [e.id, e.root, e.route])).toEqual([["door", "(start)", ["Go straight to the door"]]]);
  });
});
