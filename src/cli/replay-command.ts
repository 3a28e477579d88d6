/**
 * `first-contact replay TRANSCRIPT.json [--slot NAME] [--force]`
 *
 * Owns: reading a JSON transcript from a file (size checked before it is
 * read), replaying it on the installed story as a new playthrough (its own
 * id, so its own autosave once played on), saving the rebuilt game into
 * a slot through `ctx.makeSave` and `ctx.writeSlot`, and telling the player
 * where it stopped when the story has changed. Returns an exit code (0 done,
 * 1 error, 2 bad usage); never exits.
 */

import { randomUUID } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { ContentError, StoryFormatError } from "../engine/index.js";
import { errCode } from "../files/fs-ops.js";
import type { OutputStream } from "../files/stdio.js";
import type { Session, SessionClock } from "../log/index.js";
import type { SaveFile } from "../saves/types.js";
import {
  describeDivergence,
  MAX_TRANSCRIPT_BYTES,
  parseTranscript,
  replayTranscript,
  StoryMismatchError,
  type TranscriptFile,
  TranscriptFormatError,
} from "../transcript/index.js";
import { parseOptions } from "./args.js";
import { COMMANDS, UsageError, usage } from "./usage.js";

/** What the replay command needs from the rest of the game. */
export interface ReplayCommandContext {
  stdout: OutputStream;
  stderr: OutputStream;
  saveDir: string;
  /** Writes a save into a slot; throws (with a message for the player) when it cannot. */
  writeSlot: (slot: string, save: SaveFile) => void;
  makeSave: (session: Session, meta: { slot: string; title: string; gameVersion: string }) => SaveFile;
  story: { id: string; hash: string; json: string; title: string };
  gameVersion: string;
  /** True when the slot already holds a save. When given, an occupied slot is kept unless --force. */
  hasSlot?: (slot: string) => boolean;
  /** The clock the rebuilt playthrough is stamped with; the system clock when absent. */
  clock?: SessionClock;
}

/** The slot a replay is saved into when none is named. */
const DEFAULT_REPLAY_SLOT = "replay";

function parse(args: string[]) {
  return parseOptions(args, COMMANDS.replay.options);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The transcript file could not be read at all (missing, a folder, too large, unreadable). */
class TranscriptReadError extends Error {}

/** Reads the transcript file, refusing anything too large before reading it. */
function readTranscriptFile(path: string): TranscriptFile {
  let size: number;
  let isFile: boolean;
  try {
    const stat = statSync(path);
    size = stat.size;
    isFile = stat.isFile();
  } catch (err) {
    const code = errCode(err);
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : message(err);
    throw new TranscriptReadError(`cannot read ${path}: ${reason}`);
  }
  if (!isFile) throw new TranscriptReadError(`cannot read ${path}: it is not a file`);
  if (size > MAX_TRANSCRIPT_BYTES) {
    throw new TranscriptReadError(
      `cannot read ${path}: it is too large for a transcript (${Math.ceil(size / 1024 / 1024)} MB; the limit is ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB)`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new TranscriptReadError(`cannot read ${path}: ${message(err)}`);
  }
  return parseTranscript(text);
}

/**
 * Runs `first-contact replay`. Prints what was rebuilt and, when the story
 * has changed, the turn where the transcript stopped fitting. Returns 0
 * when a save was written (even a partial one), 1 when the transcript or
 * the story cannot be used or the save cannot be written, 2 for bad arguments.
 */
export async function replayCommand(args: string[], ctx: ReplayCommandContext): Promise<number> {
  let options: ReturnType<typeof parse>["values"];
  let positionals: string[];
  try {
    ({ values: options, positionals } = parse(args));
    if (options.help) {
      ctx.stdout.write(usage("replay"));
      return 0;
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0 ? "name the JSON transcript to replay" : "replay takes one transcript",
      );
    }
    if (options.slot !== undefined && options.slot.trim() === "") throw new UsageError("--slot needs a name");
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    ctx.stderr.write(`first-contact replay: ${err.message}\n\n${usage("replay")}`);
    return 2;
  }
  const path = positionals[0] as string;
  const slot = options.slot ?? DEFAULT_REPLAY_SLOT;
  const fail = (text: string) => {
    ctx.stderr.write(`first-contact replay: ${text}\n`);
    return 1;
  };

  let transcript: TranscriptFile;
  try {
    transcript = readTranscriptFile(path);
  } catch (err) {
    if (err instanceof TranscriptReadError) return fail(err.message);
    if (err instanceof TranscriptFormatError) return fail(`${path}: ${err.message}`);
    throw err;
  }

  if (ctx.hasSlot?.(slot) && options.force !== true) {
    return fail(`slot “${slot}” already holds a save; name another with --slot NAME, or use --force to replace it`);
  }

  let result: ReturnType<typeof replayTranscript>;
  try {
    result = replayTranscript(transcript, ctx.story, { clock: ctx.clock });
  } catch (err) {
    if (err instanceof StoryMismatchError) return fail(`${path}: ${err.message}`);
    if (err instanceof ContentError || err instanceof StoryFormatError) {
      return fail(`the story failed while replaying ${path}: ${err.message}`);
    }
    throw err;
  }

  const { session, report, storyChanged } = result;
  // The rebuilt game is a playthrough of its own: playing it on never touches the one it was recorded from.
  session.fork(randomUUID());
  try {
    ctx.writeSlot(slot, ctx.makeSave(session, { slot, title: ctx.story.title, gameVersion: ctx.gameVersion }));
  } catch (err) {
    return fail(`could not save the replayed game to slot “${slot}”: ${message(err)}`);
  }

  const where = describeDivergence(report);
  const out: string[] = [];
  if (where) {
    out.push(
      storyChanged
        ? `The story has changed since this transcript was made: ${where}.`
        : `The transcript does not match the story: ${where}.`,
      `Replayed ${report.applied} of ${report.total} choices. Slot “${slot}” resumes at turn ${report.applied + 1}, where the paths part.`,
    );
  } else if (storyChanged) {
    out.push(
      `The story has changed since this transcript was made, but all ${report.total} of its choices still fit.`,
      `Saved to slot “${slot}”.`,
    );
  } else {
    out.push(`Replayed all ${report.total} choices. Saved to slot “${slot}”.`);
  }
  ctx.stdout.write(`${out.join("\n")}\n`);
  return 0;
}
