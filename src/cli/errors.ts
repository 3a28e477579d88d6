/**
 * Player-facing messages for the errors the game knows, by class.
 *
 * Owns: the mapping from error classes to one-line messages for the
 * top-level catch. Loaded only when something went wrong.
 */
import { StoryNotFoundError } from "../app/catalog.js";
import { InkCompileError, StoryFileError } from "../app/story-file.js";
import { ContentError, StoryFormatError } from "../engine/index.js";
import { SaveError } from "../saves/errors.js";

/** A message for a known error, or null for an unexpected one (a bug). */
export function describeError(err: unknown): string | null {
  if (err instanceof ContentError) return err.message;
  if (err instanceof StoryFormatError) return err.message;
  if (err instanceof StoryNotFoundError) return err.message;
  if (err instanceof InkCompileError) return err.message;
  if (err instanceof StoryFileError) return err.message;
  if (err instanceof SaveError) return err.message;
  return null;
}
