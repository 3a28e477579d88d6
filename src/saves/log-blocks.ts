/**
 * The playthrough log's events, and the cached ink state, as a save file
 * holds them from format 3: packed (raw deflate, then base64), the events
 * in blocks, in order.
 *
 * Owns: cutting the events into blocks, packing and unpacking, and
 * remembering the blocks already packed. The log is append-only (no event
 * changes once written), so a block, once full, is packed once and reused
 * by every later save of the same playthrough: a save costs the last block
 * and the bytes on disk, not the whole log again. Pure: no file access.
 */
import { nodeZlib } from "../files/builtins.js";
import type { LogEvent } from "../log/types.js";
import { readUntrustedJson, UntrustedJsonError } from "../text/json.js";

/** A block is closed once its events' JSON reaches this many characters. */
const BLOCK_CHARS = 64 * 1024;

/** A full block: its events end before `end`, and `last` is the last of them (the log must still hold it there). */
interface PackedBlock {
  end: number;
  last: LogEvent;
  text: string;
}

/** Full blocks packed so far, by the first event of the log they came from. */
const packed = new WeakMap<LogEvent, PackedBlock[]>();

/** A text packed: raw deflate, then base64. */
export function packText(text: string): string {
  return nodeZlib().deflateRawSync(Buffer.from(text, "utf8")).toString("base64");
}

function pack(events: string[]): string {
  return packText(`[${events.join(",")}]`);
}

/** The events as packed blocks; the full blocks of an earlier call on the same log are reused. */
export function packEvents(events: readonly LogEvent[]): string[] {
  const first = events[0];
  if (!first) return [];
  const known = packed.get(first) ?? [];
  let kept = 0;
  // A block is reused only where this log still holds its very events.
  while (kept < known.length && events[(known[kept] as PackedBlock).end - 1] === (known[kept] as PackedBlock).last) {
    kept++;
  }
  const full = known.slice(0, kept);
  let pending: string[] = [];
  let size = 0;
  for (let i = full.at(-1)?.end ?? 0; i < events.length; i++) {
    const json = JSON.stringify(events[i]);
    pending.push(json);
    size += json.length + 1;
    if (size >= BLOCK_CHARS) {
      full.push({ end: i + 1, last: events[i] as LogEvent, text: pack(pending) });
      pending = [];
      size = 0;
    }
  }
  packed.set(first, full);
  const blocks = full.map((b) => b.text);
  if (pending.length > 0) blocks.push(pack(pending));
  return blocks;
}

/** Why packed blocks could not be read; `message` completes "is damaged: ..." (or "is refused: ..." for a forbidden key). */
export class LogBlockError extends Error {
  override name = "LogBlockError";
  constructor(
    message: string,
    readonly problem: "not-json" | "too-large" | "too-deep" | "forbidden-key" = "not-json",
  ) {
    super(message);
  }
}

/** A packed text (packText) back, at most `maxChars` long; `field` names it in messages. Throws LogBlockError. */
export function unpackText(packed: unknown, field: string, maxChars: number): string {
  if (typeof packed !== "string") throw new LogBlockError(`${field}: expected a packed text (a string)`);
  try {
    return nodeZlib()
      .inflateRawSync(Buffer.from(packed, "base64"), { maxOutputLength: Math.max(1, maxChars) })
      .toString("utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new LogBlockError(`${field}: unpacks to more than ${maxChars} bytes`, "too-large");
    }
    throw new LogBlockError(`${field}: not a packed text (${(err as Error).message})`);
  }
}

/**
 * The events in packed blocks, each block's JSON checked like any untrusted
 * JSON (nesting, forbidden keys). Their shape is checked later, with the
 * rest of the save. Throws LogBlockError.
 */
export function unpackEvents(blocks: unknown, limits: { maxChars: number; maxDepth: number }): unknown[] {
  if (!Array.isArray(blocks)) throw new LogBlockError("logBlocks: expected a list of packed blocks");
  const events: unknown[] = [];
  let left = limits.maxChars;
  blocks.forEach((block, n) => {
    const text = unpackText(block, `logBlocks[${n}]`, left);
    left -= text.length;
    let value: unknown;
    try {
      value = readUntrustedJson(text, { maxBytes: limits.maxChars, maxDepth: limits.maxDepth });
    } catch (err) {
      if (!(err instanceof UntrustedJsonError)) throw err;
      throw new LogBlockError(`logBlocks[${n}]: ${err.message}`, err.problem === "empty" ? "not-json" : err.problem);
    }
    if (!Array.isArray(value)) throw new LogBlockError(`logBlocks[${n}]: expected a list of events`);
    for (const e of value) events.push(e);
  });
  return events;
}
