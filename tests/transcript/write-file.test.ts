/**
 * Writing export files: a new file whole, an existing one only with force,
 * a symbolic link never, and one clear error (with a code) for each refusal,
 * with nothing half-written left behind.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExportFileError, writeExportFile } from "../../src/transcript/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fc-export-"));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

function refusal(path: string, content: string, force = false): ExportFileError {
  try {
    writeExportFile(path, content, { force });
  } catch (err) {
    if (err instanceof ExportFileError) return err;
    throw err;
  }
  throw new Error(`the write to ${path} was allowed`);
}

/** Nothing but the named files: no temporary file left behind. */
function expectOnly(names: string[], where = dir): void {
  expect(readdirSync(where).sort()).toEqual([...names].sort());
}

describe("writeExportFile", () => {
  it("writes a new file whole and leaves no temporary file", () => {
    const path = join(dir, "t.txt");
    const content = "The lights in sickbay.\n".repeat(10_000);
    writeExportFile(path, content);
    expect(readFileSync(path, "utf8")).toBe(content);
    expectOnly(["t.txt"]);
  });

  it("keeps an existing file unless forced, then replaces it", () => {
    const path = join(dir, "t.md");
    writeFileSync(path, "the player's own notes");
    const err = refusal(path, "new");
    expect(err.code).toBe("exists");
    expect(err.path).toBe(path);
    expect(err.message).toBe(`${path} already exists; use --force to replace it`);
    expect(readFileSync(path, "utf8")).toBe("the player's own notes");
    writeExportFile(path, "new", { force: true });
    expect(readFileSync(path, "utf8")).toBe("new");
    expectOnly(["t.md"]);
  });

  it("never writes through a symbolic link, even when forced, and leaves the target untouched", () => {
    const target = join(dir, "target.txt");
    writeFileSync(target, "precious");
    const link = join(dir, "link.html");
    symlinkSync(target, link);
    for (const force of [false, true]) {
      const err = refusal(link, "<html>", force);
      expect(err.code).toBe("symlink");
      expect(err.message).toContain(link);
    }
    expect(readFileSync(target, "utf8")).toBe("precious");
    const dangling = join(dir, "dangling.json");
    symlinkSync(join(dir, "nowhere.json"), dangling);
    expect(refusal(dangling, "{}", true).code).toBe("symlink");
    expect(existsSync(join(dir, "nowhere.json"))).toBe(false);
    expectOnly(["target.txt", "link.html", "dangling.json"]);
  });

  it("refuses a folder where the file should be", () => {
    mkdirSync(join(dir, "out.txt"));
    expect(refusal(join(dir, "out.txt"), "x", true).code).toBe("not-a-file");
  });

  it("says when the folder does not exist", () => {
    const path = join(dir, "missing", "t.txt");
    const err = refusal(path, "x");
    expect(err.code).toBe("no-folder");
    expect(err.message).toBe(`cannot write ${path}: the folder does not exist`);
  });

  it("says when the path cannot be written, leaving nothing behind", () => {
    // Root ignores folder permissions; sysfs refuses new files even to root.
    const root = process.getuid?.() === 0;
    const folder = root ? "/sys" : join(dir, "locked");
    if (!root) {
      mkdirSync(folder);
      chmodSync(folder, 0o500);
    }
    const path = join(folder, "fc-transcript-test.txt");
    const err = refusal(path, "x");
    expect(err.code).toBe("permission");
    expect(err.message).toBe(`cannot write ${path}: permission denied`);
    expect(existsSync(path)).toBe(false);
    if (!root) expectOnly([], folder);
  });

  it("refuses a name with a NUL byte or no name at all", () => {
    expect(refusal(join(dir, "a\0b.txt"), "x").code).toBe("bad-path");
    expect(refusal("", "x").code).toBe("bad-path");
    expectOnly([]);
  });
});
