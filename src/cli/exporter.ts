/**
 * Exporting the transcript from inside a game (the menu's Export entry and
 * the `export` command at the prompt).
 *
 * Owns: picking the file name in the current directory. The transcript
 * module renders and writes (atomically, never over an existing file, never
 * through a symlink).
 */
import { resolve } from "node:path";
import type { TranscriptExporter } from "../app/game.js";
import type { Session } from "../log/session.js";

export function fileExporter(title: string, cwd = process.cwd()): TranscriptExporter {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    async export(session: Session, format: string | undefined, file: string | undefined): Promise<string> {
      // The transcript renderers load on first export, not at start-up.
      const { formatForFileName, isTranscriptFormat, renderTranscript, writeExportFile } = await import(
        "../transcript/index.js"
      );
      const requested = (format ?? (file ? formatForFileName(file) : null) ?? "txt").toLowerCase();
      const fmt = requested === "text" ? "txt" : requested === "markdown" ? "md" : requested;
      if (!isTranscriptFormat(fmt)) throw new Error(`unknown transcript format "${format}": use txt, md, html or json`);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
      const path = resolve(cwd, file ?? `first-contact-${stamp}.${fmt}`);
      const body = renderTranscript(fmt, session.log, { title, width: 78, timeZone });
      writeExportFile(path, body, { force: false });
      return `Transcript written to ${path}`;
    },
  };
}
