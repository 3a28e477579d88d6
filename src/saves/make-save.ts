/**
 * Making a save file from a running game.
 *
 * Owns: what goes into a SaveFile. Kept apart from loading (game.ts) so that
 * saving needs no story engine: the title screen and the autosave load
 * nothing heavy.
 */
import { endState, keptEvents, summarize } from "../log/path.js";
import type { Session } from "../log/session.js";
import { GAME_ID, SAVE_FORMAT, type SaveFile } from "./types.js";

/** Builds the save file for a session: its log, its ink state (as a cache) and what a save list shows. */
export function makeSave(
  session: Session,
  meta: { slot: string; title: string; gameVersion: string; now?: Date },
): SaveFile {
  // The log is append-only (events are never changed once written), so a copy of
  // the event list is enough to freeze it; a deep clone would cost a few ms a turn.
  const log = { ...session.log, events: session.log.events.slice() };
  const kept = keptEvents(log);
  return {
    format: SAVE_FORMAT,
    game: GAME_ID,
    slot: meta.slot,
    savedAt: (meta.now ?? new Date()).toISOString(),
    gameVersion: meta.gameVersion,
    story: { id: session.story.id, hash: session.story.hash, title: meta.title },
    summary: { ...summarize(log, kept), ...endState(log, kept) },
    log,
    state: session.snapshot(),
  };
}
