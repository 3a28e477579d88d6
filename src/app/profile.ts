/**
 * The player's profile as the app sees it: what one story's player has found.
 *
 * Owns: the contract between the app and the profile store, and what a
 * playthrough records (its ending, when, and which playthrough; the paths
 * of the choices it took).
 */

import { keptEvents } from "../log/path.js";
import type { Session } from "../log/session.js";
import type { ChapterReached, EndingFound, SettingsStore, StoryProfile } from "../saves/settings.js";

export interface PlayerProfile {
  /** What the player has found in this story. Throws an Error with a player-facing message. */
  read(): Promise<StoryProfile>;
  /** Records an ending; true when it is new. */
  recordEnding(ending: string, found: EndingFound): Promise<boolean>;
  /** Adds the target paths of choices taken to the seen set. */
  recordChoices(paths: readonly string[]): Promise<unknown>;
  /** Records how chapters were reached, to start them again. */
  recordChapters(reached: Readonly<Record<string, ChapterReached>>): Promise<void>;
}

/**
 * The chapters a session reached by playing (none when it began at an
 * `entry_*` preset), each with the seed and kept choices that led to it.
 */
export function chaptersReached(session: Session): Record<string, ChapterReached> {
  const log = session.log;
  const started = log.events.find((e) => e.type === "meta" && e.action === "started");
  if (started?.type === "meta" && started.detail) return {};
  const out: Record<string, ChapterReached> = {};
  const choices: ChapterReached["choices"] = [];
  let offered = 0;
  for (const e of keptEvents(log)) {
    if (e.type === "choices") offered = e.choices.length;
    if (e.type === "choose") choices.push({ ...e.choice, offered });
    if (e.type === "chapter") {
      out[e.title] = { at: e.at, seed: log.seed, storyHash: log.storyHash, choices: [...choices] };
    }
  }
  return out;
}

/** Every choice taken in a session, undone ones too, by target path. */
export function choicesTaken(session: Session): string[] {
  const out = new Set<string>();
  for (const e of session.log.events) if (e.type === "choose") out.add(e.choice.target);
  return [...out];
}

/** The ending a finished session reached and how it was found, or null when it names none. */
export function endingOf(session: Session): { ending: string; found: EndingFound } | null {
  const end = session.log.events.findLast((e) => e.type === "end");
  if (end?.type !== "end" || !end.ending) return null;
  return { ending: end.ending, found: { at: end.at, playthrough: session.log.id, started: session.log.startedAt } };
}

/** One story's part of the profile kept by `store`. */
export function storyProfile(store: SettingsStore, storyId: string): PlayerProfile {
  return {
    read: () => store.story(storyId),
    recordEnding: (ending, found) => store.recordEnding(storyId, ending, found),
    recordChoices: (paths) => store.recordChoices(storyId, paths),
    recordChapters: (reached) => store.recordChapters(storyId, reached),
  };
}
