/**
 * Error kinds raised by transcripts: reading a JSON transcript, matching it
 * to the installed story, and writing an export file.
 *
 * Owns: the error classes and their `code`s. Callers (the CLI commands)
 * decide by class and code, never by message text; the messages are written
 * for the player and name the file and the reason.
 */

/** Why a JSON transcript was refused. */
export type TranscriptFormatCode =
  | "too-large"
  | "not-json"
  | "forbidden-key"
  | "foreign"
  | "newer-version"
  | "bad-shape";

/** A JSON transcript that cannot be read: too big, not JSON, not ours, or damaged. */
export class TranscriptFormatError extends Error {
  override name = "TranscriptFormatError";
  constructor(
    message: string,
    readonly code: TranscriptFormatCode,
  ) {
    super(message);
  }
}

/** A transcript of a different story from the one installed: replaying it would be meaningless. */
export class StoryMismatchError extends Error {
  override name = "StoryMismatchError";
  constructor(
    message: string,
    /** The story the transcript was recorded on. */
    readonly transcriptStory: string,
    /** The story installed now. */
    readonly installedStory: string,
  ) {
    super(message);
  }
}

/** Why an export file was not written. */
export type ExportFileCode =
  | "bad-path"
  | "exists"
  | "symlink"
  | "not-a-file"
  | "no-folder"
  | "permission"
  | "read-only"
  | "disk-full"
  | "io";

/** An export file that could not be written. Nothing is left behind at `path` when this is thrown. */
export class ExportFileError extends Error {
  override name = "ExportFileError";
  constructor(
    message: string,
    readonly code: ExportFileCode,
    /** The path the export was meant for. */
    readonly path: string,
  ) {
    super(message);
  }
}
