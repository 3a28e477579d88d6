/**
 * The process's standard streams, as the game reads and writes them.
 *
 * Owns: choosing what each of standard input, output and error is. A
 * light stream on the descriptor where it is a regular file or the null
 * device (a script's answers from a file, `</dev/null`, output to a log):
 * output written with `writeSync`, input read with `fs.read`. Node's own
 * stream everywhere else: a terminal (the rich renderer needs raw mode,
 * resizes, its size), a pipe or a socket, any other device. Node writes to
 * a pipe without blocking the process and keeps what the reader has not
 * taken yet, so a reader that stops (`| less`, a driver that writes all its
 * answers before reading) never stops the game answering Ctrl-C or
 * SIGTERM; and a paused Node stream on a pipe lets the process end, where a
 * read of our own, once begun, could not be called back.
 *
 * Why: Node's streams load its stream modules (node:stream and its
 * pipeline, compose and promise helpers, fs streams and `fs/promises`)
 * the first time `process.stdout` or `process.stdin` is read, about 5 ms
 * of a start that takes 80; the title with its input from the null device
 * and its output to a file took 1.18 times bare Node with them, 1.12
 * without (docs/performance.md). A file or the null device is never a
 * terminal and takes a write or a read at once: Node's own stream for it
 * (SyncWriteStream, fs.ReadStream) does the same calls.
 */
import { EventEmitter } from "node:events";
import { fstatSync, read, statSync, writeSync } from "node:fs";

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

/**
 * Output written straight to a regular file or the null device,
 * synchronously and whole. An error (ENOSPC: a full disk; EIO) is emitted
 * as a stream's would be, on the next tick, once; later writes are dropped.
 */
export class FdOutput extends EventEmitter implements OutputStream {
  readonly fd: number;
  #failed = false;

  constructor(fd: number) {
    super();
    this.fd = fd;
  }

  write(text: string): boolean {
    if (this.#failed) return false;
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    while (done < bytes.length) {
      try {
        done += writeSync(this.fd, bytes, done, bytes.length - done);
      } catch (err) {
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

/**
 * Input read from a regular file or the null device, whose reads never
 * wait: flowing once a `data` listener is added, as a Node stream is;
 * `pause` holds the next read back. Emits `data` (Buffers),
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

/** The null device's number, or null where there is none; looked up once. */
let nullRdev: number | null | undefined;
function nullDevice(): number | null {
  if (nullRdev === undefined) {
    try {
      nullRdev = statSync("/dev/null").rdev;
    } catch {
      nullRdev = null;
    }
  }
  return nullRdev;
}

/**
 * True when standard descriptor `fd` is a regular file or the null device:
 * never a terminal, and a read or a write on it never waits for another
 * process. Told from fstat, without node:tty (which loads node:net and the
 * stream modules). A descriptor that cannot be examined is not.
 */
export function isPlainFile(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    return st.isFile() || (st.isCharacterDevice() && st.rdev === nullDevice());
  } catch {
    return false;
  }
}

export interface StandardStreams {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
}

/**
 * The game's standard streams: light ones for a regular file or the null
 * device, Node's own for anything else (above). `plain` is for tests.
 */
export function standardStreams(
  plain: (fd: number) => boolean = isPlainFile,
  proc: NodeJS.Process = process,
): StandardStreams {
  return {
    stdin: plain(0) ? new FdInput(0) : proc.stdin,
    stdout: plain(1) ? new FdOutput(1) : proc.stdout,
    stderr: plain(2) ? new FdOutput(2) : proc.stderr,
  };
}
