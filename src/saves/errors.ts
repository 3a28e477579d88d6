/**
 * Error kinds raised by the save layer.
 *
 * Owns: the classes the app and the CLI tell apart. Each carries a `reason`
 * code, so callers branch on the class and the code, never on message text.
 * Every message names the file or slot and says what happened in words a
 * player can act on.
 */

/** Base class of every save-layer error. */
export class SaveError extends Error {
  override name = "SaveError";
}

/** Why a save could not be written. */
export type WriteFailure =
  | "disk-full"
  | "permission"
  | "read-only"
  | "short-write"
  | "symlink"
  | "not-a-file"
  | "too-large"
  | "io";

/**
 * A save was not written. The previous save in that slot is intact (the
 * writer never touches it until the new bytes are safely on disk).
 */
export class SaveWriteError extends SaveError {
  override name = "SaveWriteError";
  constructor(
    message: string,
    readonly slot: string,
    readonly reason: WriteFailure,
    /** The file the failure was about. */
    readonly file: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Why a save could not be loaded. */
export type LoadFailure =
  | "missing"
  | "too-large"
  | "not-json"
  | "too-deep"
  | "forbidden-key"
  | "shape"
  | "other-game"
  | "other-story"
  | "newer-format"
  | "older-format"
  | "unusable-state"
  | "symlink"
  | "not-a-file"
  | "io";

/** A save file could not be used. Nothing was changed by the attempt. */
export class SaveLoadError extends SaveError {
  override name = "SaveLoadError";
  constructor(
    message: string,
    /** The file that was read. */
    readonly file: string,
    readonly reason: LoadFailure,
  ) {
    super(message);
  }
}

/** A slot name that cannot be a file inside the save directory. */
export class SlotNameError extends SaveError {
  override name = "SlotNameError";
  constructor(
    message: string,
    readonly slot: string,
  ) {
    super(message);
  }
}

/** Another running game holds the slot. */
export class SlotInUseError extends SaveError {
  override name = "SlotInUseError";
  constructor(
    message: string,
    readonly slot: string,
    /** The process id recorded in the lock, when known. */
    readonly pid: number | null,
  ) {
    super(message);
  }
}

/** The target of a rename, import or export already exists. */
export class SlotExistsError extends SaveError {
  override name = "SlotExistsError";
  constructor(
    message: string,
    readonly target: string,
  ) {
    super(message);
  }
}
