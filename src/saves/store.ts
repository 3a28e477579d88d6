/**
 * The save directory: one file per slot, and everything kept beside them.
 *
 * Owns: `<dir>/<slot>.json` and its companions — `.bak` (the previous
 * version), `.pre-<hash8>` (the last save made on an older story, kept when a
 * migrated game first saves over it), `.damaged-<time>` (a file that could
 * not be loaded, kept before anything replaced it), `.lock` (the running game
 * that holds the slot) and the writer's dot-prefixed temp files. Saves are
 * data only: nothing here is ever executed or loaded as a story.
 *
 * Never prints; every failure is a SaveError subclass naming the file and
 * the reason. Synchronous throughout, so a SIGTERM handler can save.
 */

import { constants, type Stats } from "node:fs";
import { join, resolve } from "node:path";
import { syncDir, TEMP_SUFFIX } from "../files/atomic.js";
import { errCode, type FsOps, lstatOrNull, O_NOFOLLOW, realFs, removeQuietly } from "../files/fs-ops.js";
import { fileStamp } from "../text/time.js";
import { type LoadFailure, SaveError, SaveLoadError, SaveWriteError, SlotExistsError } from "./errors.js";
import { glanceSave, MAX_SAVE_BYTES, type ParseOptions, type SaveGlance, serializeSave } from "./format.js";
import { LOCK_SUFFIX, processAlive, SlotLocks } from "./locks.js";
import { autosaveSlotFor, checkSlotName, hasAutosaveName, isAutosaveSlot, slotNameProblem } from "./slot-name.js";
import type { SaveEnvelope, SaveFile } from "./types.js";
import { SAVE_FILE_MODE, toWriteError, writeSaveFile } from "./write.js";

/** A slot as a save list shows it. */
export type SlotInfo =
  | {
      slot: string;
      ok: true;
      chapter: string | null;
      scene: string | null;
      lastLine: string | null;
      turns: number;
      playMillis: number;
      savedAt: string;
      storyHash: string;
      storyTitle: string;
      /** True when the installed story has changed since this save was made (loading replays it). */
      migrated: boolean;
      /** The ending reached, when the playthrough is over. */
      ending: string | null;
      /** True when the playthrough has reached the story's end (an ending, or a placeholder). */
      ended: boolean;
      /** The placeholder the story stopped at (waiting for the next chapter), when it did. */
      placeholder: string | null;
      /** The playthrough's id. */
      playthrough: string;
      /** True when this slot is an autosave (its playthrough's own, or one an older build wrote), not a named slot. */
      autosave: boolean;
      gameVersion: string;
    }
  | {
      slot: string;
      ok: false;
      /** Why it cannot be loaded, in words, including where its bytes were kept. */
      reason: string;
      kind: LoadFailure;
      /** The file's modification time (ms), when it could be read. */
      mtimeMs: number | null;
    };

type GoodSlot = Extract<SlotInfo, { ok: true }>;
type BadSlot = Extract<SlotInfo, { ok: false }>;

/** Sort order of loadable slots: the most recently saved first. */
function newestFirst(a: GoodSlot, b: GoodSlot): number {
  return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
}

export interface SaveStoreOptions {
  /** The installed story: saves for other stories are refused, and `migrated` is worked out against its hash. */
  story?: { id: string; hash: string };
  /** File-system calls (tests inject failures here). */
  fs?: FsOps;
  /** Largest save read or written, in bytes. */
  maxBytes?: number;
}

/** Load failures that mean the file itself is broken (its bytes are kept aside when seen). */
const DAMAGED: ReadonlySet<LoadFailure> = new Set(["not-json", "too-deep", "forbidden-key", "shape", "too-large"]);

/** A file's identity, as the store tells a changed file: inode, size and modification time. */
type FileIdentity = Pick<Stats, "ino" | "size" | "mtimeMs">;

/** True when `known` is the identity of `now`'s file, unchanged. */
function sameFile(known: FileIdentity | null | undefined, now: FileIdentity): boolean {
  return known != null && known.ino === now.ino && known.size === now.size && known.mtimeMs === now.mtimeMs;
}

/** What the store knows of a slot's file: whether it loads, and its story's hash. */
interface Known extends FileIdentity {
  ok: boolean;
  hash: string | null;
}

/** A save file read, and the file's identity when it was read. */
interface LastRead extends FileIdentity {
  slot: string;
  glance: SaveGlance;
  /** The whole save, once it has been checked in full. */
  save?: SaveFile;
}

/**
 * Reads and checks one save file: lstat (a symlink is refused), open with
 * O_NOFOLLOW, fstat size limit before reading, then parseSave's checks.
 */
export function readSaveFile(
  ops: FsOps,
  file: string,
  opts: ParseOptions & { maxBytes?: number } = {},
): { save: SaveFile; stat: Stats } {
  const { glance, stat } = glanceSaveFile(ops, file, opts);
  return { save: glance.finish(), stat };
}

/** Reads one save file as `readSaveFile` does, checked only as far as its envelope (see `glanceSave`). */
function glanceSaveFile(
  ops: FsOps,
  file: string,
  opts: ParseOptions & { maxBytes?: number } = {},
): { glance: SaveGlance; stat: Stats } {
  const max = opts.maxBytes ?? MAX_SAVE_BYTES;
  const fail = (reason: LoadFailure, words: string) => new SaveLoadError(`${file} ${words}`, file, reason);
  let link: Stats | null;
  try {
    link = lstatOrNull(ops, file);
  } catch (err) {
    throw fail("io", `could not be read (${errCode(err) ?? String(err)})`);
  }
  if (!link) throw fail("missing", "does not exist");
  if (link.isSymbolicLink()) throw fail("symlink", "is a symbolic link; it was not followed");
  if (!link.isFile()) throw fail("not-a-file", "is not a regular file");
  let fd: number;
  try {
    fd = ops.openSync(file, constants.O_RDONLY | O_NOFOLLOW);
  } catch (err) {
    const code = errCode(err);
    if (code === "ELOOP") throw fail("symlink", "is a symbolic link; it was not followed");
    if (code === "ENOENT") throw fail("missing", "does not exist");
    throw fail("io", `could not be read (${code ?? String(err)})`);
  }
  let bytes: Buffer;
  let stat: Stats;
  try {
    stat = ops.fstatSync(fd);
    if (!stat.isFile()) throw fail("not-a-file", "is not a regular file");
    if (stat.size > max) {
      throw fail("too-large", `is too large to be a save (${stat.size} bytes; the limit is ${max})`);
    }
    bytes = Buffer.alloc(stat.size);
    let got = 0;
    while (got < bytes.length) {
      const n = ops.readSync(fd, bytes, got, bytes.length - got, got);
      if (n <= 0) break;
      got += n;
    }
    bytes = bytes.subarray(0, got);
  } catch (err) {
    if (err instanceof SaveLoadError) throw err;
    throw fail("io", `could not be read (${errCode(err) ?? String(err)})`);
  } finally {
    ops.closeSync(fd);
  }
  return { glance: glanceSave(bytes.toString("utf8"), file, opts), stat };
}

/** A save directory. One instance per running game: its slot claims are that game's. */
export class SaveStore {
  readonly dir: string;
  #ops: FsOps;
  #story: { id: string; hash: string } | undefined;
  #max: number;
  #locks: SlotLocks;
  #known = new Map<string, Known>();
  /**
   * The last save read, as long as its file is unchanged (the title's
   * Continue entry, then Continue itself): its envelope, and the whole save
   * once it has been checked in full.
   */
  #lastRead: LastRead | null = null;
  #dirReady = false;

  constructor(dir: string, opts: SaveStoreOptions = {}) {
    this.dir = resolve(dir);
    this.#ops = opts.fs ?? realFs;
    this.#story = opts.story;
    this.#max = opts.maxBytes ?? MAX_SAVE_BYTES;
    this.#locks = new SlotLocks(this.#ops, (slot) => `${this.#file(slot)}${LOCK_SUFFIX}`);
  }

  /** The file a slot lives in (after checking the name). */
  pathOf(slot: string): string {
    return this.#file(checkSlotName(slot));
  }

  /**
   * Writes `save` to `slot` atomically (see atomic.ts), keeping the previous
   * version as `<slot>.json.bak`. Claims the slot for this game first: throws
   * SlotInUseError when another running game holds it. Throws SaveWriteError
   * (the previous save intact) when the disk is full, read-only or refuses.
   */
  write(slot: string, save: SaveFile): void {
    this.#write(checkSlotName(slot), save, false);
  }

  /**
   * Writes a playthrough's own autosave (`autosaveSlotFor(save.log.id)`), so
   * two games never share one. Throws SlotInUseError when another running
   * game is playing the same playthrough. Returns the slot used.
   */
  autosave(save: SaveFile): string {
    const slot = autosaveSlotFor(save.log.id);
    this.#write(slot, save, false);
    return slot;
  }

  /** True when another running game holds `slot` (it is playing that slot's game). */
  inUse(slot: string): boolean {
    return this.#locks.heldByOther(checkSlotName(slot)) != null;
  }

  /**
   * Reads a slot, fully checked. Throws SaveLoadError naming the file and the
   * reason. Reading the slot read last again, its file unchanged (same inode,
   * size and modification time), gives the same save without reading it again;
   * the save returned is not to be modified.
   */
  read(slot: string): SaveFile {
    const name = checkSlotName(slot);
    return this.#keepingDamaged(name, () => {
      const last = this.#glanced(name);
      if (!last.save) {
        try {
          last.save = last.glance.finish();
        } catch (err) {
          // Remembered, so that a glance at the file, unchanged, does not offer it again.
          this.#remember(name, last, null);
          throw err;
        }
        this.#remember(name, last, last.save.story.hash);
      }
      return last.save;
    });
  }

  /**
   * A slot's envelope, checked as far as `glanceSave` goes; throws as `read`
   * does. A file whose full check this store has seen fail, unchanged since,
   * is read in full again, so that it fails with its reason.
   */
  #envelope(slot: string): SaveEnvelope {
    const last = this.#keepingDamaged(slot, () => this.#glanced(slot));
    const known = this.#known.get(slot);
    if (known && !known.ok && sameFile(known, last)) return this.read(slot);
    return last.glance.envelope;
  }

  /** The slot read last when its file is unchanged (same inode, size and modification time), or the slot read now. */
  #glanced(name: string): LastRead {
    const file = this.#file(name);
    const last = this.#lastRead;
    if (last?.slot === name) {
      const now = this.#lstatQuietly(file);
      if (now?.isFile() && sameFile(last, now)) return last;
    }
    const { glance, stat } = glanceSaveFile(this.#ops, file, { storyId: this.#story?.id, maxBytes: this.#max });
    this.#lastRead = { slot: name, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, glance };
    return this.#lastRead;
  }

  /** Runs a read of `name`; a file found damaged keeps its bytes aside, and the error says where. */
  #keepingDamaged<T>(name: string, read: () => T): T {
    try {
      return read();
    } catch (err) {
      if (err instanceof SaveLoadError && DAMAGED.has(err.reason)) {
        // Best effort here: on a read-only folder the copy cannot be made, and the
        // load failure is what the player needs to hear. A write keeps it aside for sure.
        let kept: string | null = null;
        try {
          kept = this.#keepAside(name, "damaged");
        } catch {
          kept = null;
        }
        if (kept) throw new SaveLoadError(`${err.message} (its bytes are kept as ${kept})`, err.file, err.reason);
      }
      throw err;
    }
  }

  /**
   * Every slot in the directory, newest first, then the ones that cannot be
   * loaded (with the reason; their bytes are kept aside, never deleted).
   */
  list(): SlotInfo[] {
    const good: GoodSlot[] = [];
    const bad: BadSlot[] = [];
    for (const slot of this.#slots()) {
      const info = this.#info(slot);
      if (info.ok) good.push(info);
      else bad.push(info);
    }
    good.sort(newestFirst);
    return [...good, ...bad];
  }

  /** True when `slot` has a file (loadable or not), so writing it would replace a save. Reads no save. */
  has(slot: string): boolean {
    const name = checkSlotName(slot);
    return this.#lstat(this.#file(name), name) != null;
  }

  /**
   * The slot Continue resumes: the most recently saved one that loads (as
   * `list()` would put it first), and the slots that changed since it was
   * saved but cannot be loaded, so none is passed over in silence. Reads the
   * newest files first and stops as soon as no older file can be newer, so a
   * folder of many saves does not slow the title screen. `slots` counts
   * every slot file, loadable or not, from the same one listing of the folder.
   * With `glance`, each save is checked only as far as its envelope (see
   * `#info`); the full check comes when the save is read.
   */
  latestWithSkipped(opts: { glance?: boolean } = {}): { latest: GoodSlot | null; skipped: BadSlot[]; slots: number } {
    const names = this.#slots();
    const files = names
      .map((slot) => ({ slot, mtimeMs: this.#mtime(slot) ?? Number.POSITIVE_INFINITY }))
      .sort((a, b) => b.mtimeMs - a.mtimeMs);
    let latest: GoodSlot | null = null;
    const bad: BadSlot[] = [];
    for (const { slot, mtimeMs } of files) {
      // A save is written after it is made: a file last changed before the best save's time cannot be newer.
      if (latest && mtimeMs < Date.parse(latest.savedAt)) break;
      const info = this.#info(slot, opts.glance);
      if (!info.ok) bad.push(info);
      else if (!latest || newestFirst(info, latest) < 0) latest = info;
    }
    const since = latest ? Date.parse(latest.savedAt) : Number.NEGATIVE_INFINITY;
    return { latest, skipped: bad.filter((b) => b.mtimeMs == null || b.mtimeMs >= since), slots: names.length };
  }

  /** The most recently saved slot that can be loaded, or null. */
  latest(): SlotInfo | null {
    return this.latestWithSkipped().latest;
  }

  /** The names of the slot files in the directory, sorted. */
  #slots(): string[] {
    let names: string[];
    try {
      names = this.#ops.readdirSync(this.dir);
    } catch (err) {
      if (errCode(err) === "ENOENT") return [];
      throw new SaveLoadError(`the save folder ${this.dir} could not be read (${errCode(err) ?? err})`, this.dir, "io");
    }
    return names
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length))
      .filter((slot) => !slotNameProblem(slot))
      .sort();
  }

  /**
   * One slot as a list shows it: read and checked, or why it cannot be
   * loaded. With `glance`, checked only as far as its envelope (its log is
   * checked when it is read), and told as an autosave by its name.
   */
  #info(slot: string, glance = false): SlotInfo {
    try {
      const save: SaveEnvelope = glance ? this.#envelope(slot) : this.read(slot);
      return {
        slot,
        ok: true,
        chapter: save.summary.chapter,
        scene: save.summary.scene,
        lastLine: save.summary.lastLine,
        turns: save.summary.turns,
        playMillis: save.summary.playMillis,
        savedAt: save.savedAt,
        storyHash: save.story.hash,
        storyTitle: save.story.title,
        migrated: this.#story != null && save.story.hash !== this.#story.hash,
        ending: save.summary.ending,
        ended: save.summary.ended,
        placeholder: save.summary.placeholder,
        playthrough: save.log.id,
        autosave: glance ? hasAutosaveName(slot) : isAutosaveSlot(slot, save.log.id),
        gameVersion: save.gameVersion,
      };
    } catch (err) {
      if (!(err instanceof SaveError)) throw err;
      const kind = err instanceof SaveLoadError ? err.reason : "io";
      return { slot, ok: false, reason: err.message, kind, mtimeMs: this.#mtime(slot) };
    }
  }

  /**
   * Deletes a slot. The file is moved to `<slot>.json.bak` (replacing the
   * older backup), so a slip can be undone by hand. Refused for a slot
   * another running game holds, and for a symlink.
   */
  delete(slot: string): void {
    const name = checkSlotName(slot);
    const file = this.#file(name);
    const stat = this.#lstat(file, name);
    if (!stat) throw new SaveLoadError(`${file} does not exist`, file, "missing");
    if (stat.isSymbolicLink()) {
      throw new SaveWriteError(
        `refused: ${file} is a symbolic link (the link and its target are untouched)`,
        name,
        "symlink",
        file,
      );
    }
    const claimedHere = !this.#locks.holds(name);
    this.#claim(name);
    try {
      this.#ops.renameSync(file, `${file}.bak`);
      syncDir(this.#ops, this.dir);
    } catch (err) {
      throw toWriteError(err, file, { label: `"${name}"`, slot: name, previousWords: "the save is still there" }, true);
    } finally {
      this.#known.delete(name);
      if (claimedHere) this.#locks.release(name);
    }
  }

  /** Renames a slot. Refused when `to` exists, when `from` cannot be loaded, or when another game holds either. */
  rename(from: string, to: string): void {
    const src = checkSlotName(from);
    const dst = checkSlotName(to);
    if (src === dst) return;
    const save = this.read(src);
    const releaseSrc = !this.#locks.holds(src);
    const releaseDst = !this.#locks.holds(dst);
    this.#claim(src);
    try {
      this.#claim(dst);
      try {
        this.#write(dst, { ...save, slot: dst }, true);
      } finally {
        if (releaseDst) this.#locks.release(dst);
      }
      this.delete(src);
    } finally {
      if (releaseSrc) this.#locks.release(src);
    }
  }

  /**
   * Copies a slot to a file outside the save directory. Refused when the
   * file exists (unless `force`) and always when it is a symlink; written
   * atomically, mode 0600.
   */
  export(slot: string, toPath: string, opts: { force?: boolean } = {}): void {
    const name = checkSlotName(slot);
    const save = this.read(name);
    const target = resolve(toPath);
    const existing = this.#lstat(target, name);
    if (existing && !opts.force) {
      throw new SlotExistsError(`${target} already exists; use --force to replace it`, target);
    }
    try {
      writeSaveFile(this.#ops, target, serializeSave(save), {
        label: `the export of "${name}"`,
        slot: name,
        noClobber: !opts.force,
        previousWords: "the existing file is intact",
      });
    } catch (err) {
      if (err instanceof SaveWriteError && err.code === "EEXIST") {
        throw new SlotExistsError(`${target} already exists; use --force to replace it`, target);
      }
      throw err;
    }
  }

  /**
   * Copies a save file into the directory as `asSlot` (default: the slot
   * named inside it). The file gets every check a slot gets. Refused when
   * the slot exists unless `force`. Returns the slot written.
   */
  import(fromPath: string, asSlot?: string, opts: { force?: boolean } = {}): string {
    const source = resolve(fromPath);
    const { save } = readSaveFile(this.#ops, source, { storyId: this.#story?.id, maxBytes: this.#max });
    const slot = checkSlotName(asSlot ?? save.slot);
    if (!opts.force && this.#lstat(this.#file(slot), slot)) {
      throw new SlotExistsError(`the save slot "${slot}" already exists; choose another name or use --force`, slot);
    }
    this.#write(slot, { ...save, slot }, !opts.force);
    return slot;
  }

  /** Lets other games use the slots this game has written. Call when the game ends. */
  release(): void {
    this.#locks.releaseAll();
  }

  #mtime(slot: string): number | null {
    return this.#lstatQuietly(this.#file(slot))?.mtimeMs ?? null;
  }

  #lstatQuietly(file: string): Stats | null {
    try {
      return lstatOrNull(this.#ops, file);
    } catch {
      return null;
    }
  }

  #file(slot: string): string {
    return join(this.dir, `${slot}.json`);
  }

  #lstat(file: string, slot: string): Stats | null {
    try {
      return lstatOrNull(this.#ops, file);
    } catch (err) {
      throw toWriteError(err, file, { label: `"${slot}"`, slot }, false);
    }
  }

  #claim(slot: string): void {
    this.#ensureDir(slot);
    try {
      this.#locks.claim(slot);
    } catch (err) {
      if (err instanceof SaveError) throw err;
      throw toWriteError(
        err,
        `${this.#file(slot)}${LOCK_SUFFIX}`,
        { label: `"${slot}"`, slot },
        this.#lstat(this.#file(slot), slot) != null,
      );
    }
  }

  #write(slot: string, save: SaveFile, noClobber: boolean): void {
    const file = this.#file(slot);
    this.#claim(slot);
    const bytes = serializeSave({ ...save, slot });
    if (bytes.length > this.#max) {
      throw new SaveWriteError(
        `"${slot}" was not saved: the save would be ${bytes.length} bytes, over the ${this.#max}-byte limit (the previous save is intact)`,
        slot,
        "too-large",
        file,
      );
    }
    const existing = this.#lstat(file, slot);
    if (existing?.isFile()) this.#guardReplaced(slot, existing, save.story.hash);
    let stat: Stats;
    try {
      stat = writeSaveFile(this.#ops, file, bytes, { label: `"${slot}"`, slot, backup: true, noClobber });
    } catch (err) {
      if (noClobber && err instanceof SaveWriteError && err.code === "EEXIST") {
        throw new SlotExistsError(`the save slot "${slot}" already exists`, slot);
      }
      throw err;
    }
    this.#remember(slot, stat, save.story.hash);
  }

  /**
   * Before a slot's file is replaced: a file that cannot be loaded is kept as
   * `.damaged-<time>`, and a save made on another version of the story is
   * kept as `.pre-<hash8>`. Files this store wrote or read are not re-read.
   */
  #guardReplaced(slot: string, stat: Stats, newHash: string): void {
    let known = this.#known.get(slot);
    if (!known || !sameFile(known, stat)) {
      let hash: string | null;
      try {
        hash = readSaveFile(this.#ops, this.#file(slot), { maxBytes: this.#max }).save.story.hash;
      } catch (err) {
        if (!(err instanceof SaveLoadError)) throw err;
        hash = null;
      }
      known = this.#remember(slot, stat, hash);
    }
    if (!known.ok) this.#keepAside(slot, "damaged");
    else if (known.hash && known.hash !== newHash) this.#keepAside(slot, `pre-${known.hash.slice(0, 8)}`);
  }

  /**
   * Hard-links the slot's current file under a companion name (a copy where
   * links are not allowed). Idempotent; returns the name kept, or null when
   * it could not be kept (then the write that needed it does not happen).
   */
  #keepAside(slot: string, kind: "damaged" | `pre-${string}`): string | null {
    const file = this.#file(slot);
    let stat: Stats | null;
    try {
      stat = lstatOrNull(this.#ops, file);
    } catch {
      return null;
    }
    if (!stat?.isFile()) return null;
    const suffix = kind === "damaged" ? `damaged-${fileStamp(stat.mtimeMs)}` : kind;
    const aside = `${file}.${suffix}`;
    const existing = lstatOrNull(this.#ops, aside);
    if (existing) return existing.isFile() ? `${slot}.json.${suffix}` : null;
    try {
      this.#ops.linkSync(file, aside);
    } catch (err) {
      if (errCode(err) === "EEXIST") return `${slot}.json.${suffix}`;
      try {
        this.#ops.copyFileSync(file, aside, constants.COPYFILE_EXCL);
        this.#ops.chmodSync(aside, SAVE_FILE_MODE);
      } catch (copyErr) {
        if (errCode(copyErr) !== "EEXIST") {
          throw toWriteError(
            copyErr,
            aside,
            { label: `"${slot}"`, slot, previousWords: "the old file is untouched" },
            true,
          );
        }
      }
    }
    return `${slot}.json.${suffix}`;
  }

  /** Notes what the store knows of a slot's file: it loads, with its story's hash, or (hash null) it does not. */
  #remember(slot: string, stat: FileIdentity, hash: string | null): Known {
    const known = { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, ok: hash !== null, hash };
    this.#known.set(slot, known);
    return known;
  }

  /** Creates the directory (0700) on first use and sweeps temp files left by killed games. */
  #ensureDir(slot: string): void {
    if (this.#dirReady) return;
    try {
      const created = this.#ops.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      // mkdir's mode is filtered by the umask; a directory we created is made exactly 0700.
      // An existing directory is left as the player set it up.
      if (created) this.#ops.chmodSync(this.dir, 0o700);
    } catch (err) {
      throw toWriteError(err, this.dir, { label: `"${slot}"`, slot }, false);
    }
    this.#dirReady = true;
    this.#sweepTemps();
  }

  #sweepTemps(): void {
    let names: string[];
    try {
      names = this.#ops.readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)) continue;
      const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)?.[1]);
      if (pid && pid !== process.pid && !processAlive(pid)) removeQuietly(this.#ops, join(this.dir, name));
    }
  }
}
