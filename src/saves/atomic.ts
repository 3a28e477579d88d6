/**
 * The atomic, durable file writer behind every save and export.
 *
 * Owns: getting new bytes onto disk without ever exposing a half-written
 * file. The sequence: refuse a symlink or non-file at the target; create an
 * exclusive temp file (mode 0600, O_NOFOLLOW) beside it; write every byte and
 * check the count; fsync; check the size on disk; keep the previous version
 * as `<name>.bak` (a hard link, or a copy where links are not allowed);
 * rename over the target (or link, when it must not clobber); fsync the
 * directory. Any failure before the rename removes the temp file and leaves
 * the target byte-identical.
 */
import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SaveWriteError, type WriteFailure } from "./errors.js";
import { errCode, type FsOps, lstatOrNull, O_NOFOLLOW, removeQuietly } from "./fs-ops.js";

/** Suffix of the writer's temp files; readers and listings skip them. */
export const TEMP_SUFFIX = ".tmp";

export interface AtomicWriteOptions {
  /** How the failure message names what was being saved (`"autosave"`, `the export`). */
  label: string;
  /** Slot recorded in a SaveWriteError. */
  slot: string;
  /** Keep the file being replaced as `<target>.bak`. */
  backup?: boolean;
  /** Fail with EEXIST instead of replacing an existing target. */
  noClobber?: boolean;
  /** What a failure message says about the file that was not replaced. */
  previousWords?: string;
}

/** Makes a temp file name beside `target` that no other writer will choose. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`);
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

/**
 * Writes `bytes` to `target` atomically and durably and returns the new
 * file's stats. Throws SaveWriteError; on any failure before the final
 * rename the target is untouched.
 */
export function writeFileAtomic(ops: FsOps, target: string, bytes: Uint8Array, opts: AtomicWriteOptions): Stats {
  const dir = dirname(target);
  let existing: ReturnType<typeof lstatOrNull>;
  try {
    existing = lstatOrNull(ops, target);
  } catch (err) {
    throw toWriteError(err, target, opts, false);
  }
  const intact = existing ? ` (${opts.previousWords ?? "the previous save is intact"})` : "";
  if (existing?.isSymbolicLink()) {
    throw new SaveWriteError(
      `refused: ${target} is a symbolic link; ${opts.label} was not saved (the link and its target are untouched)`,
      opts.slot,
      "symlink",
      target,
    );
  }
  if (existing && !existing.isFile()) {
    throw new SaveWriteError(
      `refused: ${target} is not a regular file; ${opts.label} was not saved`,
      opts.slot,
      "not-a-file",
      target,
    );
  }

  const temp = tempPathFor(target);
  let fd: number | null = null;
  let written: Stats;
  try {
    fd = ops.openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, 0o600);
    let done = 0;
    while (done < bytes.length) {
      const n = ops.writeSync(fd, bytes, done, bytes.length - done);
      if (!(n > 0)) {
        throw new SaveWriteError(
          `disk full (short write: ${done} of ${bytes.length} bytes): ${opts.label} was not saved${intact}`,
          opts.slot,
          "short-write",
          target,
        );
      }
      done += n;
    }
    ops.fsyncSync(fd);
    written = ops.fstatSync(fd);
    const size = written.size;
    if (size !== bytes.length) {
      throw new SaveWriteError(
        `disk full (only ${size} of ${bytes.length} bytes reached the disk): ${opts.label} was not saved${intact}`,
        opts.slot,
        "short-write",
        target,
      );
    }
    ops.closeSync(fd);
    fd = null;
    if (existing && opts.backup) keepBackup(ops, target);
    if (opts.noClobber) {
      ops.linkSync(temp, target);
      removeQuietly(ops, temp);
    } else {
      ops.renameSync(temp, target);
    }
  } catch (err) {
    if (fd != null) {
      try {
        ops.closeSync(fd);
      } catch {
        // The descriptor is gone either way; the temp file is removed next.
      }
    }
    removeQuietly(ops, temp);
    throw toWriteError(err, target, opts, existing != null);
  }
  syncDir(ops, dir);
  // The renamed file is the temp file: same inode, size and modification time.
  return written;
}

/** Points `<target>.bak` at the current target's bytes, replacing any older backup atomically. */
function keepBackup(ops: FsOps, target: string): void {
  const bak = `${target}.bak`;
  const staging = tempPathFor(bak);
  try {
    ops.linkSync(target, staging);
  } catch (err) {
    // Some file systems (FAT, some network mounts) have no hard links: copy instead.
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "EMLINK", "ENOSYS"].includes(errCode(err) ?? "")) throw err;
    ops.copyFileSync(target, staging, constants.COPYFILE_EXCL);
    ops.chmodSync(staging, 0o600);
  }
  try {
    ops.renameSync(staging, bak);
  } catch (err) {
    removeQuietly(ops, staging);
    throw err;
  }
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

/** Turns any error from a write into a SaveWriteError that says what was not saved. */
export function toWriteError(
  err: unknown,
  target: string,
  opts: AtomicWriteOptions,
  hadPrevious: boolean,
): SaveWriteError {
  if (err instanceof SaveWriteError) return err;
  const code = errCode(err);
  if (opts.noClobber && code === "EEXIST") {
    return new SaveWriteError(`${target} already exists; ${opts.label} was not written`, opts.slot, "io", target, code);
  }
  const { reason, words } = failure(code);
  const tail = hadPrevious ? ` (${opts.previousWords ?? "the previous save is intact"})` : "";
  return new SaveWriteError(`${words}: ${opts.label} was not saved${tail}`, opts.slot, reason, target, code);
}
