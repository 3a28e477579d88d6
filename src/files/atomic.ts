/**
 * The atomic, durable file writer behind every save, settings file and export.
 *
 * Owns: getting new bytes onto disk without ever exposing a half-written
 * file. The sequence: refuse a symbolic link or non-file at the target (and
 * any existing file when it must not clobber); create an exclusive temp file
 * (O_EXCL, O_NOFOLLOW, the caller's mode) beside it; write every byte,
 * failing on a write that makes no progress; fsync; check the size on disk;
 * keep the previous version as `<name>.bak` when asked (a hard link, or a
 * copy where links are not allowed); rename over the target (or link, when
 * it must not clobber); fsync the directory. Any failure before the rename
 * removes the temp file and leaves the target byte-identical. Failures are
 * AtomicWriteError; callers put them in their own words.
 */
import { constants, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { nodeCrypto } from "./builtins.js";
import { errCode, type FsOps, lstatOrNull, O_NOFOLLOW, realFs, removeQuietly } from "./fs-ops.js";

/** Suffix of the writer's temp files; readers and listings skip them. */
export const TEMP_SUFFIX = ".tmp";

/**
 * What went wrong: the target is a symbolic link, is not a regular file
 * (`isFolder` says whether it is a folder), already exists (with
 * `noClobber`), the disk took fewer bytes than it was given, or a system
 * call failed (`code` is its error code).
 */
export type AtomicFailure = "symlink" | "not-a-file" | "exists" | "short-write" | "system";

/** A write that did not happen; the target is as it was. */
export class AtomicWriteError extends Error {
  override name = "AtomicWriteError";
  constructor(
    message: string,
    readonly failure: AtomicFailure,
    readonly target: string,
    /** A file was there before (and still is, unchanged). */
    readonly replacing: boolean,
    /** The system error code, for `system` (and `exists` found by the link). */
    readonly code?: string,
    /** For `not-a-file`: the target is a folder. */
    readonly isFolder = false,
  ) {
    super(message);
  }
}

export interface AtomicWriteOptions {
  /** Permissions of the new file (before the umask). */
  mode: number;
  /** Keep the file being replaced as `<target>.bak` (with the same mode). */
  backup?: boolean;
  /** Refuse (failure `exists`) instead of replacing an existing target. */
  noClobber?: boolean;
  /** The file-system calls to make (tests put failures here). */
  fs?: FsOps;
}

/** Makes a temp file name beside `target` that no other writer will choose. */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString("hex")}${TEMP_SUFFIX}`,
  );
}

/** Codes with which a file system says it has no hard links. */
const NO_LINKS = ["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "EMLINK", "ENOSYS"];

function refuseExisting(target: string, existing: Stats | null, noClobber: boolean): void {
  if (!existing) return;
  if (existing.isSymbolicLink()) {
    throw new AtomicWriteError(`${target} is a symbolic link`, "symlink", target, true);
  }
  if (!existing.isFile()) {
    const folder = existing.isDirectory();
    const what = folder ? "a folder" : "not a regular file";
    throw new AtomicWriteError(`${target} is ${what}`, "not-a-file", target, true, undefined, folder);
  }
  if (noClobber) throw new AtomicWriteError(`${target} already exists`, "exists", target, true, "EEXIST");
}

/**
 * Writes `bytes` to `target` atomically and durably and returns the new
 * file's stats. Throws AtomicWriteError; on any failure before the final
 * rename the target is untouched and no temp file is left.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array, opts: AtomicWriteOptions): Stats {
  const ops = opts.fs ?? realFs;
  const noClobber = opts.noClobber === true;
  let existing: Stats | null = null;
  try {
    existing = lstatOrNull(ops, target);
  } catch (err) {
    throw systemFailure(err, target, false);
  }
  refuseExisting(target, existing, noClobber);

  const temp = tempPathFor(target);
  let fd: number | null = null;
  let written: Stats;
  try {
    fd = ops.openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, opts.mode);
    let done = 0;
    while (done < bytes.length) {
      const n = ops.writeSync(fd, bytes, done, bytes.length - done);
      if (!(n > 0)) {
        throw new AtomicWriteError(
          `short write: ${done} of ${bytes.length} bytes`,
          "short-write",
          target,
          existing != null,
        );
      }
      done += n;
    }
    ops.fsyncSync(fd);
    written = ops.fstatSync(fd);
    if (written.size !== bytes.length) {
      throw new AtomicWriteError(
        `only ${written.size} of ${bytes.length} bytes reached the disk`,
        "short-write",
        target,
        existing != null,
      );
    }
    ops.closeSync(fd);
    fd = null;
    if (existing && opts.backup) keepBackup(ops, target, opts.mode);
    if (noClobber) placeWithoutClobbering(ops, temp, target);
    else ops.renameSync(temp, target);
  } catch (err) {
    if (fd != null) {
      try {
        ops.closeSync(fd);
      } catch {
        // The descriptor is gone either way; the temp file is removed next.
      }
    }
    removeQuietly(ops, temp);
    if (err instanceof AtomicWriteError) throw err;
    throw systemFailure(err, target, existing != null);
  }
  syncDir(ops, dirname(target));
  // The renamed file is the temp file: same inode, size and modification time.
  return written;
}

/** Moves `temp` to `target` only if nothing is at `target`: link() fails if anything has appeared there. */
function placeWithoutClobbering(ops: FsOps, temp: string, target: string): void {
  try {
    ops.linkSync(temp, target);
  } catch (err) {
    if (!NO_LINKS.includes(errCode(err) ?? "")) throw err;
    // File systems without hard links: look once more, then rename.
    refuseExisting(target, lstatOrNull(ops, target), true);
    ops.renameSync(temp, target);
    return;
  }
  removeQuietly(ops, temp);
}

/** Points `<target>.bak` at the current target's bytes, replacing any older backup atomically. */
function keepBackup(ops: FsOps, target: string, mode: number): void {
  const bak = `${target}.bak`;
  const staging = tempPathFor(bak);
  try {
    ops.linkSync(target, staging);
  } catch (err) {
    // Some file systems (FAT, some network mounts) have no hard links: copy instead.
    if (!NO_LINKS.includes(errCode(err) ?? "")) throw err;
    ops.copyFileSync(target, staging, constants.COPYFILE_EXCL);
    ops.chmodSync(staging, mode);
  }
  try {
    ops.renameSync(staging, bak);
  } catch (err) {
    removeQuietly(ops, staging);
    throw err;
  }
}

function systemFailure(err: unknown, target: string, replacing: boolean): AtomicWriteError {
  const code = errCode(err);
  const failure = code === "EEXIST" ? "exists" : "system";
  const detail = err instanceof Error ? err.message : String(err);
  return new AtomicWriteError(detail, failure, target, replacing, code);
}

/** fsyncs a directory so a rename in it survives a power cut. Not possible on every platform; skipped there. */
export function syncDir(ops: FsOps, dir: string): void {
  let fd: number | null = null;
  try {
    fd = ops.openSync(dir, constants.O_RDONLY);
    ops.fsyncSync(fd);
  } catch {
    // Windows cannot open directories and some file systems refuse fsync on them (EINVAL):
    // the rename itself is still atomic there.
  } finally {
    if (fd != null) {
      try {
        ops.closeSync(fd);
      } catch {
        // Already closed.
      }
    }
  }
}
