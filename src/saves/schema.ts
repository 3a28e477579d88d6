/**
 * The full shape of a save of the current format, as a valibot schema.
 *
 * Owns: the save's envelope (slot, story, summary, cached state) around the
 * playthrough log, checked alone (for lists) or with it. The log's shape and
 * the wording of every problem are the log's (src/log/schema.ts). The checks that come before the shape (size,
 * depth, forbidden keys, identity, format version) live in format.ts.
 */
import * as v from "valibot";
import { bool, checkShape, count, logSchema, num, oneOf, record, str } from "../log/schema.js";
import { GAME_ID, SAVE_FORMAT, type SaveEnvelope, type SaveFile } from "./types.js";

/** The envelope's fields: everything but the log and the ink state. */
function envelopeEntries() {
  return {
    format: oneOf(SAVE_FORMAT),
    game: oneOf(GAME_ID),
    slot: str,
    savedAt: str,
    gameVersion: str,
    story: record({ id: str, hash: str, title: str }),
    summary: record({
      turns: count,
      chapter: v.nullable(str),
      scene: v.nullable(str),
      lastLine: v.nullable(str),
      ending: v.nullable(str),
      ended: bool,
      placeholder: v.nullable(str),
      playMillis: num,
    }),
  };
}

/** The save file's schema, made on first use (nothing before the title needs it). */
function makeSaveFile() {
  return record({ ...envelopeEntries(), log: logSchema(), state: v.nullable(str) });
}
let saveFile: ReturnType<typeof makeSaveFile> | undefined;

/** The envelope's schema, with the log's id alone: what a save list reads. */
function makeEnvelope() {
  return record({ ...envelopeEntries(), log: record({ id: str }) });
}
let envelope: ReturnType<typeof makeEnvelope> | undefined;

/**
 * Checks a current-format save's envelope (the log's id, not the log).
 * Throws ShapeProblem naming the first field that is wrong, as the whole
 * save's check would.
 */
export function checkEnvelopeShape(value: unknown): SaveEnvelope {
  envelope ??= makeEnvelope();
  return checkShape(envelope, value);
}

/** Checks a parsed save (already migrated to the current format) field by field. Throws ShapeProblem naming the first field that is wrong. */
export function checkSaveShape(value: unknown): SaveFile {
  saveFile ??= makeSaveFile();
  return checkShape(saveFile, value);
}
