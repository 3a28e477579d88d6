/**
 * Settings and the player's profile, kept with conf.
 *
 * Owns: `settings.json` (width, colour, pacing, paging, skipping seen
 * text) and `profile.json` (what the player has found in each story) in
 * the settings directory (see paths.ts), each with its schema version and
 * conf migrations from every earlier shape. conf is imported only
 * when settings are first read, so start-up does not pay for it. Both are
 * things the game can rebuild, which is why conf's writer is acceptable
 * here and not for saves. A file that will not parse is kept aside as
 * `<name>.json.damaged-<time>` and replaced by defaults; a value that is
 * not valid falls back to its default on its own. conf's writer follows
 * symbolic links, so a link (or anything but a plain file) where a settings
 * file should be is refused before conf reads or writes it, as for save
 * slots. A folder this module creates is made 0700. Never prints.
 */
import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { SaveError } from "./errors.js";

/** The settings format written in `format`; bumped (with a migration) when a field changes shape. */
export const SETTINGS_FORMAT = 2;
/** The profile format written in `format`; bumped (with a migration) when a field changes shape. */
export const PROFILE_FORMAT = 2;

export interface Settings {
  /** Wrap width in columns, or "auto" to follow the terminal. */
  width: "auto" | number;
  /** `auto` follows the terminal and NO_COLOR; `on`/`off` force it. */
  colour: "auto" | "on" | "off";
  /** How text appears: all at once, or typed out fast or slow. */
  pacing: "off" | "fast" | "slow";
  /** Whether text waits for a key after a screenful. */
  paging: "on" | "off";
  /** Whether text read in an earlier playthrough is passed over quickly. */
  skipSeen: "on" | "off";
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
  /** Ending ids (the `# ending:` tag), in the order first found. */
  endings: Record<string, EndingFound>;
}

export interface Profile {
  /** By story id (the manifest's id, or the identity of a story played with `play FILE`). */
  stories: Record<string, StoryProfile>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  width: "auto",
  colour: "auto",
  pacing: "off",
  paging: "on",
  skipSeen: "off",
});

/** The story the profile's first format (which kept endings without a story) was written for. */
const FIRST_STORY = "first-contact";

/**
 * conf's migrations, by the format version they bring a file to. conf
 * records the version reached inside the file, so each runs once.
 */
const SETTINGS_MIGRATIONS: Record<string, (store: ConfStore) => void> = {
  // 1 -> 2: colour always/never became on/off, pacing instant/typewriter became off/fast, width null became "auto".
  "2.0.0": (store) => {
    const colour = store.get("colour");
    if (colour === "always") store.set("colour", "on");
    if (colour === "never") store.set("colour", "off");
    const pacing = store.get("pacing");
    if (pacing === "instant") store.set("pacing", "off");
    if (pacing === "typewriter") store.set("pacing", "fast");
    if (store.get("width") === null) store.set("width", "auto");
    store.set("format", 2);
  },
};

const PROFILE_MIGRATIONS: Record<string, (store: ConfStore) => void> = {
  // 1 -> 2: endings were a list of ids for First Contact alone; now each story keeps its own, with when and where.
  "2.0.0": (store) => {
    const old = store.get("endingsFound");
    if (Array.isArray(old)) {
      const endings: Record<string, EndingFound> = {};
      for (const e of old) if (typeof e === "string") endings[e] = { at: null, playthrough: null, started: null };
      store.set("stories", { [FIRST_STORY]: { endings } });
    }
    store.delete("endingsFound");
    store.set("format", 2);
  },
};

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

type ConfStore = { get(key: string): unknown; set(key: string, value: unknown): void; delete(key: string): void };
type ConfLike = ConfStore & { store: Record<string, unknown>; path: string };
type ConfCtor = new (opts: Record<string, unknown>) => ConfLike;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A settings value that may be stored: "auto" or a width from 20 to 1000. */
export function validWidth(value: unknown): value is Settings["width"] {
  return value === "auto" || (typeof value === "number" && Number.isInteger(value) && value >= 20 && value <= 1000);
}

function cleanSettings(raw: Record<string, unknown>): Settings {
  const d = DEFAULT_SETTINGS;
  return {
    width: validWidth(raw.width) ? raw.width : d.width,
    colour: oneOf(raw.colour, ["auto", "on", "off"], d.colour),
    pacing: oneOf(raw.pacing, ["off", "fast", "slow"], d.pacing),
    paging: oneOf(raw.paging, ["on", "off"], d.paging),
    skipSeen: oneOf(raw.skipSeen, ["on", "off"], d.skipSeen),
  };
}

const MAX_ID = 200;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const textOrNull = (v: unknown): string | null => (typeof v === "string" && v.length <= MAX_ID ? v : null);

function cleanStory(raw: unknown): StoryProfile {
  const endings: Record<string, EndingFound> = {};
  const found = isRecord(raw) && isRecord(raw.endings) ? raw.endings : {};
  for (const [id, e] of Object.entries(found)) {
    if (id.length > MAX_ID || id === "__proto__") continue;
    const r = isRecord(e) ? e : {};
    endings[id] = { at: textOrNull(r.at), playthrough: textOrNull(r.playthrough), started: textOrNull(r.started) };
  }
  return { endings };
}

function cleanProfile(raw: Record<string, unknown>): Profile {
  const stories: Record<string, StoryProfile> = {};
  if (isRecord(raw.stories)) {
    for (const [id, story] of Object.entries(raw.stories)) {
      if (id.length <= MAX_ID && id !== "__proto__") stories[id] = cleanStory(story);
    }
  }
  return { stories };
}

/** Settings and profile for one settings directory. Nothing is read until first asked. */
export class SettingsStore {
  readonly dir: string;
  /** Files found damaged and set aside (`<name>.json.damaged-<time>`), for the player to be told. */
  readonly setAside: string[] = [];
  #conf: Promise<{ settings: ConfLike; profile: ConfLike }> | null = null;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The current settings (defaults for anything missing or invalid). */
  async settings(): Promise<Settings> {
    const { settings } = await this.#open();
    this.#guard("settings");
    return cleanSettings(settings.store);
  }

  /**
   * The settings for start-up, read without loading conf when the file is
   * already in the current shape (the common case); a file that is missing
   * gives the defaults, one that is damaged or older goes through conf.
   */
  async startup(): Promise<Settings> {
    const file = join(this.dir, "settings.json");
    this.#guard("settings");
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { ...DEFAULT_SETTINGS };
      throw err;
    }
    try {
      const raw = JSON.parse(text) as Record<string, unknown>;
      const version =
        isRecord(raw.__internal__) && isRecord(raw.__internal__.migrations)
          ? raw.__internal__.migrations.version
          : null;
      if (isRecord(raw) && version === `${SETTINGS_FORMAT}.0.0`) return cleanSettings(raw);
    } catch {
      // Damaged: conf sets it aside below.
    }
    return this.settings();
  }

  /** Changes some settings and returns them all. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const { settings } = await this.#open();
    this.#guard("settings");
    const next = cleanSettings({ ...settings.store, ...patch });
    for (const [key, value] of Object.entries(next)) settings.set(key, value);
    settings.set("format", SETTINGS_FORMAT);
    return next;
  }

  /** The player's profile. */
  async profile(): Promise<Profile> {
    const { profile } = await this.#open();
    this.#guard("profile");
    return cleanProfile(profile.store);
  }

  /** What the player has found in one story (empty when nothing yet). */
  async story(storyId: string): Promise<StoryProfile> {
    return (await this.profile()).stories[storyId] ?? { endings: {} };
  }

  /**
   * Records an ending as found in a story. Re-reads the file just before
   * writing, so an ending recorded by another game running at the same time
   * is kept. The first finding is kept; returns true when this ending is new.
   */
  async recordEnding(storyId: string, ending: string, found: EndingFound): Promise<boolean> {
    const { profile } = await this.#open();
    this.#guard("profile");
    const current = cleanProfile(profile.store);
    const story = current.stories[storyId] ?? { endings: {} };
    if (Object.hasOwn(story.endings, ending)) return false;
    story.endings[ending] = found;
    current.stories[storyId] = story;
    profile.set("stories", current.stories);
    profile.set("format", PROFILE_FORMAT);
    return true;
  }

  #open(): Promise<{ settings: ConfLike; profile: ConfLike }> {
    this.#conf ??= (async () => {
      const { default: Conf } = (await import("conf")) as unknown as { default: ConfCtor };
      // The folder is private to the player: made 0700 (mkdir's mode is filtered by the umask).
      if (mkdirSync(this.dir, { recursive: true, mode: 0o700 })) chmodSync(this.dir, 0o700);
      return {
        settings: this.#make(Conf, "settings", SETTINGS_FORMAT, SETTINGS_MIGRATIONS),
        profile: this.#make(Conf, "profile", PROFILE_FORMAT, PROFILE_MIGRATIONS),
      };
    })();
    return this.#conf;
  }

  /** Throws SettingsFileError when `<name>.json` is there but is not a plain file (a symlink above all). */
  #guard(name: string): void {
    const file = join(this.dir, `${name}.json`);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) {
      const what = stat.isSymbolicLink() ? "is a symbolic link" : "is not a regular file";
      throw new SettingsFileError(
        `${file} ${what}; it was not followed, and it and its target are left untouched`,
        file,
      );
    }
  }

  #make(Conf: ConfCtor, name: string, format: number, migrations: Record<string, (s: ConfStore) => void>): ConfLike {
    this.#guard(name);
    const options = {
      cwd: this.dir,
      configName: name,
      configFileMode: 0o600,
      projectName: "first-contact",
      projectVersion: `${format}.0.0`,
      migrations,
    };
    try {
      const conf = new Conf(options);
      void conf.store; // conf parses lazily on some paths: read now so damage shows here
      return conf;
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      const file = join(this.dir, `${name}.json`);
      const stamp = new Date()
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
      renameSync(file, `${file}.damaged-${stamp}`);
      this.setAside.push(`${file}.damaged-${stamp}`);
      return new Conf(options);
    }
  }
}
