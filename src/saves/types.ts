/**
 * The save file's shape (format 3), as the game holds it once read: the
 * file itself packs the log's events into compressed blocks (log-blocks.ts). Documented for players and tools in
 * saves/README.md; every format version shipped has fixtures in saves/.
 *
 * Owns: the type only. Reading, validating and writing live beside it.
 */
import type { EndState, LogSummary, PlaythroughLog } from "../log/index.js";

export const SAVE_FORMAT = 3;
/** Identifies files written by this game, so a save from anything else is refused. */
export const GAME_ID = "first-contact";

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  game: typeof GAME_ID;
  /** The slot's name (a playthrough's autosave is `autosaveSlotFor(log.id)`). */
  slot: string;
  savedAt: string;
  /** The game version that wrote it. */
  gameVersion: string;
  story: { id: string; hash: string; title: string };
  /** Shown in save lists without replaying anything, including whether the game is finished. */
  summary: SaveSummary;
  /** The playthrough: the record that carries the game across story updates. */
  log: PlaythroughLog;
  /** The ink state at the moment of saving: a cache, trusted only when story.hash matches. */
  state: string | null;
}

/**
 * What a save list needs of a save, read from its envelope alone: which
 * slot it was written as, when, by which build, for which story, the
 * summary, and its playthrough's id.
 */
export type SaveEnvelope = Omit<SaveFile, "log" | "state"> & { log: { id: string } };

/** What a save list shows: where the playthrough stands, and whether it has finished. */
type SaveSummary = LogSummary & EndState;
