/**
 * The atomic writer under hostile conditions: full disks, short writes,
 * read-only and forbidden directories, permissions, symlinks. In every case
 * the previous save must be byte-identical afterwards and no temp file left.
 */
import { execFileSync } from "node:child_process";
import {
  lstatSync,
  readdirSync,
  readFileSync,
  openSync as realOpenSync,
  writeSync as realWriteSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type FsOps, realFs, SaveStore, SaveWriteError, serializeSave } from "../../src/saves/index.js";
import { fixtureStory, fsWith, saveOf, sysError, tempDir } from "./support.js";

const story = fixtureStory("base");
const first = saveOf(story, ["Hold the door"]);
const second = saveOf(story, ["Hold the door", "Check the core"]);

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith(".tmp"));
}

/** Writes `first` with the real file system, then returns its bytes. */
function withPrevious(dir: string): Buffer {
  const earlier = new SaveStore(dir);
  earlier.write("autosave", first);
  earlier.release(); // that game has ended
  return readFileSync(join(dir, "autosave.json"));
}

/**
 * A store whose file system starts healthy and turns hostile on `breakNow()`:
 * the game has been saving for a while (it holds its slot lock) when the disk fills.
 */
function degrading(dir: string, faults: Partial<FsOps>) {
  let broken = false;
  const fs: Partial<FsOps> = {};
  for (const [name, fault] of Object.entries(faults) as [keyof FsOps, (...a: unknown[]) => unknown][]) {
    const real = realFs[name] as (...a: unknown[]) => unknown;
    (fs as Record<string, unknown>)[name] = (...args: unknown[]) => (broken ? fault(...args) : real(...args));
  }
  const store = new SaveStore(dir, { fs: fsWith(fs) });
  store.write("autosave", first);
  const before = readFileSync(join(dir, "autosave.json"));
  return {
    store,
    before,
    breakNow: () => {
      broken = true;
    },
  };
}

describe("writing saves", () => {
  it("creates the save directory 0700 and save files 0600", () => {
    const dir = join(tempDir(), "nested", "saves");
    const store = new SaveStore(dir);
    store.write("autosave", first);
    store.write("autosave", second);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "autosave.json")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "autosave.json.bak")).mode & 0o777).toBe(0o600);
  });

  it("keeps the previous version as .bak and leaves no temp file", () => {
    const dir = tempDir();
    const before = withPrevious(dir);
    new SaveStore(dir).write("autosave", second);
    expect(readFileSync(join(dir, "autosave.json.bak"))).toEqual(before);
    expect(JSON.parse(readFileSync(join(dir, "autosave.json"), "utf8")).summary.turns).toBe(2);
    expect(leftovers(dir)).toEqual([]);
  });

  it("disk full (ENOSPC while writing): not saved, previous save byte-identical, temp removed", () => {
    const dir = tempDir();
    const { store, before, breakNow } = degrading(dir, {
      writeSync: () => {
        throw sysError("ENOSPC");
      },
    });
    breakNow();
    let caught: unknown;
    try {
      store.write("autosave", second);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SaveWriteError);
    expect((caught as SaveWriteError).reason).toBe("disk-full");
    expect((caught as SaveWriteError).message).toBe(
      'disk full: "autosave" was not saved (the previous save is intact)',
    );
    expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("disk full for a game that has not saved yet (its slot lock cannot be written): not saved, clear message", () => {
    const dir = tempDir();
    const before = withPrevious(dir);
    const store = new SaveStore(dir, {
      fs: fsWith({
        writeSync: () => {
          throw sysError("ENOSPC");
        },
      }),
    });
    expect(() => store.write("autosave", second)).toThrow(
      expect.objectContaining({
        reason: "disk-full",
        message: 'disk full: "autosave" was not saved (the previous save is intact)',
      }),
    );
    expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("short write (the disk takes half, then nothing): not saved, previous save byte-identical", () => {
    const dir = tempDir();
    const before = withPrevious(dir);
    let calls = 0;
    const store = new SaveStore(dir, {
      fs: fsWith({
        writeSync: (fd, buf, off, len) => {
          if (buf.length < 1000) return realWriteSync(fd, buf, off, len); // the slot lock, not the save
          calls++;
          if (calls > 1) return 0;
          return writeRealHalf(fd, buf, off, len);
        },
      }),
    });
    expect(() => store.write("autosave", second)).toThrow(
      expect.objectContaining({ name: "SaveWriteError", reason: "short-write" }),
    );
    expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a write that reports success but leaves the file short is caught before the rename", () => {
    const dir = tempDir();
    const before = withPrevious(dir);
    const store = new SaveStore(dir, {
      fs: fsWith({
        writeSync: (fd, buf, off, len) => {
          writeRealHalf(fd, buf, off, len);
          return len; // lies, as a truncating writer on a full disk does
        },
      }),
    });
    expect(() => store.write("autosave", second)).toThrow(expect.objectContaining({ reason: "short-write" }));
    expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("fsync failing (EIO): not saved, previous save byte-identical", () => {
    const dir = tempDir();
    const { store, before, breakNow } = degrading(dir, {
      fsyncSync: () => {
        throw sysError("EIO");
      },
    });
    breakNow();
    expect(() => store.write("autosave", second)).toThrow(expect.objectContaining({ reason: "io" }));
    expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it.each([
    ["EROFS", "read-only"],
    ["EACCES", "permission"],
  ])(
    "a directory that refuses writes (%s) fails at once with a clear message, previous save intact",
    (code, reason) => {
      const dir = tempDir();
      const before = withPrevious(dir);
      const refuse = (path: string, flags: number | string, mode?: number) => {
        if (typeof flags === "number" && flags & 0o100 /* O_CREAT */) throw sysError(code);
        return realOpen(path, flags, mode);
      };
      const store = new SaveStore(dir, { fs: fsWith({ openSync: refuse }) });
      const started = Date.now();
      let caught: unknown;
      try {
        store.write("quicksave", second);
      } catch (err) {
        caught = err;
      }
      expect(Date.now() - started).toBeLessThan(2000);
      expect(caught).toBeInstanceOf(SaveWriteError);
      expect((caught as SaveWriteError).reason).toBe(reason);
      expect((caught as SaveWriteError).message).toMatch(/"quicksave" was not saved/);
      // Reading and the other slots go on working.
      expect(store.read("autosave").summary.turns).toBe(1);
      expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
    },
  );

  it.each([
    ["EROFS", "read-only"],
    ["EACCES", "permission"],
  ])("the folder turning %s mid-game: the autosave fails at once, clearly, previous save intact", (code, reason) => {
    const dir = tempDir();
    const { store, before, breakNow } = degrading(dir, {
      openSync: (path: unknown, flags: unknown, mode: unknown) => {
        if (typeof flags === "number" && flags & 0o100 /* O_CREAT */) throw sysError(code);
        return realOpen(path as string, flags as number, mode as number);
      },
    });
    breakNow();
    const started = Date.now();
    expect(() => store.write("autosave", second)).toThrow(
      expect.objectContaining({
        name: "SaveWriteError",
        reason,
        message: expect.stringMatching(/"autosave" was not saved \(the previous save is intact\)/),
      }),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
  });

  it("refuses a symlink where the slot should be, and leaves its target untouched", () => {
    const dir = tempDir();
    const outside = join(tempDir(), "precious.txt");
    writeFileSync(outside, "do not touch");
    symlinkSync(outside, join(dir, "autosave.json"));
    const store = new SaveStore(dir);
    expect(() => store.write("autosave", first)).toThrow(expect.objectContaining({ reason: "symlink" }));
    expect(readFileSync(outside, "utf8")).toBe("do not touch");
    expect(lstatSync(join(dir, "autosave.json")).isSymbolicLink()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a symlink planted as the .bak is replaced, never written through", () => {
    const dir = tempDir();
    withPrevious(dir);
    const outside = join(tempDir(), "precious.txt");
    writeFileSync(outside, "do not touch");
    symlinkSync(outside, join(dir, "autosave.json.bak"));
    new SaveStore(dir).write("autosave", second);
    expect(readFileSync(outside, "utf8")).toBe("do not touch");
    expect(lstatSync(join(dir, "autosave.json.bak")).isFile()).toBe(true);
  });

  it("keeps a damaged file aside before replacing it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "autosave.json"), '{"format": 1, "game": "first-con');
    new SaveStore(dir).write("autosave", first);
    const kept = readdirSync(dir).filter((n) => n.startsWith("autosave.json.damaged-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0] as string), "utf8")).toBe('{"format": 1, "game": "first-con');
  });

  it("refuses a save bigger than the size limit instead of writing a file it could not read back", () => {
    const dir = tempDir();
    const before = withPrevious(dir);
    // One byte short of what the save takes on disk.
    const store = new SaveStore(dir, { maxBytes: serializeSave({ ...second, slot: "autosave" }).length - 1 });
    expect(() => store.write("autosave", second)).toThrow(expect.objectContaining({ reason: "too-large" }));
    expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
  });
});

// A real full disk and a real read-only file system, where this machine lets us mount them.
const canMount = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = tempDir();
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe], { stdio: "ignore" });
    execFileSync("umount", [probe], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(canMount)("on a real tmpfs", () => {
  function mounted(sizeKb: number): { dir: string; done: () => void } {
    const mnt = tempDir();
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKb}k,mode=0700`, "tmpfs", mnt]);
    return { dir: mnt, done: () => execFileSync("umount", ["-l", mnt]) };
  }

  it("disk full: the write fails with a clear message and the previous save is byte-identical", () => {
    const { dir, done } = mounted(96);
    try {
      const store = new SaveStore(dir);
      const small = { ...first, gameVersion: "x".repeat(30_000) };
      const big = { ...second, gameVersion: "y".repeat(80_000) };
      store.write("autosave", small);
      const before = readFileSync(join(dir, "autosave.json"));
      let caught: unknown;
      try {
        store.write("autosave", big);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(SaveWriteError);
      expect((caught as SaveWriteError).reason).toBe("disk-full");
      expect((caught as SaveWriteError).message).toMatch(
        /^disk full: "autosave" was not saved \(the previous save is intact\)/,
      );
      expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
      expect(leftovers(dir)).toEqual([]);
      expect(store.read("autosave").gameVersion).toBe(small.gameVersion);
    } finally {
      done();
    }
  });

  it("read-only file system: a clear message within two seconds, saves still readable", () => {
    const { dir, done } = mounted(512);
    try {
      const before = withPrevious(dir);
      writeFileSync(join(dir, "broken.json"), "{");
      execFileSync("mount", ["-o", "remount,ro", dir]);
      const store = new SaveStore(dir);
      const started = Date.now();
      expect(() => store.write("autosave", second)).toThrow(expect.objectContaining({ reason: "read-only" }));
      expect(Date.now() - started).toBeLessThan(2000);
      expect(store.list()).toEqual([
        expect.objectContaining({ slot: "autosave", ok: true, turns: 1 }),
        expect.objectContaining({ slot: "broken", ok: false, kind: "not-json" }),
      ]);
      expect(readFileSync(join(dir, "autosave.json"))).toEqual(before);
    } finally {
      done();
    }
  });
});

function realOpen(path: string, flags: number | string, mode?: number): number {
  return realOpenSync(path, flags, mode);
}

function writeRealHalf(fd: number, buf: Uint8Array, off: number, len: number): number {
  const half = Math.max(1, Math.floor(len / 2));
  return realWriteSync(fd, buf, off, half);
}
