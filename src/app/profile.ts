/**
 * The player's profile as the app sees it: what one story's player has found.
 *
 * Owns: the contract between the app and the profile store, and what a
 * finished playthrough records (its ending, when, and which playthrough).
 */
import type { Session } from "../log/session.js";
import type { EndingFound, StoryProfile } from "../saves/settings.js";

export interface PlayerProfile {
  /** What the player has found in this story. Throws an Error with a player-facing message. */
  read(): Promise<StoryProfile>;
  /** Records an ending; true when it is new. */
  recordEnding(ending: string, found: EndingFound): Promise<boolean>;
}

/** The ending a finished session reached and how it was found, or null when it names none. */
export function endingOf(session: Session): { ending: string; found: EndingFound } | null {
  const end = session.log.events.findLast((e) => e.type === "end");
  if (end?.type !== "end" || !end.ending) return null;
  return { ending: end.ending, found: { at: end.at, playthrough: session.log.id, started: session.log.startedAt } };
}

/** A profile kept in a settings folder, for one story; conf loads only when first read. */
export function folderProfile(settingsDir: string, storyId: string): PlayerProfile {
  const store = (async () => {
    const { SettingsStore } = await import("../saves/settings.js");
    return new SettingsStore(settingsDir);
  })();
  return {
    read: async () => (await store).story(storyId),
    recordEnding: async (ending, found) => (await store).recordEnding(storyId, ending, found),
  };
}
