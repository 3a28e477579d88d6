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
  markUndone,
  type PlaythroughLog,
  summarize,
} from "../log/index.js";
import {
  bool,
  checkShape,
  count,
  eventSchema,
  list,
  num,
  oneOf,
  record,
  ShapeProblem,
  str,
  time,
} from "../log/schema.js";
import { isJsonObject, readUntrustedJson, UntrustedJsonError } from "../text/json.js";
import { TranscriptFormatError } from "./errors.js";
import type { TranscriptOptions } from "./model.js";

/** The value of `format` in every JSON transcript. */
const TRANSCRIPT_FORMAT_ID = "first-contact-transcript";
/** The JSON transcript format version this game writes and the newest it reads. */
const TRANSCRIPT_VERSION = 1;
/** The largest JSON transcript read, in bytes (UTF-8). */
export const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;
/** Deepest nesting of arrays and objects read (version 1 needs 5). */
const MAX_DEPTH = 64;

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

const strOrNull = v.nullable(str);

/** Everything after `format` and `version`, which are checked before it. */
const transcriptBody = v.object(
  {
    story: record({ id: str, hash: str, title: str }),
    playthrough: record({
      id: str,
      logFormat: oneOf(LOG_FORMAT),
      seed: num,
      startedAt: time,
    }),
    summary: record({
      turns: count,
      chapter: strOrNull,
      scene: strOrNull,
      lastLine: strOrNull,
      ending: strOrNull,
      playMillis: num,
    }),
    events: list(eventSchema({ undone: bool })),
  },
  "missing",
);

/**
 * Reads a JSON transcript. Checks, in order: size, JSON syntax, forbidden
 * keys, that it is a First Contact transcript at all, its version, and the
 * shape of every field. Throws TranscriptFormatError (with a `code`) on the
 * first problem; the message is one sentence a player can act on.
 */
export function parseTranscript(text: string): TranscriptFile {
  let raw: unknown;
  try {
    raw = readUntrustedJson(text, { maxBytes: MAX_TRANSCRIPT_BYTES, maxDepth: MAX_DEPTH });
  } catch (err) {
    if (!(err instanceof UntrustedJsonError)) throw err;
    switch (err.problem) {
      case "too-large":
        throw new TranscriptFormatError(`this transcript ${err.message.replace(/^it /, "")}`, "too-large");
      case "forbidden-key":
        throw new TranscriptFormatError(
          `this transcript contains a forbidden key "${err.key}" and was not read`,
          "forbidden-key",
        );
      default: {
        const reason = err.problem === "too-deep" ? "it is nested too deeply" : "it is not valid JSON";
        throw new TranscriptFormatError(`this is not a First Contact transcript: ${reason}`, "not-json");
      }
    }
  }
  if (!isJsonObject(raw) || raw.format !== TRANSCRIPT_FORMAT_ID) {
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
  let body: v.InferOutput<typeof transcriptBody>;
  try {
    body = checkShape(transcriptBody, raw, "transcript");
  } catch (err) {
    if (!(err instanceof ShapeProblem)) throw err;
    throw new TranscriptFormatError(`this transcript is damaged: ${err.message}`, "bad-shape");
  }
  const { story, playthrough, summary, events } = body;
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
