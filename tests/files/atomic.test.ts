/**
 * The one atomic writer: a write that makes no progress fails instead of
 * spinning, the directory is fsynced after the rename, saves are 0600 and
 * exports 0644, and a failure leaves the target as it was.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AtomicWriteError, writeFileAtomic } from "../../src/files/atomic.js";
import { type FsOps, realFs } from "../../src/files/fs-ops.js";
import { writeExportFile } from "../../src/transcript/index.js";

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "fc-atomic-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("fails on a write that returns 0 instead of trying again forever", () => {
    const dir = scratch();
    const target = join(dir, "slot.json");
    writeFileSync(target, "before");
    let calls = 0;
    const stuck: FsOps = {
      ...realFs,
      writeSync: () => {
        calls++;
        if (calls > 5) throw new Error("the writer kept calling write");
        return 0;
      },
    };
    let caught: unknown;
    try {
      writeFileAtomic(target, Buffer.from("after"), { mode: 0o600, fs: stuck });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AtomicWriteError);
    expect((caught as AtomicWriteError).failure).toBe("short-write");
    expect(calls).toBe(1);
    expect(readFileSync(target, "utf8")).toBe("before");
    expect(readdirSync(dir)).toEqual(["slot.json"]);
  });

  it("fsyncs the directory after moving the file into place", () => {
    const dir = scratch();
    const opened = new Map<number, string>();
    const synced: string[] = [];
    const watching: FsOps = {
      ...realFs,
      openSync: (p, flags, mode) => {
        const fd = realFs.openSync(p, flags, mode);
        opened.set(fd, p);
        return fd;
      },
      fsyncSync: (fd) => {
        synced.push(opened.get(fd) ?? "?");
        realFs.fsyncSync(fd);
      },
    };
    writeFileAtomic(join(dir, "a.json"), Buffer.from("{}"), { mode: 0o600, fs: watching });
    expect(synced.at(-1)).toBe(dir);
    expect(synced.length).toBe(2);
  });

  it("gives the file the mode asked for: 0600 for a save", () => {
    const dir = scratch();
    const target = join(dir, "private.json");
    writeFileAtomic(target, Buffer.from("{}"), { mode: 0o600 });
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it("writes an export readable by others (0644 under the usual umask)", () => {
    const dir = scratch();
    const target = join(dir, "story.txt");
    const old = process.umask(0o022);
    try {
      writeExportFile(target, "text");
    } finally {
      process.umask(old);
    }
    expect(statSync(target).mode & 0o777).toBe(0o644);
  });

  it("refuses to clobber when asked not to, leaving the file as it was", () => {
    const dir = scratch();
    const target = join(dir, "kept.txt");
    writeFileSync(target, "mine");
    expect(() => writeFileAtomic(target, Buffer.from("theirs"), { mode: 0o600, noClobber: true })).toThrow(
      expect.objectContaining({ failure: "exists" }),
    );
    expect(readFileSync(target, "utf8")).toBe("mine");
    expect(readdirSync(dir)).toEqual(["kept.txt"]);
  });
});
