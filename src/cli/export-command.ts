/**
 * `first-contact export [SLOT] --format txt|md|html|json [-o FILE] [--width N] [--with-undone] [--force]`
 *
 * Owns: reading the export command's arguments, picking the save (the
 * latest when no slot is named), rendering its transcript, and sending it to
 * stdout or to a file through the safe writer. Saves are read through
 * `ctx.loadSlot`, so this module never touches the save directory itself.
 * Returns an exit code (0 done, 1 error, 2 bad usage); never exits.
 */

import type { OutputStream } from "../files/stdio.js";
import type { SaveFile } from "../saves/types.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import { localTimeZone } from "../text/time.js";
import {
  ExportFileError,
  formatForFileName,
  renderTranscript,
  TRANSCRIPT_FORMATS,
  type TranscriptFormat,
  writeExportFile,
} from "../transcript/index.js";
import { parseOptions, parseWidth } from "./args.js";
import { COMMANDS, UsageError, usage } from "./usage.js";

/** What the export command needs from the rest of the game. */
export interface ExportCommandContext {
  stdout: OutputStream;
  stderr: OutputStream;
  saveDir: string;
  /** Reads a save; throws (with a message for the player) when it is missing or damaged. */
  loadSlot: (slot: string) => SaveFile;
  /** The most recently saved slot, or null when there are no saves. */
  latestSlot: () => string | null;
  story: { id: string; hash: string; json: string; title: string; endings?: Readonly<Record<string, EndingInfo>> };
  /** IANA time zone for the times in the transcript; the system's own when absent. */
  timeZone?: string;
}

const ALIASES: Record<string, TranscriptFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  json: "json",
};

function parse(args: string[]) {
  return parseOptions(args, COMMANDS.export.options);
}

function chooseFormat(flag: string | undefined, output: string | undefined): TranscriptFormat {
  if (flag !== undefined) {
    const format = ALIASES[flag.toLowerCase()];
    if (!format) throw new UsageError(`unknown format "${flag}": choose ${TRANSCRIPT_FORMATS.join(", ")}`);
    return format;
  }
  return (output && formatForFileName(output)) || "txt";
}

function chooseWidth(flag: string | undefined): number {
  return flag === undefined ? 80 : parseWidth(flag);
}

/**
 * Runs `first-contact export`. Writes the transcript to stdout, or to the
 * `-o` file; messages go to stderr. Returns 0 on success, 1 when the save
 * cannot be read or the file cannot be written, 2 for bad arguments.
 */
export async function exportCommand(args: string[], ctx: ExportCommandContext): Promise<number> {
  let options: ReturnType<typeof parse>["values"];
  let positionals: string[];
  let format: TranscriptFormat;
  let width: number;
  try {
    ({ values: options, positionals } = parse(args));
    if (options.help) {
      ctx.stdout.write(usage("export"));
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`export takes one slot name, not ${positionals.length}`);
    format = chooseFormat(options.format, options.output);
    width = chooseWidth(options.width);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    ctx.stderr.write(`first-contact export: ${err.message}\n\n${usage("export")}`);
    return 2;
  }

  const slot = positionals[0] ?? ctx.latestSlot();
  if (slot == null) {
    ctx.stderr.write("first-contact export: there are no saved games to export yet\n");
    return 1;
  }
  let save: SaveFile;
  try {
    save = ctx.loadSlot(slot);
  } catch (err) {
    ctx.stderr.write(
      `first-contact export: cannot read the save in slot “${slot}”: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return 1;
  }

  const text = renderTranscript(format, save.log, {
    title: save.story.title || ctx.story.title,
    width,
    withUndone: options["with-undone"] === true,
    timeZone: ctx.timeZone ?? localTimeZone(),
    endings: ctx.story.endings,
  });

  const output = options.output;
  if (output === undefined || output === "-") {
    ctx.stdout.write(text);
    return 0;
  }
  try {
    writeExportFile(output, text, { force: options.force === true });
  } catch (err) {
    if (!(err instanceof ExportFileError)) throw err;
    ctx.stderr.write(`first-contact export: ${err.message}\n`);
    return 1;
  }
  ctx.stdout.write(`Transcript of slot “${slot}” written to ${output} (${format}).\n`);
  return 0;
}
