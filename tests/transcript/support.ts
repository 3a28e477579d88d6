/**
 * Test helper: the transcript fixture story and one fixed playthrough of it
 * (two chapters, a noir passage, a save, an undo of two turns, an ending),
 * played with a clock that ticks 20 seconds per event so every time is stable.
 */
import { createHash } from "node:crypto";
import { Session, type SessionClock, type StoryBundle } from "../../src/log/index.js";
import { compileFixture } from "../support/compile.js";

export const FIXTURE_TITLE = "The Long Night on Deck 16";

export function fixtureStory(file = "transcript/story.ink"): StoryBundle {
  const json = compileFixture(file);
  return { id: "transcript-fixture", hash: createHash("sha256").update(json).digest("hex"), json };
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
