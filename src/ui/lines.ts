/**
 * Reads an input stream line by line, for the plain renderer.
 *
 * Owns: turning a stream into awaited lines, with end of input as null,
 * control characters and escape sequences stripped, and very long lines cut
 * to a sane length. Never throws on bad input.
 */
import { createInterface } from "node:readline";
import type { InputStream } from "./types.js";

const MAX_LINE = 4096;

export class LineReader {
  #queue: string[] = [];
  #waiting: ((line: string | null) => void) | null = null;
  #ended = false;

  constructor(input: InputStream) {
    const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
    rl.on("line", (line) => this.#push(clean(line)));
    rl.on("close", () => {
      this.#ended = true;
      this.#flush();
    });
    input.on("error", () => {
      this.#ended = true;
      this.#flush();
    });
  }

  /** The next line, or null once the input has ended. */
  next(): Promise<string | null> {
    const line = this.#queue.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.#ended) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.#waiting = resolve;
    });
  }

  #push(line: string): void {
    if (this.#waiting) {
      const w = this.#waiting;
      this.#waiting = null;
      w(line);
    } else {
      this.#queue.push(line);
    }
  }

  #flush(): void {
    if (this.#waiting && this.#queue.length === 0) {
      const w = this.#waiting;
      this.#waiting = null;
      w(null);
    }
  }
}

/** Removes escape sequences and control characters, and bounds the length. */
export function clean(line: string): string {
  return line
    .slice(0, MAX_LINE)
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
}
