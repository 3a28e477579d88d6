/**
 * Golden playthrough of the demo story, run twice: straight, and with the
 * state saved to JSON and restored into a fresh story after every turn
 * (ink's own JSON round-trip test mode).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openStory, type StoryEngine } from "../../src/engine/index.js";
import { compileFixture, fixturesDir } from "../support/compile.js";

const ROUTES: Record<string, number[]> = {
  caught: [0, 0, 1, 0],
  free: [1, 1, 0, 0],
};

function play(json: string, route: number[], roundTrip: boolean): string {
  let engine: StoryEngine = openStory(json);
  engine.seed(7);
  const out: string[] = [];
  const record = () => {
    const turn = engine.continue();
    for (const l of turn.lines) out.push(`${l.text}${l.tags.length ? `  # ${l.tags.join(" | ")}` : ""}`);
    for (const c of turn.choices) out.push(`  ${c.index + 1}) ${c.text}`);
    if (turn.ended) out.push("[end]");
  };
  record();
  for (const pick of route) {
    out.push(`> ${pick + 1}`);
    engine.choose(pick);
    if (roundTrip) {
      const snap = engine.snapshot();
      engine = openStory(json);
      engine.restore(snap);
    }
    record();
  }
  return `${out.join("\n")}\n`;
}

describe("golden playthrough of the demo story", () => {
  const json = compileFixture("demo/main.ink");
  for (const [name, route] of Object.entries(ROUTES)) {
    const goldenPath = join(fixturesDir, "demo", `golden-${name}.txt`);
    it(`route "${name}" matches the golden text`, () => {
      const text = play(json, route, false);
      if (process.env.UPDATE_GOLDEN || !existsSync(goldenPath)) writeFileSync(goldenPath, text);
      expect(text).toBe(readFileSync(goldenPath, "utf8"));
    });
    it(`route "${name}" plays the same with a JSON round trip after every turn`, () => {
      expect(play(json, route, true)).toBe(play(json, route, false));
    });
  }
});
