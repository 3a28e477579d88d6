/**
 * The JSON transcript: the playthrough log in a documented, versioned file
 * that other tools can read and `first-contact replay` can rebuild a game
 * from. The format is described field by field in docs/transcript-format.md.
 *
 * Owns: writing that format (toJson) and reading it back with every check a
 * file from elsewhere needs (parseTranscript): a size limit, JSON parse, no
 * `__proto__` / `constructor` / `prototype` keys, identity, version, and the
 * shape of every field. Pure: strings in, data or typed errors out.
 */
import {
  type ChoiceRecord,
  LOG_FORMAT,
  type LogEvent,
  type LogSummary,
  type MetaAction,
  markUndone,
  type PlaythroughLog,
  summarize,
} from "../log/index.js";
import { TranscriptFormatError } from "./errors.js";
import type { TranscriptOptions } from "./model.js";

/** The value of `format` in every JSON transcript. */
export const TRANSCRIPT_FORMAT_ID = "first-contact-transcript";
/** The JSON transcript format version this game writes and the newest it reads. */
export const TRANSCRIPT_VERSION = 1;
/** The largest JSON transcript read, in bytes (UTF-8). */
export const MAX_TRANSCRIPT_BYTES = 32 * 1024 * 1024;

/** One event of the transcript: a log event plus whether a later undo abandoned it. */
export type TranscriptEvent = LogEvent & { undone: boolean };

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
const META_ACTIONS: ReadonlySet<string> = new Set<MetaAction>([
  "started",
  "saved",
  "loaded",
  "undone",
  "migrated",
  "settings",
  "resumed",
]);

type Obj = Record<string, unknown>;

class Shape {
  constructor(readonly where: string) {}

  fail(what: string): never {
    throw new TranscriptFormatError(`this transcript is damaged: ${this.where} ${what}`, "bad-shape");
  }

  at(key: string | number): Shape {
    return new Shape(typeof key === "number" ? `${this.where}[${key}]` : `${this.where}.${key}`);
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function obj(v: unknown, s: Shape): Obj {
  if (!isObj(v)) return s.fail("should be an object");
  return v;
}

function str(o: Obj, key: string, s: Shape): string {
  const v = o[key];
  if (typeof v !== "string") return s.at(key).fail("should be text");
  return v;
}

function int(o: Obj, key: string, s: Shape, min = 0): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min) {
    return s.at(key).fail(`should be a whole number${min === 0 ? " (0 or more)" : ""}`);
  }
  return v;
}

function num(o: Obj, key: string, s: Shape): number {
  const v = o[key];
  if (typeof v !== "number" || !Number.isFinite(v)) return s.at(key).fail("should be a number");
  return v;
}

function bool(o: Obj, key: string, s: Shape): boolean {
  const v = o[key];
  if (typeof v !== "boolean") return s.at(key).fail("should be true or false");
  return v;
}

function time(o: Obj, key: string, s: Shape): string {
  const v = str(o, key, s);
  if (Number.isNaN(Date.parse(v))) return s.at(key).fail("should be an ISO 8601 time");
  return v;
}

function nullableStr(o: Obj, key: string, s: Shape): string | null {
  const v = o[key];
  if (v !== null && typeof v !== "string") return s.at(key).fail("should be text or null");
  return v;
}

function choiceRecord(v: unknown, s: Shape): ChoiceRecord {
  const o = obj(v, s);
  return { index: int(o, "index", s), text: str(o, "text", s), target: str(o, "target", s) };
}

function event(v: unknown, s: Shape): TranscriptEvent {
  const o = obj(v, s);
  const base = { turn: int(o, "turn", s), at: time(o, "at", s), undone: bool(o, "undone", s) };
  const type = o.type;
  switch (type) {
    case "text": {
      const tags = o.tags;
      if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string"))
        return s.at("tags").fail("should be a list of text");
      return { type, ...base, text: str(o, "text", s), tags: [...(tags as string[])] };
    }
    case "choices": {
      const choices = o.choices;
      if (!Array.isArray(choices)) return s.at("choices").fail("should be a list");
      return { type, ...base, choices: choices.map((c, i) => choiceRecord(c, s.at("choices").at(i))) };
    }
    case "choose":
      return { type, ...base, choice: choiceRecord(o.choice, s.at("choice")) };
    case "chapter":
      return { type, ...base, title: str(o, "title", s) };
    case "end":
      return { type, ...base, ending: nullableStr(o, "ending", s) };
    case "meta": {
      const action = o.action;
      if (typeof action !== "string" || !META_ACTIONS.has(action)) return s.at("action").fail("is not a known action");
      const e: TranscriptEvent = { type, ...base, action: action as MetaAction };
      if (o.toTurn !== undefined) e.toTurn = int(o, "toTurn", s);
      if (o.detail !== undefined) e.detail = str(o, "detail", s);
      return e;
    }
    default:
      return s.at("type").fail("is not a known event type");
  }
}

function summary(v: unknown, s: Shape): LogSummary {
  const o = obj(v, s);
  return {
    turns: int(o, "turns", s),
    chapter: nullableStr(o, "chapter", s),
    scene: nullableStr(o, "scene", s),
    lastLine: nullableStr(o, "lastLine", s),
    ending: nullableStr(o, "ending", s),
    playMillis: num(o, "playMillis", s),
  };
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
    return new Shape("version").fail("should be a whole number from 1");
  }
  if (version > TRANSCRIPT_VERSION) {
    throw new TranscriptFormatError(
      `this transcript was made by a newer version of First Contact (transcript format ${version}; this version reads up to ${TRANSCRIPT_VERSION})`,
      "newer-version",
    );
  }
  const root = new Shape("transcript");
  const storyShape = root.at("story");
  const story = obj(raw.story, storyShape);
  const playShape = root.at("playthrough");
  const play = obj(raw.playthrough, playShape);
  const logFormat = int(play, "logFormat", playShape, 1);
  if (logFormat !== LOG_FORMAT) return playShape.at("logFormat").fail(`should be ${LOG_FORMAT}`);
  const events = raw.events;
  if (!Array.isArray(events)) return root.at("events").fail("should be a list");
  return {
    format: TRANSCRIPT_FORMAT_ID,
    version: TRANSCRIPT_VERSION,
    story: {
      id: str(story, "id", storyShape),
      hash: str(story, "hash", storyShape),
      title: str(story, "title", storyShape),
    },
    playthrough: {
      id: str(play, "id", playShape),
      logFormat: LOG_FORMAT,
      seed: int(play, "seed", playShape, Number.MIN_SAFE_INTEGER),
      startedAt: time(play, "startedAt", playShape),
    },
    summary: summary(raw.summary, root.at("summary")),
    events: events.map((e, i) => event(e, root.at("events").at(i))),
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
