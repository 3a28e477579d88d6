/**
 * What the game loop needs from storage, as an interface, so the loop can be
 * tested without files.
 *
 * Owns: the contract between the game loop and the save store.
 */
import type { ReplayReport, Session } from "../log/session.js";
import type { ReplayCause } from "./load-game.js";

export interface SlotSummary {
  slot: string;
  ok: boolean;
  label: string;
  detail: string;
}

/** A save loaded into a game, ready to play. */
interface LoadedSave {
  session: Session;
  replay: ReplayReport | null;
  replayedBecause: ReplayCause | null;
}

export interface SaveService {
  /** Every slot: loadable ones newest first, then the ones that cannot be loaded (with why). */
  list(): SlotSummary[];
  /**
   * What Continue resumes: the most recently saved slot that loads, and the
   * more recent ones that cannot be loaded (so none is skipped in silence).
   * Reads only as many saves as it needs, from one listing of the folder,
   * which also says whether there is any save to list (`any`). With
   * `glance`, for the title's menu, each save is checked only as far as its
   * envelope, and an autosave is told by its name; Continue checks in full.
   */
  latest(opts?: { glance?: boolean }): { latest: SlotSummary | null; skipped: SlotSummary[]; any: boolean };
  /**
   * The lines a game resumed from this slot shows first, read from the save
   * alone (no story engine), when the save is of the installed story as it
   * is, so nothing will be replayed; null otherwise, or when it cannot be read.
   */
  recap(slot: string, count: number): { text: string; tags: string[] }[] | null;
  /**
   * The save a named slot holds now, as the list describes it (one that
   * cannot be loaded too), or null when saving there replaces nothing.
   */
  existing(slot: string): SlotSummary | null;
  /** Saves to a named slot, synchronously, replacing what it held (kept as a backup). Throws an Error with a player-facing message. */
  save(slot: string, session: Session): void;
  /**
   * Writes the session's own autosave, synchronously (so it can run in a
   * signal handler); every playthrough has its own. Returns the slot.
   * Throws an Error with a player-facing message.
   */
  autosave(session: Session): string;
  /**
   * Loads a slot into a new session (loading the story engine on first use).
   * A playthrough's own autosave resumes that playthrough; any other slot
   * (or one another running game is playing) starts a playthrough of its own
   * from it, so the game it came from keeps its autosave. Throws an Error
   * with a player-facing message.
   */
  load(slot: string): Promise<LoadedSave>;
  /** Lets go of the slots this game holds (on exit). */
  release(): void;
}
