/**
 * Writing an export file without surprises: the only file-system code in
 * the transcript area.
 *
 * Owns: the rules for an export's destination. An existing file is kept
 * unless the player asked for --force; a symbolic link is never written
 * through, with or without --force; the file appears whole or not at all
 * (written to a temporary file beside it, flushed, then moved into place);
 * and every failure is one ExportFileError naming the path and the reason.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { type ExportFileCode, ExportFileError } from "./errors.js";

/** How an export file is written. */
export interface WriteExportOptions {
  /** Replace an existing regular file. Never allows writing through a symbolic link. */
  force?: boolean;
}

function codeOf(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : undefined;
}

/** Turns a file-system error into the export error a player can act on. */
function explain(err: unknown, path: string, doing: string): ExportFileError {
  const code = codeOf(err);
  const table: Record<string, [ExportFileCode, string]> = {
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
  const known = code ? table[code] : undefined;
  if (known) return new ExportFileError(`cannot write ${path}: ${known[1]}`, known[0], path);
  const reason = err instanceof Error ? err.message : String(err);
  return new ExportFileError(`cannot write ${path}: ${doing} failed (${reason})`, "io", path);
}

/** Why `path` may not be written, or null when it may. Does not follow a symbolic link at `path`. */
function checkDestination(path: string, force: boolean): ExportFileError | null {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch (err) {
    if (codeOf(err) === "ENOENT") return null;
    return explain(err, path, "checking the file");
  }
  if (stat.isSymbolicLink()) {
    return new ExportFileError(
      `refusing to write ${path}: it is a symbolic link, and exports never write through links`,
      "symlink",
      path,
    );
  }
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? "it is a folder" : "it is not a regular file";
    return new ExportFileError(`refusing to write ${path}: ${what}`, "not-a-file", path);
  }
  if (!force) {
    return new ExportFileError(`${path} already exists; use --force to replace it`, "exists", path);
  }
  return null;
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
  const target = resolve(path);
  const force = opts.force === true;
  const refused = checkDestination(target, force);
  if (refused) throw refused;

  const dir = dirname(target);
  const temp = resolve(dir, `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number;
  try {
    // O_EXCL and O_NOFOLLOW: the temporary name is ours alone, and never a link someone planted.
    fd = openSync(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW, 0o644);
  } catch (err) {
    throw explain(err, path, "creating a temporary file");
  }
  try {
    try {
      const buffer = Buffer.from(content, "utf8");
      let written = 0;
      while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (force) {
      // rename replaces a link itself, never its target; check again in case one appeared meanwhile.
      const late = checkDestination(target, true);
      if (late) throw late;
      renameSync(temp, target);
    } else {
      // link() fails if anything at all has appeared at the path since the check: no clobbering.
      try {
        linkSync(temp, target);
      } catch (err) {
        const code = codeOf(err);
        if (code === "EEXIST") {
          const late = checkDestination(target, false) ?? explain(err, path, "moving the file into place");
          throw late;
        }
        // File systems without hard links: check once more, then rename.
        if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "EXDEV") {
          const late = checkDestination(target, false);
          if (late) throw late;
          renameSync(temp, target);
        } else {
          throw err;
        }
      }
      try {
        unlinkSync(temp);
      } catch {
        // The export is in place; a leftover temporary name is harmless and hidden.
      }
    }
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone (moved into place or never created).
    }
    if (err instanceof ExportFileError) throw err;
    throw explain(err, path, "writing");
  }
}
