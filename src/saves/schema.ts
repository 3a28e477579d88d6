/**
 * The full shape of a save of the current format, as a valibot schema.
 *
 * Owns: the save's envelope (slot, story, summary, cached state) around the
 * playthrough log, whose shape and the wording of every problem are the
 * log's (src/log/schema.ts). The checks that come before the shape (size,
 * depth, forbidden keys, identity, format version) live in format.ts.
 */
import * as v from "valibot";
import { bool, checkShape, count, logSchema, num, oneOf, record, str } from "../log/schema.js";
import { GAME_ID, SAVE_FORMAT, type SaveFile } from "./types.js";

/** The save file's schema, made on first use (nothing before the title needs it). */
function makeSaveFile() {
  return record({
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
    log: logSchema(),
    state: v.nullable(str),
  });
}
let saveFile: ReturnType<typeof makeSaveFile> | undefined;

/** Checks a parsed save (already migrated to the current format) field by field. Throws ShapeProblem naming the first field that is wrong. */
export function checkSaveShape(value: unknown): SaveFile {
  saveFile ??= makeSaveFile();
  return checkShape(saveFile, value);
}
