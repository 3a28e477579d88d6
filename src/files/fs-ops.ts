/**
 * The file-system calls the game makes when it writes, gathered in one object.
 *
 * Owns: the seam where tests put failures (a full disk, a short write, a
 * read-only directory) under the real writer. Saves, settings and exports reach
 * the disk through an FsOps; production uses `realFs`, the synchronous
 * node:fs calls (synchronous so a SIGTERM handler can still save).
 */
// Named imports: a namespace import is copied property by property in the CommonJS bundle, before the title.
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from "node:fs";

export interface FsOps {
  openSync(path: string, flags: number | string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fsyncSync(fd: number): void;
  fstatSync(fd: number): Stats;
  closeSync(fd: number): void;
  lstatSync(path: string): Stats;
  renameSync(from: string, to: string): void;
  linkSync(existing: string, newPath: string): void;
  unlinkSync(path: string): void;
  copyFileSync(from: string, to: string, mode?: number): void;
  mkdirSync(path: string, opts: { recursive: true; mode: number }): string | undefined;
  chmodSync(path: string, mode: number): void;
  readdirSync(path: string): string[];
}

/** The real file system. */
export const realFs: FsOps = {
  openSync: (p, flags, mode) => openSync(p, flags, mode),
  writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  readSync: (fd, buffer, offset, length, position) => readSync(fd, buffer, offset, length, position),
  fsyncSync: (fd) => fsyncSync(fd),
  fstatSync: (fd) => fstatSync(fd),
  closeSync: (fd) => closeSync(fd),
  lstatSync: (p) => lstatSync(p),
  renameSync: (a, b) => renameSync(a, b),
  linkSync: (a, b) => linkSync(a, b),
  unlinkSync: (p) => unlinkSync(p),
  copyFileSync: (a, b, mode) => copyFileSync(a, b, mode),
  mkdirSync: (p, opts) => mkdirSync(p, opts),
  chmodSync: (p, mode) => chmodSync(p, mode),
  readdirSync: (p) => readdirSync(p),
};

/** O_NOFOLLOW where the platform has it (not on Windows, where lstat checks stand in). */
export const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** The error code of a Node system error, or undefined. */
export function errCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err && typeof err.code === "string"
    ? err.code
    : undefined;
}

/** lstat that returns null when nothing is there. */
export function lstatOrNull(ops: FsOps, path: string): Stats | null {
  try {
    return ops.lstatSync(path);
  } catch (err) {
    if (errCode(err) === "ENOENT") return null;
    throw err;
  }
}

/** Removes a file, ignoring "not there" and any error: used only for cleanup of our own temp files. */
export function removeQuietly(ops: FsOps, path: string): void {
  try {
    ops.unlinkSync(path);
  } catch {
    // Nothing to do: a leftover temp file is ignored by every reader and swept later.
  }
}
