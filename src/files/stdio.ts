/**
 * The process's standard streams, as the game reads and writes them.
 *
 * Owns: choosing what each of standard input, output and error is. Node's
 * own stream where the descriptor is a terminal (the rich renderer needs
 * raw mode, resizes, its size) or, for input, a pipe or socket (one that
 * can wait for its writer: a paused Node stream lets the process end, a read
 * of our own could not be called back) or anything else. Elsewhere, a light
 * stream on the descriptor: output to a file, a pipe or the null device
 * written with `writeSync`; input from a file or the null device read with
 * `fs.read`.
 *
 * Why: Node's streams load its stream modules (node:stream and its
 * pipeline, compose and promise helpers, fs streams and `fs/promises`)
 * the first time `process.stdout` or `process.stdin` is read, about 5 ms
 * of a start that takes 80; the title with its output to a file or a pipe
 * and its input from a file took 1.18 times bare Node with them, 1.12
 * without (docs/performance.md). A light output writes as Node's writes
 * to a file or a pipe on Linux do: synchronously, all of it.
 *
 * Whether a descriptor is a terminal is told from fstat where it can be (a
 * file, a pipe, a socket and the null device never are), since node:tty,
 * which says it for any descriptor, loads node:net and the stream modules.
 */
import { EventEmitter } from "node:events";
import { fstatSync, read, statSync, writeSync } from "node:fs";
import { nodeTty } from "./builtins.js";

/**
 * An output stream, as the game uses one: Node's stream, an FdOutput, or a
 * test's Writable. `isTTY` and `columns` are a terminal's.
 */
export interface OutputStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): boolean;
  on(event: "error", listener: (err: NodeJS.ErrnoException) => void): unknown;
  /** A terminal's change of size. */
  on(event: "resize", listener: () => void): unknown;
  removeListener(event: "resize", listener: () => void): unknown;
}

/**
 * An input stream, as the game uses one: Node's stream, an FdInput, or a
 * test's PassThrough. `isTTY` and `setRawMode` are a terminal's.
 */
export interface InputStream {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: "data", listener: (chunk: Buffer) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (err: Error) => void): unknown;
  removeListener(event: "data", listener: (chunk: Buffer) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** How long a write to a descriptor that is not ready (EAGAIN) waits before it tries again, in ms. */
const RETRY_MS = 2;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Output written straight to a descriptor, synchronously and whole. An
 * error (EPIPE: the reader went away; EIO) is emitted as a stream's would
 * be, on the next tick, once; later writes are dropped.
 */
export class FdOutput extends EventEmitter implements OutputStream {
  readonly fd: number;
  #failed = false;

  constructor(fd: number) {
    super();
    this.fd = fd;
  }

  write(text: string | Uint8Array): boolean {
    if (this.#failed) return false;
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(this.fd, bytes, done, bytes.length - done);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EAGAIN") {
          // A descriptor left non-blocking by another process: wait for its reader, as a blocking write would.
          Atomics.wait(sleeper, 0, 0, RETRY_MS);
          continue;
        }
        this.#failed = true;
        process.nextTick(() => this.emit("error", err));
        return false;
      }
    }
    return true;
  }
}

/** The most read at once. */
const CHUNK = 64 * 1024;
/** How long a read that found nothing ready (EAGAIN) waits before it tries again, in ms. */
const READ_RETRY_MS = 20;

/**
 * Input read from a descriptor that never makes a read wait for long (a
 * file, the null device): flowing once a `data` listener is added, as a
 * Node stream is; `pause` holds the next read back. Emits `data` (Buffers),
 * then `end` and `close` at the end of input, or `error` and `close`.
 */
export class FdInput extends EventEmitter implements InputStream {
  readonly fd: number;
  #buffer = Buffer.allocUnsafe(CHUNK);
  #paused = false;
  #reading = false;
  #ended = false;

  constructor(fd: number) {
    super();
    this.fd = fd;
    this.on("newListener", (event: string) => {
      if (event === "data") process.nextTick(() => this.#readMore());
    });
  }

  pause(): this {
    this.#paused = true;
    return this;
  }

  resume(): this {
    this.#paused = false;
    this.#readMore();
    return this;
  }

  #readMore(): void {
    if (this.#reading || this.#paused || this.#ended) return;
    this.#reading = true;
    read(this.fd, this.#buffer, 0, CHUNK, null, (err, bytes) => {
      this.#reading = false;
      if (err) {
        if (err.code === "EAGAIN") {
          setTimeout(() => this.#readMore(), READ_RETRY_MS);
          return;
        }
        this.#end("error", err);
        return;
      }
      if (bytes === 0) {
        this.#end("end");
        return;
      }
      this.emit("data", Buffer.from(this.#buffer.subarray(0, bytes)));
      this.#readMore();
    });
  }

  #end(how: "end" | "error", err?: Error): void {
    this.#ended = true;
    if (how === "error") this.emit("error", err);
    else this.emit("end");
    this.emit("close");
  }
}

/**
 * What a descriptor is, as far as choosing a stream for it goes: a
 * terminal; a file (a regular file, the null device, or another character
 * device that is not a terminal); or anything else (a pipe, a socket, a
 * directory), whose input is left to Node's own stream.
 */
export type Kind = "terminal" | "file" | "other";

/** The null device's number, to tell it from a terminal without node:tty; null where there is none. */
function nullDevice(): number | null {
  try {
    return statSync("/dev/null").rdev;
  } catch {
    return null;
  }
}

/**
 * What standard descriptor `fd` is (Kind). Only a character device other
 * than the null device asks node:tty. A descriptor that cannot be examined
 * is "other", so that Node's own stream deals with it (Node gives a
 * directory, say, as an input that has ended).
 */
export function kindOf(fd: number): Kind {
  let st: ReturnType<typeof fstatSync>;
  try {
    st = fstatSync(fd);
  } catch {
    return "other";
  }
  if (st.isFile()) return "file";
  if (!st.isCharacterDevice()) return "other";
  if (st.rdev === nullDevice()) return "file";
  return nodeTty().isatty(fd) ? "terminal" : "file";
}

export interface StandardStreams {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
}

/**
 * The game's standard streams: Node's own for a terminal (and for input
 * from a pipe), light ones elsewhere (above). `kind` is for tests.
 */
export function standardStreams(kind: (fd: number) => Kind = kindOf, proc: NodeJS.Process = process): StandardStreams {
  const output = (fd: 1 | 2) => (kind(fd) === "terminal" ? (fd === 1 ? proc.stdout : proc.stderr) : new FdOutput(fd));
  return {
    stdin: kind(0) === "file" ? new FdInput(0) : proc.stdin,
    stdout: output(1),
    stderr: output(2),
  };
}
