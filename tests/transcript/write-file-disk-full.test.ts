/**
 * A disk that fills up in the middle of an export: the write fails with
 * "the disk is full", the file that was there before is byte-identical,
 * and no half-written temporary file is left. `fs.writeSync` is wrapped to
 * write part of the buffer and then fail, as a full disk does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";

const disk = vi.hoisted(() => ({ full: false }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeSync = ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
    if (!disk.full) return fs.writeSync(fd, buffer, offset, length);
    // Half of what was asked reaches the disk, then the disk is full.
    fs.writeSync(fd, buffer, offset ?? 0, Math.floor((length ?? buffer.length) / 2));
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const { ExportFileError, writeExportFile } = await import("../../src/transcript/index.js");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "fc-export-full-"));
});
afterEach(() => {
  disk.full = false;
  rmSync(dir, { recursive: true, force: true });
});

it("a full disk fails the export cleanly and keeps the previous file byte-identical", () => {
  const path = join(dir, "transcript.txt");
  writeFileSync(path, "the previous export\n");
  disk.full = true;
  let error: unknown;
  try {
    writeExportFile(path, "x".repeat(100_000), { force: true });
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ExportFileError);
  expect((error as InstanceType<typeof ExportFileError>).code).toBe("disk-full");
  expect((error as Error).message).toBe(`cannot write ${path}: the disk is full`);
  expect(readFileSync(path, "utf8")).toBe("the previous export\n");
  expect(readdirSync(dir)).toEqual(["transcript.txt"]);
});

it("a full disk leaves no file at all where there was none", () => {
  const path = join(dir, "new.html");
  disk.full = true;
  expect(() => writeExportFile(path, "<p>".repeat(10_000))).toThrow(ExportFileError);
  expect(readdirSync(dir)).toEqual([]);
});
