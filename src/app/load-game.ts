/**
 * Between a running game and a save file.
 *
 * Owns: making a SaveFile from a Session, and turning a SaveFile back into a
 * Session through a scratch load that must succeed before anything is
 * swapped in. When the installed story differs from the one the save was
 * made on (story hash), the ink state is not trusted: the recorded choices
 * are replayed and the report says where the save now resumes.
 */
import { ContentError, StoryFormatError } from "../engine/errors.js";
import { keptChoices } from "../log/path.js";
import { type ReplayReport, Session, type SessionClock, type StoryBundle } from "../log/session.js";
import { SaveLoadError } from "../saves/errors.js";
import type { SaveFile } from "../saves/types.js";

/** Why a loaded game's choices were replayed instead of its ink state being restored. */
export type ReplayCause =
  /** The installed story is not the one the save was made on (its hash differs). */
  | { kind: "story-changed" }
  /** Same story, but the save's cached ink state could not be used; `problem` says why. */
  | { kind: "state-unusable"; problem: string };

/** A loaded game: the session to play on, and, when the choices were replayed, the report and why. */
export interface LoadedGame {
  session: Session;
  replay: ReplayReport | null;
  /** Null when the cached ink state was restored and nothing was replayed. */
  replayedBecause: ReplayCause | null;
}

/**
 * Loads a save into a fresh Session on `story`. Refuses a save for another
 * story. With the same story hash the cached ink state is restored (and
 * replay is the fallback if that state will not load, with the reason in
 * `replayedBecause`); with a different hash the recorded choices are
 * replayed and `replay` reports where it stopped matching. The save object
 * is not modified. Throws SaveLoadError (reason `other-story` or `unusable-state`).
 */
export function loadGame(save: SaveFile, story: StoryBundle, opts: { clock?: SessionClock } = {}): LoadedGame {
  const file = `${save.slot}.json`;
  if (save.story.id !== story.id || save.log.storyId !== story.id) {
    throw new SaveLoadError(
      `${file} is a save for the story "${save.story.id}" ("${save.story.title}"), not the installed story "${story.id}"`,
      file,
      "other-story",
    );
  }
  const sameStory = save.story.hash === story.hash && save.log.storyHash === story.hash;
  let because: ReplayCause = { kind: "story-changed" };
  try {
    if (sameStory) {
      const recorded = keptChoices(save.log).length;
      let problem = "the save holds no story state";
      if (save.state) {
        try {
          const resumed = Session.resume(story, save.log, save.state, opts);
          if (resumed.session.turnNumber === recorded) return { ...resumed, replayedBecause: null };
          problem = `the story state is at turn ${resumed.session.turnNumber}, but the save records ${recorded} choices`;
        } catch (err) {
          if (!(err instanceof StoryFormatError || err instanceof ContentError)) throw err;
          problem = err.message;
        }
      }
      // The cached state is unusable or disagrees with the log: the log is the record, so replay it.
      because = { kind: "state-unusable", problem };
    }
    return { ...Session.replay(story, save.log, opts), replayedBecause: because };
  } catch (err) {
    if (err instanceof ContentError || err instanceof StoryFormatError || err instanceof RangeError) {
      throw new SaveLoadError(`${file} could not be loaded: ${err.message}`, file, "unusable-state");
    }
    throw err;
  }
}
