/**
 * Transcripts: a playthrough log rendered as text, Markdown, HTML or JSON,
 * JSON transcripts read back and replayed, and export files written safely.
 *
 * Owns: everything a transcript is. The renderers are pure (strings in,
 * strings out); write-file.ts is the only file-system code here.
 */
import type { PlaythroughLog } from "../log/index.js";
import { toHtml } from "./html.js";
import { toJson } from "./json.js";
import { toMarkdown } from "./markdown.js";
import { type TextOptions, toText } from "./text.js";

export * from "./errors.js";
export { toHtml } from "./html.js";
export {
  logFromTranscript,
  MAX_TRANSCRIPT_BYTES,
  parseTranscript,
  type TranscriptFile,
  toJson,
} from "./json.js";
export { escapeMarkdown, toMarkdown } from "./markdown.js";

export { describeDivergence, replayTranscript } from "./replay.js";
export { type TextOptions, toText } from "./text.js";
export { writeExportFile } from "./write-file.js";

/** The export formats, by the name the player types. */
export const TRANSCRIPT_FORMATS = ["txt", "md", "html", "json"] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** True when `name` is one of TRANSCRIPT_FORMATS. */
export function isTranscriptFormat(name: string): name is TranscriptFormat {
  return (TRANSCRIPT_FORMATS as readonly string[]).includes(name);
}

/** The format a file name suggests by its extension (`.txt`, `.md`, `.html`/`.htm`, `.json`), or null. */
export function formatForFileName(name: string): TranscriptFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "txt" || ext === "text") return "txt";
  if (ext === "md" || ext === "markdown") return "md";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "json") return "json";
  return null;
}

/** Renders a playthrough in the named format. `width` applies to text only. */
export function renderTranscript(format: TranscriptFormat, log: PlaythroughLog, opts: TextOptions = {}): string {
  switch (format) {
    case "txt":
      return toText(log, opts);
    case "md":
      return toMarkdown(log, opts);
    case "html":
      return toHtml(log, opts);
    case "json":
      return toJson(log, opts);
  }
}
