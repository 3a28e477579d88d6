/**
 * The player's profile as the app sees it: what one story's player has found.
 *
 * Owns: the contract between the app and the profile store, and what a
 * playthrough records (its ending, when, and which playthrough; the paths
 * of the choices it took).
 */
import type { Session } from "../log/session.js";
import type { EndingFound, SettingsStore, StoryProfile } from "../saves/settings.js";

export interface PlayerProfile {
  /** What the player has found in this story. Throws an Error with a player-facing message. */
  read(): Promise<StoryProfile>;
  /** Records an ending; true when it is new. */
  recordEnding(ending: string, found: EndingFound): Promise<boolean>;
  /** Adds the target paths of choices taken to the seen set. */
  recordChoices(paths: readonly string[]): Promise<unknown>;
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
  };
}
