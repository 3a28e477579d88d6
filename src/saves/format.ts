/**
 * Reading and writing the save file format (see saves/README.md).
 *
 * Owns: bytes to SaveFile and back, with every check that needs no story:
 * nesting depth, JSON syntax, forbidden keys, identity (game and story id),
 * format version (newer refused, older migrated forward), then the full
 * shape (schema.ts, a valibot schema). The order matters: a save from a
 * newer build or another game is named as such rather than reported as
 * damaged. A save can be checked as far as its envelope first
 * (`glanceSave`), for lists, and finished later. Pure: no file access.
 */
import { type EndState, endState } from "../log/path.js";
import { ShapeProblem } from "../log/schema.js";
import type { PlaythroughLog } from "../log/types.js";
import { isJsonObject, readUntrustedJson, UntrustedJsonError } from "../text/json.js";
import { SaveLoadError } from "./errors.js";
import { LogBlockError, packEvents, packText, unpackEvents, unpackText } from "./log-blocks.js";
import { checkEnvelopeShape, checkSaveShape } from "./schema.js";
import { GAME_ID, SAVE_FORMAT, type SaveEnvelope, type SaveFile } from "./types.js";

/** Largest save file read, checked with fstat before reading. */
export const MAX_SAVE_BYTES = 16 * 1024 * 1024;
/** Deepest nesting of arrays and objects accepted (format 1 needs 5). */
const MAX_DEPTH = 64;
/** Largest playthrough log unpacked from a format-3 save's blocks, in characters of JSON. */
const MAX_LOG_CHARS = 64 * 1024 * 1024;

/**
 * Forward migrations: `MIGRATIONS[n]` turns a format-n save into format n+1.
 * They run on the parsed JSON before the shape check, so each one must
 * cope with anything: what it cannot work out it leaves for the shape
 * check to report. Every format shipped has fixtures in saves/fixtures.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Format 2 records whether the game has finished (an ending, or waiting for the next chapter),
  // so save lists can mark finished games without replaying them. Worked out from the log.
  1: (old) => {
    const summary = isJsonObject(old.summary) ? old.summary : {};
    let end: EndState = { ended: summary.ending != null, placeholder: null };
    try {
      end = endState(old.log as PlaythroughLog);
    } catch {
      // A log this damaged fails the shape check that follows, with its path.
    }
    return { ...old, format: 2, summary: { ...summary, ...end } };
  },
  // Format 3 packs the log's events into compressed blocks (unpacked before the migrations run): nothing else changed.
  2: (old) => ({ ...old, format: 3 }),
};

/** The oldest format this build can read. */
const OLDEST_FORMAT = 1;

export interface ParseOptions {
  /** The installed story's id: a save for any other story is refused. */
  storyId?: string;
}

/**
 * A save read as far as its envelope: the checks of `parseSave` that need
 * only the envelope have been made. `finish` makes the rest (unpacking the
 * log, migrations, the full shape) and returns the save, or throws
 * SaveLoadError as `parseSave` would.
 */
export interface SaveGlance {
  envelope: SaveEnvelope;
  finish(): SaveFile;
}

/**
 * Checks and decodes a save file's text. `file` names the file in messages.
 * Throws SaveLoadError with the first failed check's reason.
 */
export function parseSave(text: string, file: string, opts: ParseOptions = {}): SaveFile {
  return glanceSave(text, file, opts).finish();
}

/**
 * Checks a save file's text as far as its envelope (size, depth, JSON,
 * forbidden keys, identity, format version, then the envelope's shape),
 * leaving the log for `finish`: what a list entry needs at a fraction of
 * the cost. A save of an older format is read in full at once, since its
 * migrations may work out the summary from the log.
 */
export function glanceSave(text: string, file: string, opts: ParseOptions = {}): SaveGlance {
  const fail = (reason: SaveLoadError["reason"], words: string) => new SaveLoadError(`${file} ${words}`, file, reason);
  let raw: unknown;
  try {
    raw = readUntrustedJson(text, { maxBytes: MAX_SAVE_BYTES, maxDepth: MAX_DEPTH });
  } catch (err) {
    if (!(err instanceof UntrustedJsonError)) throw err;
    const reason = err.problem === "empty" || err.problem === "too-large" ? "not-json" : err.problem;
    throw fail(reason, `${err.problem === "forbidden-key" ? "is refused" : "is damaged"}: ${err.message}`);
  }

  // Envelope: just enough shape to know whose save this is and which format.
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw fail("shape", "is damaged: it is not a save (expected a JSON object)");
  }
  const rec = raw as Record<string, unknown>;
  if (rec.game !== GAME_ID) {
    const whose = typeof rec.game === "string" ? `it belongs to "${rec.game.slice(0, 60)}"` : "it has no game name";
    throw fail("other-game", `is not a First Contact save (${whose})`);
  }
  const story = typeof rec.story === "object" && rec.story !== null ? (rec.story as Record<string, unknown>) : null;
  if (opts.storyId != null && story && typeof story.id === "string" && story.id !== opts.storyId) {
    const title = typeof story.title === "string" ? ` ("${story.title.slice(0, 60)}")` : "";
    throw fail(
      "other-story",
      `is a save for the story "${story.id.slice(0, 60)}"${title}, not the installed story "${opts.storyId}"`,
    );
  }
  const format = rec.format;
  if (typeof format !== "number" || !Number.isInteger(format) || format < OLDEST_FORMAT) {
    throw fail(
      "shape",
      `is damaged: its save format (${JSON.stringify(format)?.slice(0, 20)}) is not one this game ever wrote`,
    );
  }
  if (format > SAVE_FORMAT) {
    throw fail(
      "newer-format",
      `was made by a newer version of First Contact (save format ${format}; this version reads up to ${SAVE_FORMAT}). Update the game to load it; the file was not changed`,
    );
  }
  const finish = () => finishSave(rec, format, file, opts);
  if (format < SAVE_FORMAT) {
    const save = finish();
    return { envelope: save, finish: () => save };
  }
  const envelope = checkedShape(() => checkEnvelopeShape(rec), file);
  refuseOtherStory(envelope.story.id, file, opts);
  return { envelope, finish };
}

/** Runs a shape check; the first problem it finds becomes a SaveLoadError naming the field. */
function checkedShape<T>(check: () => T, file: string): T {
  try {
    return check();
  } catch (err) {
    if (err instanceof ShapeProblem) throw new SaveLoadError(`${file} is damaged: ${err.message}`, file, "shape");
    throw err;
  }
}

/** Throws SaveLoadError when a save whose shape is checked belongs to another story than the installed one. */
function refuseOtherStory(storyId: string, file: string, opts: ParseOptions): void {
  if (opts.storyId != null && storyId !== opts.storyId) {
    throw new SaveLoadError(
      `${file} is a save for the story "${storyId}", not the installed story "${opts.storyId}"`,
      file,
      "other-story",
    );
  }
}

/** The checks after the envelope's: the log unpacked, older formats migrated, then the whole save's shape. */
function finishSave(rec: Record<string, unknown>, format: number, file: string, opts: ParseOptions): SaveFile {
  const fail = (reason: SaveLoadError["reason"], words: string) => new SaveLoadError(`${file} ${words}`, file, reason);
  let current = rec;
  if (format >= 3) {
    try {
      current = unpackSave(rec);
    } catch (err) {
      if (!(err instanceof LogBlockError)) throw err;
      const refused = err.problem === "forbidden-key";
      throw fail(err.problem, `${refused ? "is refused" : "is damaged"}: ${err.message}`);
    }
  }
  for (let f = format; f < SAVE_FORMAT; f++) {
    const step = MIGRATIONS[f];
    if (!step) throw fail("older-format", `uses save format ${f}, which this version cannot convert`);
    current = step(current);
  }

  const save = checkedShape(() => checkSaveShape(current), file);
  refuseOtherStory(save.story.id, file, opts);
  if (save.log.storyId !== save.story.id) {
    throw fail(
      "shape",
      `is damaged: its playthrough is for story "${save.log.storyId}" but the save says "${save.story.id}"`,
    );
  }
  return save;
}

/**
 * A format-3 save's packed parts unpacked: the events packed in `logBlocks`
 * come first, any left in the log itself follow them; `packedState` is the
 * ink state. A save without them (as the game holds one) is left as it is.
 * Throws LogBlockError.
 */
function unpackSave(rec: Record<string, unknown>): Record<string, unknown> {
  const { logBlocks, packedState, ...rest } = rec;
  if (logBlocks !== undefined) {
    const log = isJsonObject(rest.log) ? rest.log : {};
    const packed = unpackEvents(logBlocks, { maxChars: MAX_LOG_CHARS, maxDepth: MAX_DEPTH });
    rest.log = { ...log, events: [...packed, ...(Array.isArray(log.events) ? log.events : [])] };
  }
  if (packedState !== undefined) {
    rest.state = packedState === null ? null : unpackText(packedState, "packedState", MAX_LOG_CHARS);
  }
  return rest;
}

/**
 * The bytes of a save file: compact JSON and a final newline, the log's
 * events packed into `logBlocks` after the log's header, and the ink state
 * packed as `packedState` (see log-blocks.ts).
 */
export function serializeSave(save: SaveFile): Buffer {
  const { state, log, ...envelope } = save;
  const file = {
    ...envelope,
    log: { ...log, events: [] },
    logBlocks: packEvents(log.events),
    packedState: state === null ? null : packText(state),
  };
  return Buffer.from(`${JSON.stringify(file)}\n`, "utf8");
}
