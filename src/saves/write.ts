/**
 * Putting a save on disk.
 *
 * Owns: a save's file mode (0600: a playthrough is the player's own), and
 * the words for a save that was not written (`disk full: "autosave" was not
 * saved (the previous save is intact)`). The bytes go through the game's one
 * atomic writer (src/files/atomic.ts).
 */
import type { Stats } from "node:fs";
import { AtomicWriteError, writeFileAtomic } from "../files/atomic.js";
import { errCode, type FsOps } from "../files/fs-ops.js";
import { SaveWriteError, type WriteFailure } from "./errors.js";

/** Saves, their backups and asides are readable by the player alone. */
export const SAVE_FILE_MODE = 0o600;

export interface SaveWriteOptions {
  /** How the failure message names what was being saved (`"autosave"`, `the export`). */
  label: string;
  /** Slot recorded in a SaveWriteError. */
  slot: string;
  /** Keep the file being replaced as `<target>.bak`. */
  backup?: boolean;
  /** Fail (SaveWriteError with code EEXIST) instead of replacing an existing target. */
  noClobber?: boolean;
  /** What a failure message says about the file that was not replaced. */
  previousWords?: string;
}

/**
 * Writes a save's bytes to `target` atomically and durably and returns the
 * new file's stats. Throws SaveWriteError; on failure the target is untouched.
 */
export function writeSaveFile(ops: FsOps, target: string, bytes: Uint8Array, opts: SaveWriteOptions): Stats {
  try {
    return writeFileAtomic(target, bytes, {
      fs: ops,
      mode: SAVE_FILE_MODE,
      backup: opts.backup,
      noClobber: opts.noClobber,
    });
  } catch (err) {
    throw toWriteError(err, target, opts, err instanceof AtomicWriteError && err.replacing);
  }
}

/** Maps a system error code to a failure kind and the words a player reads. */
function failure(code: string | undefined): { reason: WriteFailure; words: string } {
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return { reason: "disk-full", words: "disk full" };
    case "EACCES":
    case "EPERM":
      return { reason: "permission", words: "permission denied" };
    case "EROFS":
      return { reason: "read-only", words: "the save folder is read-only" };
    default:
      return { reason: "io", words: `could not write (${code ?? "unknown error"})` };
  }
}

/** Turns any error from a write into a SaveWriteError that says what was not saved. */
export function toWriteError(
  err: unknown,
  target: string,
  opts: SaveWriteOptions,
  hadPrevious: boolean,
): SaveWriteError {
  if (err instanceof SaveWriteError) return err;
  const tail = hadPrevious ? ` (${opts.previousWords ?? "the previous save is intact"})` : "";
  if (err instanceof AtomicWriteError) {
    switch (err.failure) {
      case "symlink":
        return new SaveWriteError(
          `refused: ${target} is a symbolic link; ${opts.label} was not saved (the link and its target are untouched)`,
          opts.slot,
          "symlink",
          target,
        );
      case "not-a-file":
        return new SaveWriteError(
          `refused: ${target} is not a regular file; ${opts.label} was not saved`,
          opts.slot,
          "not-a-file",
          target,
        );
      case "exists":
        return new SaveWriteError(
          `${target} already exists; ${opts.label} was not written`,
          opts.slot,
          "io",
          target,
          "EEXIST",
        );
      case "short-write":
        return new SaveWriteError(
          `disk full (${err.message}): ${opts.label} was not saved${tail}`,
          opts.slot,
          "short-write",
          target,
        );
      case "system":
        break;
    }
  }
  const code = err instanceof AtomicWriteError ? err.code : errCode(err);
  const { reason, words } = failure(code);
  return new SaveWriteError(`${words}: ${opts.label} was not saved${tail}`, opts.slot, reason, target, code);
}
