/**
 * Settings and the player's profile, kept with conf.
 *
 * Owns: `settings.json` (colour, pacing, width) and `profile.json` (endings
 * found) in the settings directory (see paths.ts). conf is imported only
 * when settings are first read, so start-up does not pay for it. Both are
 * things the game can rebuild, which is why conf's writer is acceptable
 * here and not for saves. A file that will not parse is kept aside as
 * `<name>.json.damaged-<time>` and replaced by defaults; a value that is
 * not valid falls back to its default on its own. conf's writer follows
 * symbolic links, so a link (or anything but a plain file) where a settings
 * file should be is refused before conf reads or writes it, as for save
 * slots. A folder this module creates is made 0700. Never prints.
 */
import { chmodSync, lstatSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { SaveError } from "./errors.js";

/** The settings format written in `format`; bumped (with a migration) when a field changes meaning. */
const SETTINGS_FORMAT = 1;

export interface Settings {
  /** `auto` follows the terminal and NO_COLOR; `always`/`never` force it. */
  colour: "auto" | "always" | "never";
  /** How text appears: all at once, or typed out. */
  pacing: "instant" | "typewriter";
  /** Wrap width in columns, or null to follow the terminal. */
  width: number | null;
}

export interface Profile {
  /** Ending ids (the `# ending:` tag) the player has reached, in the order first found. */
  endingsFound: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ colour: "auto", pacing: "instant", width: null });

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

type ConfLike = { store: Record<string, unknown>; path: string };
type ConfCtor = new (opts: Record<string, unknown>) => ConfLike;

function cleanSettings(raw: Record<string, unknown>): Settings {
  const colour = raw.colour === "always" || raw.colour === "never" || raw.colour === "auto" ? raw.colour : "auto";
  const pacing = raw.pacing === "typewriter" || raw.pacing === "instant" ? raw.pacing : "instant";
  const width =
    typeof raw.width === "number" && Number.isInteger(raw.width) && raw.width >= 20 && raw.width <= 1000
      ? raw.width
      : null;
  return { colour, pacing, width };
}

function cleanProfile(raw: Record<string, unknown>): Profile {
  const endings = Array.isArray(raw.endingsFound) ? raw.endingsFound : [];
  return { endingsFound: [...new Set(endings.filter((e): e is string => typeof e === "string" && e.length <= 200))] };
}

/** Settings and profile for one settings directory. Nothing is read until first asked. */
export class SettingsStore {
  readonly dir: string;
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

  /** Changes some settings and returns them all. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const { settings } = await this.#open();
    this.#guard("settings");
    const next = cleanSettings({ ...settings.store, ...patch });
    settings.store = { format: SETTINGS_FORMAT, ...next };
    return next;
  }

  /** The player's profile. */
  async profile(): Promise<Profile> {
    const { profile } = await this.#open();
    this.#guard("profile");
    return cleanProfile(profile.store);
  }

  /**
   * Records an ending as found. Re-reads the file just before writing, so
   * an ending recorded by another game running at the same time is kept.
   * Returns true when this ending is new.
   */
  async recordEnding(ending: string): Promise<boolean> {
    const { profile } = await this.#open();
    this.#guard("profile");
    const current = cleanProfile(profile.store);
    if (current.endingsFound.includes(ending)) return false;
    profile.store = { format: SETTINGS_FORMAT, endingsFound: [...current.endingsFound, ending] };
    return true;
  }

  #open(): Promise<{ settings: ConfLike; profile: ConfLike }> {
    this.#conf ??= (async () => {
      const { default: Conf } = (await import("conf")) as unknown as { default: ConfCtor };
      // The folder is private to the player: made 0700 (mkdir's mode is filtered by the umask).
      if (mkdirSync(this.dir, { recursive: true, mode: 0o700 })) chmodSync(this.dir, 0o700);
      return { settings: this.#make(Conf, "settings"), profile: this.#make(Conf, "profile") };
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

  #make(Conf: ConfCtor, name: string): ConfLike {
    this.#guard(name);
    const options = { cwd: this.dir, configName: name, configFileMode: 0o600, projectName: "first-contact" };
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
      return new Conf(options);
    }
  }
}
