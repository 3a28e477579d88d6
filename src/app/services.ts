/**
 * What the game loop needs from storage, as an interface, so the loop can be
 * tested without files and run without saves (`play FILE`).
 *
 * Owns: the contract between the game loop and the save store.
 */
import type { ReplayReport, Session } from "../log/session.js";

export interface SlotSummary {
  slot: string;
  ok: boolean;
  label: string;
  detail: string;
}

export interface SaveService {
  /** The most recently written slot, if any. */
  latest(): string | null;
  list(): SlotSummary[];
  /** Saves synchronously (so it can run in a signal handler). Throws an Error with a player-facing message. */
  save(slot: string, session: Session): void;
  /** Loads a slot into a new session (loading the story engine on first use). Throws an Error with a player-facing message. */
  load(slot: string): Promise<{ session: Session; replay: ReplayReport | null }>;
  /** The autosave slot's name. */
  readonly autosaveSlot: string;
  /** Lets go of the slots this game holds (on exit). */
  release(): void;
}
