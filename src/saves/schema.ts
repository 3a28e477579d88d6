/**
 * The full shape of a save of the current format, as a valibot schema.
 *
 * Owns: turning an untrusted parsed JSON value into a SaveFile, or a
 * ShapeProblem naming the first field that is wrong
 * (`log.events[3].turn: expected a whole number, found -1`). valibot builds
 * fresh objects and lists holding only the fields named here, so unknown
 * keys never travel further into the game; it walks the schema, never the
 * data, so a hostile file cannot make it run deep. The checks that come
 * before the shape (size, depth, forbidden keys, identity, format version)
 * live in format.ts.
 */
import * as v from "valibot";
import { LOG_FORMAT, META_ACTIONS } from "../log/types.js";
import { GAME_ID, SAVE_FORMAT, type SaveFile } from "./types.js";

/** The first problem found, with the field's path (`log.events[3].turn`). */
export class ShapeProblem extends Error {
  override name = "ShapeProblem";
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || "the file"}: ${problem}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return `number ${value}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

/** The message "expected WHAT, found <the value>". */
const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, found ${describe(issue.input)}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A plain object (never a list) with these fields; a missing one is reported as "missing". */
function record<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, expected("an object")), v.object(entries, "missing"));
}

const str = v.string(expected("text"));
const num = v.pipe(v.number(expected("a number")), v.finite(expected("a number")));
/** A whole number at or above zero. */
const count = v.pipe(
  num,
  v.integer((issue) => `expected a whole number, found ${issue.input}`),
  v.minValue(0, (issue) => `expected a whole number, found ${issue.input}`),
);
const oneOf = <const T extends readonly (string | number)[]>(...allowed: T) =>
  v.picklist(allowed, expected(allowed.map((a) => JSON.stringify(a)).join(" or ")));

const choiceRecord = record({ index: count, text: str, target: str });
const base = { turn: count, at: str };
/** One of the log's events, chosen by its `type`; `type` is checked first. */
const event = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, expected("an object")),
  v.variant(
    "type",
    [
      v.object({ ...base, type: v.literal("text"), text: str, tags: v.array(str, expected("a list")) }, "missing"),
      v.object({ ...base, type: v.literal("choices"), choices: v.array(choiceRecord, expected("a list")) }, "missing"),
      v.object({ ...base, type: v.literal("choose"), choice: choiceRecord }, "missing"),
      v.object({ ...base, type: v.literal("chapter"), title: str }, "missing"),
      v.object({ ...base, type: v.literal("end"), ending: v.nullable(str) }, "missing"),
      v.object(
        {
          ...base,
          type: v.literal("meta"),
          action: oneOf(...META_ACTIONS),
          toTurn: v.optional(count),
          detail: v.optional(str),
        },
        "missing",
      ),
    ],
    expected("one of text, choices, choose, chapter, end, meta"),
  ),
);

const saveFile = record({
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
    ended: v.boolean(expected("true or false")),
    placeholder: v.nullable(str),
    playMillis: num,
  }),
  log: record({
    format: oneOf(LOG_FORMAT),
    id: str,
    storyId: str,
    storyHash: str,
    seed: num,
    startedAt: str,
    events: v.array(event, expected("a list")),
  }),
  state: v.nullable(str),
});

const FIRST_PROBLEM = { abortEarly: true } as const;

/** `log.events[3].turn` for an issue's path; "" at the top. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = "";
  for (const item of issue.path ?? []) {
    path += typeof item.key === "number" ? `[${item.key}]` : path ? `.${String(item.key)}` : String(item.key);
  }
  return path;
}

/** Checks a parsed save (already migrated to the current format) field by field. Throws ShapeProblem naming the first field that is wrong. */
export function checkSaveShape(value: unknown): SaveFile {
  const result = v.safeParse(saveFile, value, FIRST_PROBLEM);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ShapeProblem(pathOf(issue), issue.message);
}
