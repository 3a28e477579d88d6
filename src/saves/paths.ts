/**
 * Where saves and settings live.
 *
 * Owns: choosing the save directory (the `--save-dir` flag, then the
 * FIRST_CONTACT_SAVE_DIR environment variable, then the platform's user
 * data directory), the settings directory that goes with it, and the
 * folder of the launcher's code cache.
 */
import { join, resolve } from "node:path";
import envPaths from "env-paths";

/** The environment variable that overrides the save directory. */
const SAVE_DIR_ENV = "FIRST_CONTACT_SAVE_DIR";

function platformPaths() {
  return envPaths("first-contact", { suffix: "" });
}

/**
 * The save directory: `flag` (from `--save-dir`) if given, else
 * $FIRST_CONTACT_SAVE_DIR, else `<user data dir>/first-contact/saves`.
 * Relative overrides resolve against the working directory.
 */
export function resolveSaveDir(opts: { flag?: string; env?: NodeJS.ProcessEnv }): string {
  const flag = opts.flag?.trim();
  if (flag) return resolve(flag);
  const fromEnv = (opts.env ?? process.env)[SAVE_DIR_ENV]?.trim();
  if (fromEnv) return resolve(fromEnv);
  return join(platformPaths().data, "saves");
}

/**
 * Where settings and the profile live: `<save dir>/settings` when the save
 * directory was overridden (so a test or a portable install keeps everything
 * in one place), else the platform's user config directory.
 */
export function resolveSettingsDir(opts: { flag?: string; env?: NodeJS.ProcessEnv }): string {
  const overridden = opts.flag?.trim() || (opts.env ?? process.env)[SAVE_DIR_ENV]?.trim();
  if (overridden) return join(resolveSaveDir(opts), "settings");
  return platformPaths().config;
}

/**
 * Where the launcher keeps its V8 code cache (cli/launch.ts):
 * $FIRST_CONTACT_CACHE_DIR, else the platform's user cache directory. Not
 * moved by `--save-dir`: the cache belongs to the installed game, not to a
 * set of saves.
 */
export function resolveCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIRST_CONTACT_CACHE_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : platformPaths().cache;
}
