/**
 * Error kinds raised by the engine.
 *
 * Owns: the distinction between problems in the story's content (reported to
 * the player with the knot and turn) and misuse of the engine's API (plain
 * programming errors). The CLI's top-level catch maps them to messages and
 * exit codes by class, never by message text.
 */

/** A problem in the story itself: an ink runtime error or warning. */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(
    message: string,
    /** The knot (and stitch) the story was in, as an ink path, or null when unknown. */
    readonly knot: string | null,
    /** The number of choices made before the problem. */
    readonly turn: number,
    /** Every message ink reported, in order. */
    readonly details: readonly string[] = [message],
  ) {
    super(message);
  }
}

/** The story ran without ever offering a choice or ending (an endless divert loop). */
export class StoryStuckError extends ContentError {
  override name = "StoryStuckError";
}

/** The compiled story could not be loaded: not ink JSON, or from an incompatible ink version. */
export class StoryFormatError extends Error {
  override name = "StoryFormatError";
}
