/**
 * The JSON transcript: the playthrough log in a documented, versioned file
 * that other tools can read and `first-contact replay` can rebuild a game
 * from. The format is described field by field in docs/transcript-format.md.
 *
 * Owns: writing that format (toJson) and reading it back with every check a
 * file from elsewhere needs (parseTranscript): a size limit, JSON parse, no
 * `__proto__` / `constructor` / `prototype` keys, identity, version, and the
 * shape of every field (a valibot schema). Pure: strings in, data or typed
 * errors out.
 */
import * as v from "valibot";
import {
  type ChoiceRecord,
  LOG_FORMAT,
  type LogEvent,
  type LogSummary,
  META_ACTIONS,
  markUndone,
  type PlaythroughLog,
  summarize,
} from "../log/index.js";
import { TranscriptFormatError } from "./errors.js";
import type { TranscriptOptions } from "./model.js";

/** The value of `format` in every JSON transcript. */
const TRANSCRIPT_FORMAT_ID = "first-contact-transcript";
/** The JSON transcript format version this game writes and the newest it reads. */
const TRANSCRIPT_VERSION = 1;
/** The largest JSON transcript read, in bytes (UTF-8). */
export const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;

/** One event of the transcript: a log event plus whether a later undo abandoned it. */
type TranscriptEvent = LogEvent & { undone: boolean };

/** A JSON transcript, format version 1. */
export interface TranscriptFile {
  format: typeof TRANSCRIPT_FORMAT_ID;
  version: typeof TRANSCRIPT_VERSION;
  story: { id: string; hash: string; title: string };
  playthrough: { id: string; logFormat: typeof LOG_FORMAT; seed: number; startedAt: string };
  /** Derived from the events when written; informative only, never trusted when read. */
  summary: LogSummary;
  events: TranscriptEvent[];
}

/** Options for the JSON transcript. `withUndone` is ignored: the file always carries every event. */
export type JsonOptions = TranscriptOptions;

/** Builds an event object with its keys in the documented order. */
function orderedEvent(e: LogEvent, undone: boolean): TranscriptEvent {
  const base = { type: e.type, turn: e.turn, at: e.at, undone };
  switch (e.type) {
    case "text":
      return { ...base, type: e.type, text: e.text, tags: [...e.tags] };
    case "choices":
      return { ...base, type: e.type, choices: e.choices.map(orderedChoice) };
    case "choose":
      return { ...base, type: e.type, choice: orderedChoice(e.choice) };
    case "chapter":
      return { ...base, type: e.type, title: e.title };
    case "end":
      return { ...base, type: e.type, ending: e.ending };
    case "meta": {
      const meta: TranscriptEvent = { ...base, type: e.type, action: e.action };
      if (e.toTurn !== undefined) meta.toTurn = e.toTurn;
      if (e.detail !== undefined) meta.detail = e.detail;
      return meta;
    }
  }
}

function orderedChoice(c: ChoiceRecord): ChoiceRecord {
  return { index: c.index, text: c.text, target: c.target };
}

/**
 * Renders a playthrough as a JSON transcript (format version 1): the story's
 * id, hash and title, the seed, a summary, and every event of the log (kept
 * and abandoned alike, each marked), so the file can rebuild the game.
 */
export function toJson(log: PlaythroughLog, opts: JsonOptions = {}): string {
  const file: TranscriptFile = {
    format: TRANSCRIPT_FORMAT_ID,
    version: TRANSCRIPT_VERSION,
    story: { id: log.storyId, hash: log.storyHash, title: opts.title ?? log.storyId },
    playthrough: { id: log.id, logFormat: log.format, seed: log.seed, startedAt: log.startedAt },
    summary: summarize(log),
    events: markUndone(log.events).map((m) => orderedEvent(m.event, m.undone)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// The shape of a version-1 transcript, as valibot schemas. Each message
// completes the sentence "transcript.events[3].turn ...". valibot builds
// fresh objects holding only the fields named here, so unknown keys are
// dropped.

/** A plain object (never a list) with these fields. */
function obj<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<Obj>(isObj, "should be an object"), v.object(entries, "is missing"));
}

const WHOLE = "should be a whole number (0 or more)";
const str = v.string("should be text");
const whole = v.pipe(v.number(WHOLE), v.safeInteger(WHOLE), v.minValue(0, WHOLE));
const num = v.pipe(v.number("should be a number"), v.finite("should be a number"));
const time = v.pipe(
  str,
  v.check((s) => !Number.isNaN(Date.parse(s)), "should be an ISO 8601 time"),
);
const strOrNull = v.nullable(v.string("should be text or null"));

const choiceRecord = obj({ index: whole, text: str, target: str });
const base = { turn: whole, at: time, undone: v.boolean("should be true or false") };
/** One event, chosen by its `type` (checked first), plus its `undone` mark. */
const event = v.pipe(
  v.custom<Obj>(isObj, "should be an object"),
  v.variant(
    "type",
    [
      v.object(
        {
          type: v.literal("text"),
          ...base,
          text: str,
          tags: v.array(v.string("should be text"), "should be a list of text"),
        },
        "is missing",
      ),
      v.object(
        { type: v.literal("choices"), ...base, choices: v.array(choiceRecord, "should be a list") },
        "is missing",
      ),
      v.object({ type: v.literal("choose"), ...base, choice: choiceRecord }, "is missing"),
      v.object({ type: v.literal("chapter"), ...base, title: str }, "is missing"),
      v.object({ type: v.literal("end"), ...base, ending: strOrNull }, "is missing"),
      v.object(
        {
          type: v.literal("meta"),
          ...base,
          action: v.picklist(META_ACTIONS, "is not a known action"),
          toTurn: v.optional(whole),
          detail: v.optional(str),
        },
        "is missing",
      ),
    ],
    "is not a known event type",
  ),
);

/** Everything after `format` and `version`, which are checked before it. */
const transcriptBody = v.object(
  {
    story: obj({ id: str, hash: str, title: str }),
    playthrough: obj({
      id: str,
      logFormat: v.literal(LOG_FORMAT, `should be ${LOG_FORMAT}`),
      seed: v.pipe(v.number("should be a whole number"), v.safeInteger("should be a whole number")),
      startedAt: time,
    }),
    summary: obj({
      turns: whole,
      chapter: strOrNull,
      scene: strOrNull,
      lastLine: strOrNull,
      ending: strOrNull,
      playMillis: num,
    }),
    events: v.array(event, "should be a list"),
  },
  "is missing",
);

const FIRST_PROBLEM = { abortEarly: true } as const;

/** `transcript.events[3].turn` for an issue's path. */
function where(issue: v.BaseIssue<unknown>): string {
  let path = "transcript";
  for (const item of issue.path ?? []) {
    path += typeof item.key === "number" ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return path;
}

/**
 * Reads a JSON transcript. Checks, in order: size, JSON syntax, forbidden
 * keys, that it is a First Contact transcript at all, its version, and the
 * shape of every field. Throws TranscriptFormatError (with a `code`) on the
 * first problem; the message is one sentence a player can act on.
 */
export function parseTranscript(text: string): TranscriptFile {
  if (text.length > MAX_TRANSCRIPT_BYTES || Buffer.byteLength(text, "utf8") > MAX_TRANSCRIPT_BYTES) {
    throw new TranscriptFormatError(
      `this transcript is too large to read (the limit is ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB)`,
      "too-large",
    );
  }
  let raw: unknown;
  let forbidden: string | null = null;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return value;
    });
  } catch (err) {
    const reason = err instanceof RangeError ? "it is nested too deeply" : "it is not valid JSON";
    throw new TranscriptFormatError(`this is not a First Contact transcript: ${reason}`, "not-json");
  }
  if (forbidden !== null) {
    throw new TranscriptFormatError(
      `this transcript contains a forbidden key "${forbidden}" and was not read`,
      "forbidden-key",
    );
  }
  if (!isObj(raw) || raw.format !== TRANSCRIPT_FORMAT_ID) {
    throw new TranscriptFormatError("not a First Contact transcript", "foreign");
  }
  const version = raw.version;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 1) {
    throw new TranscriptFormatError("this transcript is damaged: version should be a whole number from 1", "bad-shape");
  }
  if (version > TRANSCRIPT_VERSION) {
    throw new TranscriptFormatError(
      `this transcript was made by a newer version of First Contact (transcript format ${version}; this version reads up to ${TRANSCRIPT_VERSION})`,
      "newer-version",
    );
  }
  const result = v.safeParse(transcriptBody, raw, FIRST_PROBLEM);
  if (!result.success) {
    const issue = result.issues[0];
    throw new TranscriptFormatError(`this transcript is damaged: ${where(issue)} ${issue.message}`, "bad-shape");
  }
  const { story, playthrough, summary, events } = result.output;
  return {
    format: TRANSCRIPT_FORMAT_ID,
    version: TRANSCRIPT_VERSION,
    story,
    playthrough,
    summary,
    events,
  };
}

/** The playthrough log a transcript carries (the `undone` marks dropped: the log derives them). */
export function logFromTranscript(t: TranscriptFile): PlaythroughLog {
  return {
    format: LOG_FORMAT,
    id: t.playthrough.id,
    storyId: t.story.id,
    storyHash: t.story.hash,
    seed: t.playthrough.seed,
    startedAt: t.playthrough.startedAt,
    events: t.events.map(({ undone: _undone, ...e }) => e as LogEvent),
  };
}
