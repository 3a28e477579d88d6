/**
 * Slot names: which names may become files in the save directory.
 *
 * Owns: the rule that a slot name maps to exactly one file directly inside
 * the save directory on every platform we run on. No separators, no dot
 * names, no Windows device names, no control characters, bounded length.
 */
import { nodeCrypto } from "../files/builtins.js";
import { CONTROL_CHAR } from "../text/control.js";
import { SlotNameError } from "./errors.js";

/** The longest slot name accepted, in characters. */
const MAX_SLOT_NAME = 64;

// CON, PRN, AUX, NUL, COM1-9, LPT1-9 (and the superscript digits Windows also reserves),
// with or without an extension: Windows opens the device instead of a file.
const WINDOWS_RESERVED =
  /^(con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;
// Path separators on any platform, characters Windows forbids in names, and control characters.
const FORBIDDEN = new RegExp(`[/\\\\:*?"<>|]|${CONTROL_CHAR.source}`);

/** Returns why `name` cannot be a slot, or null when it can. */
export function slotNameProblem(name: string): string | null {
  if (typeof name !== "string" || name.length === 0) return "a slot name cannot be empty";
  if ([...name].length > MAX_SLOT_NAME) return `a slot name can be at most ${MAX_SLOT_NAME} characters`;
  if (name.includes("\u0000")) return "a slot name cannot contain a NUL byte";
  const bad = FORBIDDEN.exec(name);
  if (bad) {
    const ch = bad[0];
    const shown = ch < " " || ch === "\u007f" ? `U+${ch.charCodeAt(0).toString(16).padStart(4, "0")}` : `"${ch}"`;
    return `a slot name cannot contain ${shown}`;
  }
  if (name.startsWith(".")) return "a slot name cannot start with a dot";
  if (name !== name.trim()) return "a slot name cannot start or end with a space";
  if (name.endsWith(".")) return "a slot name cannot end with a dot";
  if (WINDOWS_RESERVED.test(name)) return `"${name}" is a reserved device name on Windows`;
  return null;
}

/** Throws SlotNameError unless `name` is a valid slot name; returns it unchanged. */
export function checkSlotName(name: string): string {
  const problem = slotNameProblem(name);
  if (problem)
    throw new SlotNameError(`cannot use ${JSON.stringify(String(name).slice(0, 80))} as a save slot: ${problem}`, name);
  return name;
}

/**
 * The autosave slot of a playthrough: `autosave-` and eight hex digits of
 * its id's hash. Every playthrough has its own, kept for its whole life, so
 * starting, loading or replaying a game never overwrites another game's autosave.
 */
export function autosaveSlotFor(playthroughId: string): string {
  return `autosave-${nodeCrypto().createHash("sha256").update(playthroughId).digest("hex").slice(0, 8)}`;
}

/** The autosave slots of builds that kept one autosave per game running at once (`autosave`, `autosave-2` … `-9`). */
const OLDER_AUTOSAVE = /^autosave(-[2-9])?$/;
/** The names autosaves have: a playthrough's own (`autosaveSlotFor`), or an older build's. */
const AUTOSAVE_NAME = /^autosave(-[0-9a-f]{8}|-[2-9])?$/;

/**
 * True when `slot` has a name an autosave has. A player may give a named
 * save such a name too; only `isAutosaveSlot` tells them apart, and it
 * needs the save's playthrough id.
 */
export function hasAutosaveName(slot: string): boolean {
  return AUTOSAVE_NAME.test(slot);
}

/** True when `slot` is an autosave: the playthrough's own, or one an older build wrote. */
export function isAutosaveSlot(slot: string, playthroughId: string): boolean {
  return OLDER_AUTOSAVE.test(slot) || (AUTOSAVE_NAME.test(slot) && slot === autosaveSlotFor(playthroughId));
}
