/**
 * Saves: slot files, the atomic writer, autosave, and the settings/profile.
 *
 * Owns everything under the save directory. Never prints; errors are
 * SaveError subclasses the app and CLI tell apart by class and `reason`.
 * Settings live in ./settings.js and are imported from there (lazily) so
 * start-up does not load conf.
 */
export { writeFileAtomic } from "./atomic.js";
export {
  type LoadFailure,
  SaveError,
  SaveLoadError,
  SaveWriteError,
  SlotExistsError,
  SlotInUseError,
  SlotNameError,
  type WriteFailure,
} from "./errors.js";
export { MAX_SAVE_BYTES, parseSave, serializeSave } from "./format.js";
export { type FsOps, realFs } from "./fs-ops.js";
export { type LoadedGame, loadGame, makeSave, type ReplayCause } from "./game.js";
export { resolveSaveDir, resolveSettingsDir, SAVE_DIR_ENV } from "./paths.js";
export { autosaveSlotFor, checkSlotName, isAutosaveSlot, MAX_SLOT_NAME, slotNameProblem } from "./slot-name.js";
export { readSaveFile, readSlot, SaveStore, type SaveStoreOptions, type SlotInfo } from "./store.js";
export { GAME_ID, SAVE_FORMAT, type SaveFile, type SaveSummary } from "./types.js";
