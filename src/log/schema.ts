/**
 * The playthrough log's shape as a valibot schema, for every reader of a
 * log from outside the game (a save slot, a JSON transcript).
 *
 * Owns: what a valid log event is (each `type` and its fields, times that
 * parse, whole turns at or above zero), the field vocabulary the save and
 * transcript envelopes are built from, and the wording of a shape problem:
 * the first wrong field's path and "expected WHAT, found <value>"
 * (`log.events[3].turn: expected a whole number, found -1`). valibot builds
 * fresh objects holding only the fields named here, so unknown keys never
 * travel further into the game; it walks the schema, never the data, so a
 * hostile file cannot make it run deep. Pure: no I/O.
 */
import * as v from "valibot";
import { LOG_FORMAT, META_ACTIONS } from "./types.js";

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
export function record<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, expected("an object")), v.object(entries, "missing"));
}

export const str = v.string(expected("text"));
export const num = v.pipe(v.number(expected("a number")), v.finite(expected("a number")));
export const bool = v.boolean(expected("true or false"));
/** A whole number at or above zero. */
export const count = v.pipe(
  num,
  v.integer((issue) => `expected a whole number, found ${issue.input}`),
  v.minValue(0, (issue) => `expected a whole number, found ${issue.input}`),
);
/** An ISO 8601 time. */
export const time = v.pipe(
  str,
  v.check((s) => !Number.isNaN(Date.parse(s)), expected("an ISO 8601 time")),
);
/** Exactly one of these values. */
export const oneOf = <const T extends readonly (string | number)[]>(...allowed: T) =>
  v.picklist(allowed, expected(allowed.map((a) => JSON.stringify(a)).join(" or ")));
export const list = <T extends v.GenericSchema>(item: T) => v.array(item, expected("a list"));

const choiceRecord = record({ index: count, text: str, target: str });

/** One log event, chosen by its `type` (checked first), with the `extra` fields every event carries besides. */
export function eventSchema<E extends v.ObjectEntries>(extra: E) {
  const base = { turn: count, at: time, ...extra };
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord, expected("an object")),
    v.variant(
      "type",
      [
        v.object({ type: v.literal("text"), ...base, text: str, tags: list(str) }, "missing"),
        v.object({ type: v.literal("choices"), ...base, choices: list(choiceRecord) }, "missing"),
        v.object({ type: v.literal("choose"), ...base, choice: choiceRecord }, "missing"),
        v.object({ type: v.literal("chapter"), ...base, title: str }, "missing"),
        v.object({ type: v.literal("end"), ...base, ending: v.nullable(str) }, "missing"),
        v.object(
          {
            type: v.literal("meta"),
            ...base,
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
}

/** A whole playthrough log, as a save carries it. Made when called: saves/schema.ts makes it once, on first use (nothing before the title needs it). */
export function logSchema() {
  return record({
    format: oneOf(LOG_FORMAT),
    id: str,
    storyId: str,
    storyHash: str,
    seed: num,
    startedAt: time,
    events: list(eventSchema({})),
  });
}

/** `log.events[3].turn` for an issue's path; "" at the top. */
function pathOf(issue: v.BaseIssue<unknown>, root: string): string {
  let path = root;
  for (const item of issue.path ?? []) {
    path += typeof item.key === "number" ? `[${item.key}]` : path ? `.${String(item.key)}` : String(item.key);
  }
  return path;
}

/**
 * Checks `value` against `schema` and returns valibot's fresh copy. Throws
 * ShapeProblem naming the first wrong field, its path starting at `root`.
 */
export function checkShape<S extends v.GenericSchema>(schema: S, value: unknown, root = ""): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ShapeProblem(pathOf(issue, root), issue.message);
}
