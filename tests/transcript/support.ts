/**
 * Test helper: the transcript fixture story and one fixed playthrough of it
 * (two chapters, a noir passage, a save, an undo of two turns, an ending),
 * played with a clock that ticks 20 seconds per event so every time is stable.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Session, type SessionClock, type StoryBundle } from "../../src/log/index.js";
import { compileInkSource } from "../../src/story-build/compile.js";
import { compileFixture, fixturesDir } from "../support/compile.js";

export const FIXTURE_TITLE = "The Long Night on Deck 16";

export function fixtureStory(file = "transcript/story.ink"): StoryBundle {
  const json = compileFixture(file);
  return { id: "transcript-fixture", hash: createHash("sha256").update(json).digest("hex"), json };
}

/** The fixture story with an edit applied to its source, under the same story id. */
export function editedStory(edit: (source: string) => string): StoryBundle {
  const dir = join(fixturesDir, "transcript");
  const source = readFileSync(join(dir, "story.ink"), "utf8");
  const edited = edit(source);
  if (edited === source) throw new Error("editedStory: the edit changed nothing");
  const result = compileInkSource(edited, { rootDir: dir, fileName: "story.ink" });
  if (!result.ok || !result.json) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return { id: "transcript-fixture", hash: createHash("sha256").update(result.json).digest("hex"), json: result.json };
}

/** The fixture story without the choice "Ask about the back door" (turn 3 of the fixture playthrough). */
export function storyWithoutBackDoor(): StoryBundle {
  return editedStory((s) =>
    s.replace("* [Ask about the back door]\n    The bartender nods toward a curtain that smells of rain.\n", ""),
  );
}

/** A clock starting at 2063-04-05 09:00 UTC that moves `stepSeconds` each time it is read. */
export function fixedClock(stepSeconds = 20, start = Date.UTC(2063, 3, 5, 9, 0, 0)): SessionClock {
  let t = start;
  return {
    now: () => {
      const d = new Date(t);
      t += stepSeconds * 1000;
      return d;
    },
  };
}

/** The choices of the fixture playthrough after the undo, from the start: the kept path. */
export const KEPT_PATH = [
  "Check the patient in bed four",
  "Head for the holodeck",
  "Ask about the back door",
  "Walk out together",
];

/**
 * Plays the fixture: into the corridor, up the tube, a save, back down, then
 * an undo of two turns to the corridor, then the holodeck, a second save,
 * and out together to the ending. `finish: false` stops before the last
 * choice, with the story waiting.
 */
export function playFixture(story = fixtureStory(), opts: { finish?: boolean } = {}): Session {
  const session = Session.start(story, { seed: 7, id: "fixture-playthrough", clock: fixedClock() });
  const pick = (text: string) => {
    const c = session.current.choices.find((x) => x.text === text);
    if (!c)
      throw new Error(`fixture: "${text}" not on offer: ${session.current.choices.map((x) => x.text).join(" | ")}`);
    session.choose(c.index);
  };
  pick("Check the patient in bed four");
  pick("Take the Jefferies tube");
  session.note("saved", "before the climb");
  pick("Go back down");
  session.undo(2);
  pick("Head for the holodeck");
  pick("Ask about the back door");
  session.note("saved", "holodeck");
  if (opts.finish !== false) pick("Walk out together");
  return session;
}
