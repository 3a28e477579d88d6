/**
 * Exporting the transcript from inside a game (the menu's Export entry and
 * the `export` command at the prompt).
 *
 * Owns: picking the file name in the current directory and writing it
 * without ever replacing an existing file or following a symlink
 * (O_CREAT|O_EXCL refuses both).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { TranscriptExporter } from "../app/game.js";
import type { Session } from "../log/index.js";
import { toHtml } from "../transcript/html.js";
import { toJson } from "../transcript/json.js";
import { toMarkdown } from "../transcript/markdown.js";
import { toText } from "../transcript/text.js";

const FORMATS = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", json: "json" } as const;

export function fileExporter(title: string, cwd = process.cwd()): TranscriptExporter {
  return {
    export(session: Session, format: string | undefined, file: string | undefined): string {
      const fmt = FORMATS[(format ?? "txt").toLowerCase() as keyof typeof FORMATS];
      if (!fmt) throw new Error(`unknown transcript format "${format}": use txt, md, html or json`);
      const log = session.log;
      const body =
        fmt === "txt"
          ? toText(log, { title, width: 78 })
          : fmt === "md"
            ? toMarkdown(log, { title })
            : fmt === "html"
              ? toHtml(log, { title })
              : toJson(log, { title });
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
      const path = resolve(cwd, file ?? `first-contact-${stamp}.${fmt}`);
      try {
        writeFileSync(path, body, { flag: "wx", mode: 0o644 });
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "EEXIST") throw new Error(`${path} already exists; not replaced (give another file name)`);
        throw new Error(`could not write ${path}: ${code ?? (err as Error).message}`);
      }
      return `Transcript written to ${path}`;
    },
  };
}
