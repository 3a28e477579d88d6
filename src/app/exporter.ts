/**
 * Exporting the transcript from inside a game (the menu's Export entry and
 * the `export` command at the prompt).
 *
 * Owns: picking the file name in the current directory. The transcript
 * module renders and writes (atomically, never over an existing file, never
 * through a symlink).
 */

import { resolve } from "node:path";
import type { Session } from "../log/session.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import { slug } from "../text/slug.js";
import { fileStamp, localTimeZone } from "../text/time.js";
import type { TranscriptExporter } from "./game.js";

export function fileExporter(
  title: string,
  endings: Readonly<Record<string, EndingInfo>> | undefined,
  cwd = process.cwd(),
): TranscriptExporter {
  // Files are named after the story being played ("the-intercept-…"), not after the game.
  const prefix = slug(title);
  return {
    async export(
      session: Session,
      format: string | undefined,
      file: string | undefined,
      force = false,
    ): Promise<string> {
      // The transcript renderers load on first export, not at start-up.
      const { ExportFileError, formatForFileName, isTranscriptFormat, renderTranscript, writeExportFile } =
        await import("../transcript/index.js");
      const requested = (format ?? (file ? formatForFileName(file) : null) ?? "txt").toLowerCase();
      const fmt = requested === "text" ? "txt" : requested === "markdown" ? "md" : requested;
      if (!isTranscriptFormat(fmt)) throw new Error(`unknown transcript format "${format}": use txt, md, html or json`);
      // The machine's zone is looked up here, not at start-up: Intl's zone data is slow to load.
      const body = renderTranscript(fmt, session.log, { title, width: 78, timeZone: localTimeZone(), endings });
      if (file) {
        const path = resolve(cwd, file);
        writeExportFile(path, body, { force });
        return `Transcript written to ${path}`;
      }
      // A name of its own for each export: the story's title, the time, then -2, -3 ... when that is taken.
      const stamp = fileStamp(Date.now());
      for (let n = 1; ; n++) {
        const path = resolve(cwd, `${prefix}-${stamp}${n > 1 ? `-${n}` : ""}.${fmt}`);
        try {
          writeExportFile(path, body, { force: false });
          return `Transcript written to ${path}`;
        } catch (err) {
          if (!(err instanceof ExportFileError && err.code === "exists") || n >= 99) throw err;
        }
      }
    },
  };
}
