/**
 * Compatibility: every save format version shipped has fixture saves in
 * saves/fixtures/, made from tests/fixtures/saves/base.ink, and this build
 * must load them all. `UPDATE_SAVE_FIXTURES=1` writes the current format's
 * fixtures (never overwriting a shipped one: older formats stay as shipped).
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGame } from "../../src/app/load-game.js";
import { keptChoices } from "../../src/log/index.js";
import { parseSave, SAVE_FORMAT, serializeSave } from "../../src/saves/index.js";
import { fixtureStory, saveOf } from "./support.js";

const fixturesDir = join(import.meta.dirname, "..", "..", "saves", "fixtures");
const story = fixtureStory("base");

const current: Record<string, () => ReturnType<typeof saveOf>> = {
  [`format-${SAVE_FORMAT}-start.json`]: () => saveOf(story, [], "start"),
  [`format-${SAVE_FORMAT}-midgame.json`]: () =>
    saveOf(story, ["Hold the door", "Check the core", "Walk the deck"], "midgame"),
  [`format-${SAVE_FORMAT}-ended.json`]: () => saveOf(story, ["Run", "Check the core", "Leave"], "ended"),
};

if (process.env.UPDATE_SAVE_FIXTURES === "1") {
  for (const [name, make] of Object.entries(current)) {
    const file = join(fixturesDir, name);
    if (!existsSync(file)) writeFileSync(file, serializeSave(make()));
  }
}

describe("shipped save fixtures", () => {
  const files = readdirSync(fixturesDir).filter((n) => n.endsWith(".json"));

  it("cover every format version up to this build's", () => {
    for (let format = 1; format <= SAVE_FORMAT; format++) {
      expect(files.some((n) => n.startsWith(`format-${format}-`))).toBe(true);
    }
  });

  it.each(files)("%s loads and replays every choice", (name) => {
    const save = parseSave(readFileSync(join(fixturesDir, name), "utf8"), name, { storyId: story.id });
    const { session, replay } = loadGame(save, story);
    const recorded = keptChoices(save.log).length;
    expect(session.turnNumber).toBe(recorded);
    if (replay) expect(replay.divergence).toBeNull();
    expect(session.current.ended).toBe(save.summary.ending != null);
  });

  it("the current format's fixtures are what this build writes", () => {
    for (const [name, make] of Object.entries(current)) {
      const file = join(fixturesDir, name);
      const shipped = parseSave(readFileSync(file, "utf8"), name);
      if (shipped.story.hash !== story.hash) continue; // the compiler changed the story's bytes: loads by replay above
      expect(readFileSync(file, "utf8")).toBe(serializeSave(make()).toString("utf8"));
    }
  });
});
