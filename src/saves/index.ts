/**
 * Saves: slot files, autosave, and the settings/profile.
 *
 * Owns everything under the save directory. Never prints; errors are
 * SaveError subclasses the app and CLI tell apart by class and `reason`.
 * Settings live in ./settings.js and are imported from there (lazily), after
 * the title screen is drawn.
 */

export { type FsOps, realFs } from "../files/fs-ops.js";
export {
  SaveError,
  SaveLoadError,
  SaveWriteError,
  SlotExistsError,
  SlotInUseError,
  SlotNameError,
} from "./errors.js";
export { parseSave, serializeSave } from "./format.js";
export { makeSave } from "./make-save.js";
export { resolveSaveDir, resolveSettingsDir } from "./paths.js";
export { autosaveSlotFor, isAutosaveSlot } from "./slot-name.js";
export { readSaveFile, SaveStore, type SlotInfo } from "./store.js";
export { SAVE_FORMAT, type SaveFile } from "./types.js";
