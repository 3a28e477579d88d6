/**
 * Replaying a JSON transcript: rebuilding the playthrough it records on the
 * story installed now (same seed, same choices), and saying plainly where
 * the story has changed under it.
 *
 * Owns: checking the transcript belongs to this story, the replay itself
 * (by Session.replay, which matches each choice by text, then target path,
 * then index) and the words for where it diverged. Pure: the transcript's
 * text comes in as a string and the session comes out.
 */
import type { ChoiceRecord, ReplayReport, SessionClock, StoryBundle } from "../log/index.js";
import { Session } from "../log/index.js";
import { StoryMismatchError } from "./errors.js";
import { logFromTranscript, type TranscriptFile } from "./json.js";

/** The outcome of replaying a transcript. */
export interface TranscriptReplay {
  /** The rebuilt game, ready to be saved or played on. */
  session: Session;
  /** How many recorded choices were made again, and where it stopped if it did. */
  report: ReplayReport;
  /** True when the transcript was recorded on a different version of this story. */
  storyChanged: boolean;
}

/**
 * Rebuilds the playthrough a transcript records on `story`. Throws
 * StoryMismatchError when the transcript is of another story altogether;
 * a changed version of the same story is replayed as far as it matches.
 */
export function replayTranscript(
  transcript: TranscriptFile,
  story: StoryBundle,
  opts: { clock?: SessionClock } = {},
): TranscriptReplay {
  if (transcript.story.id !== story.id) {
    throw new StoryMismatchError(
      `this transcript is of the story "${transcript.story.id}", not "${story.id}" (the one installed)`,
      transcript.story.id,
      story.id,
    );
  }
  const { session, replay } = Session.replay(story, logFromTranscript(transcript), opts);
  return { session, report: replay, storyChanged: transcript.story.hash !== story.hash };
}

function quoted(c: ChoiceRecord): string {
  return `“${c.text}”`;
}

/**
 * Says where a replay diverged, for the player: "at turn 3, the choice
 * “Run” is no longer offered (now offered: “Hold the door”, “Wait”)".
 * Turns are counted from 1 here (turn 1 is the first choice). Null when the
 * replay made every recorded choice.
 */
export function describeDivergence(report: ReplayReport): string | null {
  const d = report.divergence;
  if (!d) return null;
  const now = d.offered.length > 0 ? `now offered: ${d.offered.map(quoted).join(", ")}` : "the story now ends there";
  return `at turn ${d.turn + 1}, the choice ${quoted(d.wanted)} is no longer offered (${now})`;
}
