/**
 * Reads an input stream line by line, for the plain renderer.
 *
 * Owns: turning a stream into awaited lines, with end of input as null,
 * control characters and escape sequences stripped, and lines longer than
 * MAX_LINE reported as too long instead of kept. Memory stays bounded under
 * any input: reading pauses while lines wait unread (backpressure), and an
 * over-long line is dropped as it arrives, never gathered. Each line is
 * handed over on a fresh turn of the event loop, so signals (SIGTERM) are
 * still handled while a flood of input is being worked through. Never
 * throws on bad input.
 */
import { StringDecoder } from "node:string_decoder";
import { stripControls, stripEscapes } from "../text/control.js";
import type { InputStream } from "./types.js";

/** The longest line kept, in characters; longer lines are reported as too long. */
export const MAX_LINE = 4096;

/** Complete lines held before reading pauses. */
const HIGH_WATER = 32;

/** What a read gives: a cleaned line, a line that was too long (and dropped), or null at end of input. */
export type ReadResult = string | { tooLong: true } | null;

export class LineReader {
  #input: InputStream;
  #queue: Exclude<ReadResult, null>[] = [];
  #waiting: ((line: ReadResult) => void) | null = null;
  #ended = false;
  #paused = false;
  #decoder = new StringDecoder("utf8");
  /** The start of a line whose end has not arrived yet. */
  #partial = "";
  /** True while the rest of an over-long line is being skipped. */
  #skipping = false;

  constructor(input: InputStream) {
    this.#input = input;
    input.on("data", (chunk: Buffer | string) =>
      this.#take(typeof chunk === "string" ? chunk : this.#decoder.write(chunk)),
    );
    const finish = () => this.#finish();
    input.on("end", finish);
    input.on("close", finish);
    input.on("error", finish);
  }

  /** The next line, a too-long marker, or null once the input has ended. */
  async next(): Promise<ReadResult> {
    const line = this.#queue.shift();
    if (line !== undefined) {
      if (this.#paused && this.#queue.length < HIGH_WATER / 2) {
        this.#paused = false;
        this.#input.resume();
      }
      // A fresh turn of the event loop: signals and output get their chance between lines.
      await new Promise((resolve) => setImmediate(resolve));
      return line;
    }
    if (this.#ended) return null;
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  #take(text: string): void {
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      const piece = text.slice(start, nl < 0 ? text.length : nl);
      if (this.#skipping) {
        if (nl >= 0) this.#skipping = false;
      } else if (this.#partial.length + piece.length > MAX_LINE) {
        this.#partial = "";
        this.#push({ tooLong: true });
        this.#skipping = nl < 0;
      } else if (nl >= 0) {
        const line = this.#partial + piece;
        this.#partial = "";
        this.#push(clean(line));
      } else {
        this.#partial += piece;
      }
      if (nl < 0) break;
      start = nl + 1;
    }
    if (this.#queue.length >= HIGH_WATER && !this.#paused) {
      this.#paused = true;
      this.#input.pause();
    }
  }

  #push(line: Exclude<ReadResult, null>): void {
    if (this.#waiting) {
      const w = this.#waiting;
      this.#waiting = null;
      w(line);
    } else {
      this.#queue.push(line);
    }
  }

  #finish(): void {
    if (this.#ended) return;
    this.#ended = true;
    const rest = this.#partial + this.#decoder.end();
    this.#partial = "";
    if (!this.#skipping && rest !== "") this.#push(rest.length > MAX_LINE ? { tooLong: true } : clean(rest));
    if (this.#waiting && this.#queue.length === 0) {
      const w = this.#waiting;
      this.#waiting = null;
      w(null);
    }
  }
}

/** Removes escape sequences and control characters (a carriage return included). */
function clean(line: string): string {
  return stripControls(stripEscapes(line)).trim();
}
