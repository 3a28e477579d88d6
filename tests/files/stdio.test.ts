/**
 * The light standard streams (src/files/stdio.ts): output written whole and
 * at once, its first error reported once, input read from a file with
 * backpressure, and which descriptors are taken for terminals, files and
 * pipes.
 */
import { execFileSync } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FdInput, FdOutput, isPlainFile, standardStreams } from "../../src/files/stdio.js";
import { tempDir } from "../saves/support.js";

/** A descriptor no process has open (a closed one could be reused by another test's thread). */
const NOT_OPEN = 2 ** 30;

const tick = () => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("FdOutput", () => {
  it("writes text whole, at once, as UTF-8", () => {
    const file = join(tempDir(), "out.txt");
    const fd = openSync(file, "w");
    const out = new FdOutput(fd);
    const text = `${"Picard — “Make it so.” ".repeat(5000)}\n`;
    expect(out.write(text)).toBe(true);
    expect(out.write("and more\n")).toBe(true);
    // Already on disk: nothing is buffered.
    expect(readFileSync(file, "utf8")).toBe(`${text}and more\n`);
    closeSync(fd);
  });

  it("reports its first error once, on the next tick, and drops later writes", async () => {
    const out = new FdOutput(NOT_OPEN);
    const errors: NodeJS.ErrnoException[] = [];
    out.on("error", (err) => errors.push(err));
    expect(out.write("lost\n")).toBe(false);
    expect(errors).toEqual([]);
    await tick();
    expect(errors.map((e) => e.code)).toEqual(["EBADF"]);
    expect(out.write("lost too\n")).toBe(false);
    await tick();
    expect(errors).toHaveLength(1);
  });
});

describe("FdInput", () => {
  it("reads a file to its end once a data listener is added, then ends and closes", async () => {
    const file = join(tempDir(), "in.txt");
    const text = "1\n".repeat(100_000);
    writeFileSync(file, text);
    const fd = openSync(file, "r");
    const input = new FdInput(fd);
    const chunks: Buffer[] = [];
    const events: string[] = [];
    await tick();
    await tick();
    input.on("end", () => events.push("end"));
    const closed = new Promise<void>((resolve) =>
      input.on("close", () => {
        events.push("close");
        resolve();
      }),
    );
    // Listened to late: nothing was read (and lost) before.
    input.on("data", (chunk) => chunks.push(chunk));
    await closed;
    expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect(events).toEqual(["end", "close"]);
    closeSync(fd);
  });

  it("holds its reads while paused and goes on when resumed", async () => {
    const file = join(tempDir(), "in.txt");
    writeFileSync(file, "x".repeat(512 * 1024));
    const fd = openSync(file, "r");
    const input = new FdInput(fd);
    let bytes = 0;
    let holding = true;
    input.on("data", (chunk) => {
      bytes += chunk.length;
      if (holding) input.pause();
    });
    const ended = new Promise((resolve) => input.on("end", resolve));
    while (bytes === 0) await sleep(5);
    // One read, then nothing while paused, however long.
    await sleep(100);
    expect(bytes).toBe(64 * 1024);
    holding = false;
    input.resume();
    await ended;
    expect(bytes).toBe(512 * 1024);
    closeSync(fd);
  });

  it("ends at once on the null device", async () => {
    const fd = openSync("/dev/null", "r");
    const input = new FdInput(fd);
    const chunks: Buffer[] = [];
    input.on("data", (c) => chunks.push(c));
    await new Promise((resolve) => input.on("end", resolve));
    expect(chunks).toEqual([]);
    closeSync(fd);
  });

  it("reports a read that fails, then closes", async () => {
    const input = new FdInput(NOT_OPEN);
    const events: string[] = [];
    input.on("error", (err: NodeJS.ErrnoException) => events.push(`error ${err.code}`));
    const closed = new Promise<void>((resolve) => input.on("close", () => resolve()));
    input.on("data", () => events.push("data"));
    await closed;
    expect(events).toEqual(["error EBADF"]);
  });
});

describe("which stream a descriptor gets", () => {
  it("takes a regular file and the null device for plain files; not a FIFO, a directory or another device", () => {
    const dir = tempDir();
    const file = join(dir, "f.txt");
    writeFileSync(file, "");
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    const fds = [
      openSync(file, "r"),
      openSync("/dev/null", "r"),
      openSync(fifo, "r+"),
      openSync(dir, "r"),
      openSync("/dev/zero", "r"),
    ];
    try {
      expect(fds.map(isPlainFile)).toEqual([true, true, false, false, false]);
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  });

  it("leaves a descriptor that cannot be examined to Node's own stream", () => {
    expect(isPlainFile(NOT_OPEN)).toBe(false);
  });

  it("gives light streams to plain files and Node's streams to everything else", () => {
    const proc = { stdin: { name: "stdin" }, stdout: { name: "stdout" }, stderr: { name: "stderr" } };
    const as = (plain: number[]) => standardStreams((fd) => plain.includes(fd), proc as unknown as NodeJS.Process);
    const none = as([]);
    expect([none.stdin, none.stdout, none.stderr]).toEqual([proc.stdin, proc.stdout, proc.stderr]);
    const mixed = as([0, 2]);
    expect(mixed.stdin).toBeInstanceOf(FdInput);
    expect(mixed.stdout).toBe(proc.stdout);
    expect(mixed.stderr).toBeInstanceOf(FdOutput);
    const all = as([0, 1, 2]);
    expect(all.stdin).toBeInstanceOf(FdInput);
    expect(all.stdout).toBeInstanceOf(FdOutput);
    expect(all.stderr).toBeInstanceOf(FdOutput);
  });
});
