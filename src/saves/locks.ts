/**
 * Slot locks: one running game per slot.
 *
 * Owns: `<slot>.json.lock` files. A game claims a slot the first time it
 * writes it and holds the claim until it releases it or exits, so a second
 * game started at the same time is told the slot is in use instead of
 * silently replacing the first game's save. A lock records the pid, host,
 * an owner token (one per SaveStore), the time, and when its process
 * started. It is stale when its process is gone, when its pid now belongs
 * to a process that started at another time (the pid was reused), or when
 * it predates the last boot (same host); when it cannot be read and is more
 * than a minute old; or when it comes from another host and is more than
 * twelve hours old. Locks are removed on normal exit; a killed game's
 * locks are recognised as stale by the next game.
 */

import { constants, readFileSync, unlinkSync } from "node:fs";
import { tempPathFor } from "../files/atomic.js";
import { nodeChildProcess, nodeCrypto, nodeOs } from "../files/builtins.js";
import { errCode, type FsOps, removeQuietly } from "../files/fs-ops.js";
import { isJsonObject, readUntrustedJson } from "../text/json.js";
import { SlotInUseError } from "./errors.js";

export const LOCK_SUFFIX = ".lock";
const UNREADABLE_STALE_MS = 60_000;
const OTHER_HOST_STALE_MS = 12 * 60 * 60 * 1000;

interface LockRecord {
  pid: number;
  host: string;
  owner: string;
  since: string;
  /** When the process started (processStartToken), or null when that could not be told. */
  start: string | null;
}

// Lock files this process holds, removed on exit (every SaveStore's claims).
const heldByProcess = new Set<string>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const path of heldByProcess) {
      try {
        // The real file system, whatever FsOps the stores were given: the hook is process-wide.
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
  });
}

/** True when a process with this id is running (or exists under another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errCode(err) === "EPERM";
  }
}

/**
 * When process `pid` started, as a token that differs when the pid has been
 * given to another process: on Linux its start time in clock ticks since
 * boot (field 22 of /proc/PID/stat); elsewhere (no /proc) the start time
 * `ps -o lstart=` prints. Null when the process is gone or neither can tell.
 */
export function processStartToken(pid: number): string | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const ticks = stat
      .slice(stat.lastIndexOf(")") + 2)
      .split(" ")
      .at(19);
    if (ticks && /^\d+$/.test(ticks)) return `proc:${ticks}`;
    return null;
  } catch (err) {
    if (errCode(err) === "ENOENT" && process.platform === "linux") return null;
  }
  if (process.platform === "win32") return null;
  try {
    const out = nodeChildProcess()
      .execFileSync("ps", ["-o", "lstart=", "-p", String(pid)], {
        encoding: "utf8",
        timeout: 1000,
        stdio: ["ignore", "pipe", "ignore"],
      })
      .trim();
    return out ? `ps:${out}` : null;
  } catch {
    return null;
  }
}

let ownStart: string | null | undefined;
/** This process's start token, worked out once. */
function ownStartToken(): string | null {
  if (ownStart === undefined) ownStart = processStartToken(process.pid);
  return ownStart;
}

export class SlotLocks {
  #owner: string | null = null;
  /** This store's token in the locks it writes (made on first use: the title screen writes none). */
  get owner(): string {
    this.#owner ??= nodeCrypto().randomBytes(8).toString("hex");
    return this.#owner;
  }
  #held = new Set<string>();

  constructor(
    private readonly ops: FsOps,
    private readonly lockPath: (slot: string) => string,
  ) {}

  /** True when this store holds the slot. */
  holds(slot: string): boolean {
    return this.#held.has(slot);
  }

  /** Claims `slot` for this store; throws SlotInUseError when another live game holds it. */
  claim(slot: string): void {
    if (this.#held.has(slot)) return;
    const path = this.lockPath(slot);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (this.#tryCreate(path)) {
        this.#held.add(slot);
        heldByProcess.add(path);
        installExitHook();
        return;
      }
      const holder = this.#read(path);
      if (holder === "gone") continue;
      if (holder.record?.owner === this.owner) {
        this.#held.add(slot);
        return;
      }
      if (!this.#stale(holder)) {
        const pid = holder.record?.pid ?? null;
        const who =
          pid != null
            ? ` (process ${pid}${holder.record?.host !== nodeOs().hostname() ? ` on ${holder.record?.host}` : ""})`
            : "";
        throw new SlotInUseError(
          `the save slot "${slot}" is in use by another First Contact game${who}; save to another slot or close that game`,
          slot,
          pid,
        );
      }
      removeQuietly(this.ops, path);
    }
    throw new SlotInUseError(`the save slot "${slot}" is in use by another First Contact game`, slot, null);
  }

  /** Returns the live holder of `slot` other than this store, or null. */
  heldByOther(slot: string): LockRecord | null {
    if (this.#held.has(slot)) return null;
    const holder = this.#read(this.lockPath(slot));
    if (holder === "gone" || this.#stale(holder)) return null;
    return holder.record ?? { pid: 0, host: "", owner: "", since: "", start: null };
  }

  /** Releases one slot this store holds. */
  release(slot: string): void {
    if (!this.#held.delete(slot)) return;
    const path = this.lockPath(slot);
    heldByProcess.delete(path);
    const holder = this.#read(path);
    if (holder !== "gone" && holder.record?.owner === this.owner) removeQuietly(this.ops, path);
  }

  /** Releases every slot this store holds. */
  releaseAll(): void {
    for (const slot of [...this.#held]) this.release(slot);
  }

  /**
   * Creates the lock file whole or not at all: the record is written to a
   * temp file, then hard-linked to the lock's name (link fails if the name
   * exists, like O_EXCL). A game killed mid-claim leaves only a temp file,
   * never an empty lock that would look held.
   */
  #tryCreate(path: string): boolean {
    const record: LockRecord = {
      pid: process.pid,
      host: nodeOs().hostname(),
      owner: this.owner,
      since: new Date().toISOString(),
      start: ownStartToken(),
    };
    const temp = tempPathFor(path);
    const fd = this.ops.openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      const bytes = Buffer.from(JSON.stringify(record));
      let written = 0;
      while (written < bytes.length) {
        const n = this.ops.writeSync(fd, bytes, written, bytes.length - written);
        if (!(n > 0)) throw Object.assign(new Error("short write"), { code: "ENOSPC" });
        written += n;
      }
    } catch (err) {
      this.ops.closeSync(fd);
      removeQuietly(this.ops, temp);
      throw err;
    }
    this.ops.closeSync(fd);
    try {
      this.ops.linkSync(temp, path);
      return true;
    } catch (err) {
      if (errCode(err) === "EEXIST") return false;
      throw err;
    } finally {
      removeQuietly(this.ops, temp);
    }
  }

  #read(path: string): "gone" | { record: LockRecord | null; mtimeMs: number } {
    let fd: number;
    try {
      fd = this.ops.openSync(path, constants.O_RDONLY);
    } catch (err) {
      if (errCode(err) === "ENOENT") return "gone";
      throw err;
    }
    try {
      const stat = this.ops.fstatSync(fd);
      const buf = Buffer.alloc(Math.min(stat.size, 4096));
      const n = this.ops.readSync(fd, buf, 0, buf.length, 0);
      let record: LockRecord | null = null;
      try {
        const raw = readUntrustedJson(buf.subarray(0, n).toString("utf8"), { maxBytes: 4096, maxDepth: 2 });
        const parsed: Partial<LockRecord> = isJsonObject(raw) ? raw : {};
        if (typeof parsed.pid === "number" && typeof parsed.host === "string" && typeof parsed.owner === "string") {
          record = {
            pid: parsed.pid,
            host: parsed.host,
            owner: parsed.owner,
            since: String(parsed.since ?? ""),
            start: typeof parsed.start === "string" ? parsed.start : null,
          };
        }
      } catch {
        record = null;
      }
      return { record, mtimeMs: stat.mtimeMs };
    } finally {
      this.ops.closeSync(fd);
    }
  }

  #stale(holder: { record: LockRecord | null; mtimeMs: number }): boolean {
    const age = Date.now() - holder.mtimeMs;
    // Locks are created whole (see #tryCreate), so an unreadable one is junk; the grace period
    // covers locks written by older builds or copied in by hand.
    if (!holder.record) return age > UNREADABLE_STALE_MS;
    if (holder.record.host === nodeOs().hostname()) {
      // A lock older than the last boot belongs to a process that is gone, even if its pid
      // has since been given to another program.
      const since = Date.parse(holder.record.since);
      if (!Number.isNaN(since) && since < Date.now() - nodeOs().uptime() * 1000 - 60_000) return true;
      if (!processAlive(holder.record.pid)) return true;
      // The pid is in use: by the game that wrote the lock, or by a process that was given its pid later.
      const recorded = holder.record.start;
      if (!recorded) return false;
      const now = processStartToken(holder.record.pid);
      return now != null && now.split(":")[0] === recorded.split(":")[0] && now !== recorded;
    }
    return age > OTHER_HOST_STALE_MS;
  }
}
