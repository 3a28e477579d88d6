/**
 * Settings and the player's profile.
 *
 * Owns: `settings.json` (width, colour, pacing, paging, skipping seen
 * text) and `profile.json` (what the player has found in each story) in the
 * settings directory (see paths.ts), each with its format number and a
 * migration from every earlier shape, applied as the file is read. Both are read with the
 * game's untrusted-JSON reader and written with its one atomic writer (0600,
 * in a folder this module makes 0700). A file that will not parse is kept
 * aside as `<name>.json.damaged-<time>` and replaced by defaults; a value
 * that is not valid falls back to its default on its own. A symbolic link
 * (or anything but a plain file) where a settings file should be is refused
 * before it is read or written, as for save slots. Never prints.
 *
 * Why not the `conf` library: it was measured doing this same job (conf
 * 15.1.0, the same fields as a JSON schema with defaults, reading the same
 * settings.json) against this module, in 30 paired runs of fresh Node 20
 * processes, `node scripts/bench-settings.mjs <dir with conf installed> 30`:
 * the import and first read took a median 297 ms with conf against 30 ms
 * here, 257 ms more (median of the pairs' differences; whole processes
 * 280 ms more), most of it loading and compiling ajv for the schema
 * (`node --cpu-prof`: ajv the largest package in the profile). The settings
 * are read before the title screen is drawn, whose whole start-up is
 * budgeted in a few hundred milliseconds (`npm run bench`), so conf would
 * more than double it. conf also has no way to set a damaged file aside
 * and tell the player: a file that will not parse, or one value the schema
 * refuses, throws for the whole file (or, with `clearInvalidConfig`, every
 * setting is dropped without a word); and its migrations key on the app's
 * version rather than the file's format. This module keeps what conf would give: a format number
 * and a migration per change of shape, defaults for anything missing or
 * invalid, atomic writes.
 */

import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../files/atomic.js";
import { errCode } from "../files/fs-ops.js";
import { isJsonObject, readUntrustedJson, UntrustedJsonError } from "../text/json.js";
import { fileStamp } from "../text/time.js";
import { SaveError } from "./errors.js";
import { SAVE_FILE_MODE } from "./write.js";

/** The settings format written in `format`; bumped (with a migration) when a field changes shape. */
const SETTINGS_FORMAT = 3;
/** The profile format written in `format`; bumped (with a migration) when a field changes shape. */
const PROFILE_FORMAT = 2;
/** Largest settings file read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;
/** Largest profile file read: room for the lines read in several stories (see MAX_LINES). */
const MAX_PROFILE_BYTES = 16 * 1024 * 1024;

export interface Settings {
  /** Wrap width in columns, or "auto" to follow the terminal. */
  width: "auto" | number;
  /** `auto` follows the terminal and NO_COLOR; `on`/`off` force it. */
  colour: "auto" | "on" | "off";
  /** How text appears: all at once, or typed out fast or slow. */
  pacing: "off" | "fast" | "slow";
  /** Whether text waits for a key after a screenful. */
  paging: "on" | "off";
  /**
   * Whether text read in any playthrough is passed over (no pacing, no
   * paging, dimmed): `auto` is on in the rich renderer and off in plain mode.
   */
  skipSeen: "auto" | "on" | "off";
}

/** When and in which playthrough an ending was first found (null for endings recorded before this was kept). */
export interface EndingFound {
  at: string | null;
  /** The playthrough's id, and when it started. */
  playthrough: string | null;
  started: string | null;
}

/** What the player has found in one story. */
export interface StoryProfile {
  /** By ending id (the `# ending:` tag), in the order first found. */
  endings: Record<string, EndingFound>;
  /** The target paths of every choice taken in any playthrough (a set, at most MAX_SEEN). */
  seen: string[];
  /**
   * The lines read in any playthrough, by key (lineKey: a hash of the line's
   * words, so a line kept word for word by a new version of the story stays
   * read): a set of at most MAX_LINES, oldest first.
   */
  lines: string[];
  /** By chapter title: how the player last reached it (not through an entry preset), to start it again. */
  chapters: Record<string, ChapterReached>;
}

/** The way to a chapter: the seed and the choices made before it (each with how many were offered). */
export interface ChapterReached {
  at: string;
  seed: number;
  storyHash: string;
  choices: { index: number; text: string; target: string; offered: number }[];
}

interface Profile {
  /** By story id (the manifest's id, or the identity of a story played with `play FILE`). */
  stories: Record<string, StoryProfile>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  width: "auto",
  colour: "auto",
  pacing: "off",
  paging: "on",
  skipSeen: "auto",
});

/** The story the profile's first format (which kept endings without a story) was written for. */
const FIRST_STORY = "first-contact";

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** Settings migrations by the format they start from. */
const SETTINGS_MIGRATIONS: Record<number, Migration> = {
  // 1 -> 2: colour always/never became on/off, pacing instant/typewriter became off/fast, width null became "auto".
  1: (raw) => ({
    ...raw,
    colour: raw.colour === "always" ? "on" : raw.colour === "never" ? "off" : raw.colour,
    pacing: raw.pacing === "instant" ? "off" : raw.pacing === "typewriter" ? "fast" : raw.pacing,
    width: raw.width === null ? "auto" : raw.width,
  }),
  // 2 -> 3: skipSeen gained "auto" (on in the rich renderer, off in plain mode), the new default. No screen or
  // flag could set it before, so the "off" every second-format file holds is the old default, not a choice.
  2: (raw) => ({ ...raw, skipSeen: raw.skipSeen === "off" ? "auto" : raw.skipSeen }),
};

/** Profile migrations by the format they start from. */
const PROFILE_MIGRATIONS: Record<number, Migration> = {
  // 1 -> 2: endings were a list of ids for First Contact alone; now each story keeps its own, with when and where.
  1: ({ endingsFound, ...rest }) => {
    const endings: Record<string, EndingFound> = {};
    if (Array.isArray(endingsFound)) {
      for (const e of endingsFound)
        if (typeof e === "string") endings[e] = { at: null, playthrough: null, started: null };
    }
    return { ...rest, stories: { [FIRST_STORY]: { endings } } };
  },
};

/** Brings fields read from a file of any earlier format to `current`'s shape (a file without a format is the first). */
function migrate(
  raw: Record<string, unknown>,
  current: number,
  steps: Record<number, Migration>,
): Record<string, unknown> {
  // No file (or nothing in it) is nothing to migrate: not a first-format file.
  if (Object.keys(raw).length === 0) return { format: current };
  let format = typeof raw.format === "number" && Number.isInteger(raw.format) ? raw.format : 1;
  let fields = raw;
  while (format < current) {
    const step = steps[format];
    if (step) fields = step(fields);
    format += 1;
  }
  return { ...fields, format };
}

/** A settings file that is a symbolic link or not a plain file: left alone, neither read nor written. */
class SettingsFileError extends SaveError {
  override name = "SettingsFileError";
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A width that may be stored: "auto" or a whole number of columns from 20 to 1000. */
function validWidth(value: unknown): value is Settings["width"] {
  return value === "auto" || (typeof value === "number" && Number.isInteger(value) && value >= 20 && value <= 1000);
}

function cleanSettings(raw: Record<string, unknown>): Settings {
  const d = DEFAULT_SETTINGS;
  return {
    width: validWidth(raw.width) ? raw.width : d.width,
    colour: oneOf(raw.colour, ["auto", "on", "off"], d.colour),
    pacing: oneOf(raw.pacing, ["off", "fast", "slow"], d.pacing),
    paging: oneOf(raw.paging, ["on", "off"], d.paging),
    skipSeen: oneOf(raw.skipSeen, ["auto", "on", "off"], d.skipSeen),
  };
}

const MAX_ID = 200;
/** The most choice paths the profile keeps for one story. */
const MAX_SEEN = 20_000;
/** The most line keys the profile keeps for one story (the oldest go first); First Contact's prose is some 4,000 lines. */
const MAX_LINES = 50_000;
/** A line key: 11 characters of base64url (see lineKey). */
const LINE_KEY = /^[A-Za-z0-9_-]{11}$/;
/** Line keys are stored as one string, each key 11 characters, none between: a fifth of the size of a list. */
const joinKeys = (keys: Iterable<string>) => [...keys].join("");
function splitKeys(text: unknown): string[] {
  if (typeof text !== "string") return [];
  // The usual case, checked at once: nothing but key characters, whole keys.
  const whole = text.length % 11 === 0 && /^[A-Za-z0-9_-]*$/.test(text);
  const out: string[] = [];
  for (let i = 0; i + 11 <= text.length; i += 11) {
    const key = text.slice(i, i + 11);
    if (whole || LINE_KEY.test(key)) out.push(key);
  }
  return out;
}
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const textOrNull = (v: unknown): string | null => (typeof v === "string" && v.length <= MAX_ID ? v : null);

function cleanStory(raw: unknown): StoryProfile {
  const endings: Record<string, EndingFound> = {};
  const found = isRecord(raw) && isRecord(raw.endings) ? raw.endings : {};
  for (const [id, e] of Object.entries(found)) {
    if (id.length > MAX_ID) continue;
    const r = isRecord(e) ? e : {};
    endings[id] = { at: textOrNull(r.at), playthrough: textOrNull(r.playthrough), started: textOrNull(r.started) };
  }
  const seen = isRecord(raw) && Array.isArray(raw.seen) ? raw.seen : [];
  return {
    chapters: cleanChapters(raw),
    endings,
    seen: [...new Set(seen.filter((p): p is string => typeof p === "string" && p.length <= MAX_ID))].slice(0, MAX_SEEN),
    lines: [...new Set(splitKeys(isRecord(raw) ? raw.lines : undefined))].slice(-MAX_LINES),
  };
}

/** A story's chapters, as its part of the profile records how each was reached. */
function cleanChapters(raw: unknown): StoryProfile["chapters"] {
  const chapters: Record<string, ChapterReached> = {};
  const reached = isRecord(raw) && isRecord(raw.chapters) ? raw.chapters : {};
  for (const [title, c] of Object.entries(reached)) {
    const r = isRecord(c) ? c : {};
    const list = Array.isArray(r.choices) ? r.choices : [];
    const choices = list.filter(isRecord).map((x) => ({
      index: typeof x.index === "number" ? x.index : 0,
      text: typeof x.text === "string" ? x.text : "",
      target: typeof x.target === "string" ? x.target : "",
      offered: typeof x.offered === "number" ? x.offered : 0,
    }));
    if (title.length > MAX_ID || typeof r.seed !== "number" || choices.length !== list.length) continue;
    chapters[title] = {
      at: textOrNull(r.at) ?? "",
      seed: r.seed,
      storyHash: textOrNull(r.storyHash) ?? "",
      choices,
    };
  }
  return chapters;
}

const emptyStory = (): StoryProfile => ({ endings: {}, seen: [], lines: [], chapters: {} });

function cleanProfile(raw: Record<string, unknown>): Profile {
  const stories: Record<string, StoryProfile> = {};
  if (isRecord(raw.stories)) {
    for (const [id, story] of Object.entries(raw.stories)) if (id.length <= MAX_ID) stories[id] = cleanStory(story);
  }
  return { stories };
}

/** Settings and profile for one settings directory. Nothing is read until first asked. */
export class SettingsStore {
  readonly dir: string;
  /** Files found damaged and set aside (`<name>.json.damaged-<time>`), for the player to be told. */
  readonly setAside: string[] = [];

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The current settings (defaults for anything missing or invalid). */
  async settings(): Promise<Settings> {
    return cleanSettings(this.#settingsFields());
  }

  /** Changes some settings and returns them all. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = cleanSettings({ ...this.#settingsFields(), ...patch });
    this.#write("settings", { format: SETTINGS_FORMAT, ...next });
    return next;
  }

  /** What the player has found in one story (empty when nothing yet). */
  async story(storyId: string): Promise<StoryProfile> {
    return this.#profile().stories[storyId] ?? emptyStory();
  }

  /**
   * How one story's chapters were reached, and nothing else of its part of
   * the profile: what the title screen needs, without the seen sets, which
   * grow with every playthrough.
   */
  async chapters(storyId: string): Promise<StoryProfile["chapters"]> {
    const { stories } = migrate(this.#read("profile", MAX_PROFILE_BYTES), PROFILE_FORMAT, PROFILE_MIGRATIONS);
    return cleanChapters(isRecord(stories) && Object.hasOwn(stories, storyId) ? stories[storyId] : undefined);
  }

  /** Records how chapters were reached (the latest way to each replaces the one before). */
  async recordChapters(storyId: string, reached: Readonly<Record<string, ChapterReached>>): Promise<void> {
    if (Object.keys(reached).length === 0) return;
    const current = this.#profile();
    const story = current.stories[storyId] ?? emptyStory();
    current.stories[storyId] = { ...story, chapters: { ...story.chapters, ...reached } };
    this.#writeProfile(current);
  }

  /**
   * Adds choice paths and line keys to a story's seen sets, in one write
   * (the file read just before, so what another game running at the same time
   * recorded is kept); writes only when something is new. Returns how many
   * were new.
   */
  async recordSeen(storyId: string, seen: { choices?: readonly string[]; lines?: readonly string[] }): Promise<number> {
    const current = this.#profile();
    const story = current.stories[storyId] ?? emptyStory();
    const choices = new Set(story.seen);
    const lines = new Set(story.lines);
    const before = choices.size + lines.size;
    for (const p of seen.choices ?? []) if (p.length <= MAX_ID && choices.size < MAX_SEEN) choices.add(p);
    for (const k of seen.lines ?? []) if (LINE_KEY.test(k)) lines.add(k);
    const added = choices.size + lines.size - before;
    if (added === 0) return 0;
    const kept = [...lines].slice(-MAX_LINES);
    current.stories[storyId] = { ...story, seen: [...choices], lines: kept };
    this.#writeProfile(current);
    return added;
  }

  /**
   * Records an ending as found in a story. Reads the file just before
   * writing, so an ending recorded by another game running at the same time
   * is kept. The first finding is kept; returns true when this ending is new.
   */
  async recordEnding(storyId: string, ending: string, found: EndingFound): Promise<boolean> {
    const current = this.#profile();
    const story = current.stories[storyId] ?? emptyStory();
    if (Object.hasOwn(story.endings, ending)) return false;
    story.endings[ending] = found;
    current.stories[storyId] = story;
    this.#writeProfile(current);
    return true;
  }

  #settingsFields(): Record<string, unknown> {
    return migrate(this.#read("settings"), SETTINGS_FORMAT, SETTINGS_MIGRATIONS);
  }

  #profile(): Profile {
    return cleanProfile(migrate(this.#read("profile", MAX_PROFILE_BYTES), PROFILE_FORMAT, PROFILE_MIGRATIONS));
  }

  /** The fields of `<name>.json`: none when it is missing; a damaged file is kept aside and read as none. */
  #read(name: string, maxBytes = MAX_SETTINGS_BYTES): Record<string, unknown> {
    const file = this.#guard(name);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      if (errCode(err) === "ENOENT") return {};
      throw err;
    }
    try {
      const raw = readUntrustedJson(text, { maxBytes, maxDepth: 8 });
      if (isJsonObject(raw)) return raw;
    } catch (err) {
      if (!(err instanceof UntrustedJsonError)) throw err;
    }
    const kept = `${file}.damaged-${fileStamp(Date.now())}`;
    renameSync(file, kept);
    this.setAside.push(kept);
    return {};
  }

  /** Writes the profile, each story's line keys as one string. */
  #writeProfile(profile: Profile): void {
    const stories = Object.fromEntries(
      Object.entries(profile.stories).map(([id, story]) => [id, { ...story, lines: joinKeys(story.lines) }]),
    );
    this.#write("profile", { format: PROFILE_FORMAT, stories });
  }

  #write(name: string, fields: Record<string, unknown>): void {
    // The folder is private to the player: made 0700 (mkdir's mode is filtered by the umask).
    if (mkdirSync(this.dir, { recursive: true, mode: 0o700 })) chmodSync(this.dir, 0o700);
    const file = this.#guard(name);
    writeFileAtomic(file, Buffer.from(`${JSON.stringify(fields, null, 2)}\n`, "utf8"), { mode: SAVE_FILE_MODE });
  }

  /** `<name>.json`'s path; throws SettingsFileError when it is there but is not a plain file (a symlink above all). */
  #guard(name: string): string {
    const file = join(this.dir, `${name}.json`);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) {
      const what = stat.isSymbolicLink() ? "is a symbolic link" : "is not a regular file";
      throw new SettingsFileError(
        `${file} ${what}; it was not followed, and it and its target are left untouched`,
        file,
      );
    }
    return file;
  }
}
