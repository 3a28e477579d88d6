/** A story that diverts through a variable (as inkle's own stories do) is explored, not crashed on. */
import { describe, expect, it } from "vitest";
import { compileInkSource } from "../../src/story-build/compile.js";
import { verifyStory } from "../../src/verify/index.js";

const SOURCE = `VAR next = -> harbour
You wake on the boat.
* [Go ashore] -> go(next)
* [Stay aboard] -> go(-> deck)

=== go(-> where) ===
~ temp said = shout(where)
-> where

=== function shout(target) ===
~ return "away"

=== harbour ===
The harbour is empty. # ending: harbour
-> END

=== deck ===
The deck is wet. # ending: deck
-> END
`;

describe("variable diverts", () => {
  it("verifies a story whose diverts go through variables and divert-target parameters", () => {
    const compiled = compileInkSource(SOURCE, { rootDir: ".", fileName: "vd.ink" });
    expect(compiled.ok).toBe(true);
    const report = verifyStory(compiled.json as string, {});
    expect(report.exploration.complete).toBe(true);
    expect(report.problems.map((p) => p.message)).toEqual([]);
    expect(report.endings.map((e) => e.id).sort()).toEqual(["deck", "harbour"]);
  });
});
