/**
 * Settings and the player's profile.
 *
 * Owns: `settings.json` (colour, pacing, width) and `profile.json` (endings
 * found) in the settings directory (see paths.ts). Both are read with the
 * game's untrusted-JSON reader and written with its one atomic writer (0600,
 * in a folder this module makes 0700). A file that will not parse is kept
 * aside as `<name>.json.damaged-<time>` and replaced by defaults; a value
 * that is not valid falls back to its default on its own. A symbolic link
 * (or anything but a plain file) where a settings file should be is refused
 * before it is read or written, as for save slots. Never prints.
 */

import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../files/atomic.js";
import { errCode } from "../files/fs-ops.js";
import { isJsonObject, readUntrustedJson, UntrustedJsonError } from "../text/json.js";
import { fileStamp } from "../text/time.js";
import { SaveError } from "./errors.js";
import { SAVE_FILE_MODE } from "./write.js";

/** The settings format written in `format`; bumped (with a migration) when a field changes meaning. */
const SETTINGS_FORMAT = 1;
/** Largest settings or profile file read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

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

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The current settings (defaults for anything missing or invalid). */
  async settings(): Promise<Settings> {
    return cleanSettings(this.#read("settings"));
  }

  /** Changes some settings and returns them all. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = cleanSettings({ ...this.#read("settings"), ...patch });
    this.#write("settings", { format: SETTINGS_FORMAT, ...next });
    return next;
  }

  /** The player's profile. */
  async profile(): Promise<Profile> {
    return cleanProfile(this.#read("profile"));
  }

  /**
   * Records an ending as found. Reads the file just before writing, so an
   * ending recorded by another game running at the same time is kept.
   * Returns true when this ending is new.
   */
  async recordEnding(ending: string): Promise<boolean> {
    const current = cleanProfile(this.#read("profile"));
    if (current.endingsFound.includes(ending)) return false;
    this.#write("profile", { format: SETTINGS_FORMAT, endingsFound: [...current.endingsFound, ending] });
    return true;
  }

  /** The fields of `<name>.json`: none when it is missing; a damaged file is kept aside and read as none. */
  #read(name: string): Record<string, unknown> {
    const file = this.#guard(name);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      if (errCode(err) === "ENOENT") return {};
      throw err;
    }
    try {
      const raw = readUntrustedJson(text, { maxBytes: MAX_SETTINGS_BYTES, maxDepth: 4 });
      if (isJsonObject(raw)) return raw;
    } catch (err) {
      if (!(err instanceof UntrustedJsonError)) throw err;
    }
    renameSync(file, `${file}.damaged-${fileStamp(Date.now())}`);
    return {};
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
