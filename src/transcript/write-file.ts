/**
 * Writing an export file without surprises: the only file-system code in
 * the transcript area.
 *
 * Owns: the rules for an export's destination and the words for an export
 * that was not written. An existing file is kept unless the player asked
 * for --force; a symbolic link is never written through, with or without
 * --force; the file appears whole or not at all (the game's one atomic
 * writer, src/files/atomic.ts); every failure is one ExportFileError naming
 * the path and the reason.
 */
import { resolve } from "node:path";
import { AtomicWriteError, writeFileAtomic } from "../files/atomic.js";
import { type ExportFileCode, ExportFileError } from "./errors.js";

/**
 * An export is a document the player asked for at a path of their choosing,
 * to open in a browser or an editor or to share, like any file they make
 * themselves: readable by others as the umask allows (saves, which hold the
 * game's private state, are 0600).
 */
const EXPORT_FILE_MODE = 0o644;

/** How an export file is written. */
interface WriteExportOptions {
  /** Replace an existing regular file. Never allows writing through a symbolic link. */
  force?: boolean;
}

const SYSTEM_WORDS: Record<string, [ExportFileCode, string]> = {
  EACCES: ["permission", "permission denied"],
  EPERM: ["permission", "permission denied"],
  EROFS: ["read-only", "the file system is read-only"],
  ENOSPC: ["disk-full", "the disk is full"],
  EDQUOT: ["disk-full", "the disk quota is used up"],
  ENOENT: ["no-folder", "the folder does not exist"],
  ENOTDIR: ["no-folder", "a part of the path is not a folder"],
  ENAMETOOLONG: ["bad-path", "the name is too long"],
  EISDIR: ["not-a-file", "it is a folder"],
  ELOOP: ["symlink", "it is a symbolic link"],
};

/** Turns a failed write into the export error a player can act on. */
function explain(err: unknown, path: string): ExportFileError {
  if (!(err instanceof AtomicWriteError)) {
    const reason = err instanceof Error ? err.message : String(err);
    return new ExportFileError(`cannot write ${path}: writing failed (${reason})`, "io", path);
  }
  switch (err.failure) {
    case "symlink":
      return new ExportFileError(
        `refusing to write ${path}: it is a symbolic link, and exports never write through links`,
        "symlink",
        path,
      );
    case "not-a-file": {
      const what = err.isFolder ? "it is a folder" : "it is not a regular file";
      return new ExportFileError(`refusing to write ${path}: ${what}`, "not-a-file", path);
    }
    case "exists":
      return new ExportFileError(`${path} already exists; use --force to replace it`, "exists", path);
    case "short-write":
      return new ExportFileError(`cannot write ${path}: the disk is full (${err.message})`, "disk-full", path);
    case "system": {
      const known = err.code ? SYSTEM_WORDS[err.code] : undefined;
      if (known) return new ExportFileError(`cannot write ${path}: ${known[1]}`, known[0], path);
      return new ExportFileError(`cannot write ${path}: writing failed (${err.message})`, "io", path);
    }
  }
}

/**
 * Writes `content` to `path` as a whole file. Refuses an existing file
 * unless `force`, and a symbolic link always. Throws ExportFileError; on
 * any failure nothing is left at `path` that was not there before, and no
 * temporary file is left beside it.
 */
export function writeExportFile(path: string, content: string, opts: WriteExportOptions = {}): void {
  if (path === "" || path.includes("\0")) {
    throw new ExportFileError(`cannot write "${path.replace(/\0/g, "\\0")}": not a usable file name`, "bad-path", path);
  }
  try {
    writeFileAtomic(resolve(path), Buffer.from(content, "utf8"), {
      mode: EXPORT_FILE_MODE,
      noClobber: opts.force !== true,
    });
  } catch (err) {
    throw explain(err, path);
  }
}
