/**
 * Checking a save folder before the game relies on it.
 *
 * Owns: the words for a save (or settings) folder that cannot be used: a
 * file where the folder should be, a file or a locked folder on the way to
 * it. Checked when the title screen opens, so the player hears one clear
 * sentence instead of meeting the problem halfway through a list. Never
 * prints and creates nothing.
 */
import { accessSync, constants, statSync } from "node:fs";
import { dirname } from "node:path";
import { errCode } from "../files/fs-ops.js";
import { SaveError } from "./errors.js";

/** The save folder cannot be used at all. */
class SaveFolderError extends SaveError {
  override name = "SaveFolderError";
  constructor(
    message: string,
    readonly dir: string,
  ) {
    super(message);
  }
}

/** Throws SaveFolderError, naming the folder and what is wrong with it, when `dir` cannot hold saves. */
export function checkSaveFolder(dir: string, what = "save folder"): void {
  const fail = (words: string) =>
    new SaveFolderError(`the ${what} ${dir} ${words}; choose another with --save-dir DIR`, dir);
  // The folder itself, or the nearest folder above it that exists (the game creates the rest).
  let probe = dir;
  for (;;) {
    let isDir: boolean;
    try {
      isDir = statSync(probe).isDirectory();
    } catch (err) {
      const code = errCode(err);
      if (code === "ENOENT" && dirname(probe) !== probe) {
        probe = dirname(probe);
        continue;
      }
      if (code === "ENOTDIR") throw fail("is inside a file, not a folder");
      if (code === "EACCES") throw fail("is inside a folder that cannot be opened (permission denied)");
      throw fail(`cannot be reached (${code ?? String(err)})`);
    }
    if (!isDir) throw fail(probe === dir ? "is a file, not a folder" : `cannot be made: ${probe} is a file`);
    break;
  }
  try {
    accessSync(probe, probe === dir ? constants.R_OK | constants.X_OK : constants.W_OK | constants.X_OK);
  } catch (err) {
    const code = errCode(err);
    const why = code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? String(err));
    throw fail(probe === dir ? `cannot be opened (${why})` : `cannot be made inside ${probe} (${why})`);
  }
}
