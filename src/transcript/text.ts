/**
 * The plain-text transcript: what a reader sees with `cat` or in an email.
 *
 * Owns: the text layout only (headings as `== T ==`, scenes as `[Place]`,
 * choices as `> You chose: ...`, abandoned branches behind a `| ` margin),
 * wrapped by display width so wide characters and emoji line up. The words
 * come from model.ts. Returns a string; never prints.
 */
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import type { PlaythroughLog } from "../log/index.js";
import { type Block, buildDocument, endingFact, endingLabel, offerLabel, type TranscriptOptions } from "./model.js";

/** Options for the text transcript. */
export interface TextOptions extends TranscriptOptions {
  /** Wrap to this many columns (display width). 0 leaves every paragraph on one line. Default 80. */
  width?: number;
}

/** The narrowest width wrapping is done at; a smaller width is treated as this. */
const MIN_WIDTH = 20;

function wrap(text: string, width: number, indent = "", hangingIndent = indent): string[] {
  if (width <= 0) return [indent + text];
  const room = width - Math.max(stringWidth(indent), stringWidth(hangingIndent));
  const lines = wrapAnsi(text, Math.max(1, room), { hard: true, trim: true }).split("\n");
  return lines.map((l, i) => (i === 0 ? indent : hangingIndent) + l);
}

function rule(width: number): string {
  return "=".repeat(width > 0 ? width : 60);
}

/** Draws blocks as paragraphs; each paragraph is a list of lines. */
function paragraphs(blocks: readonly Block[], width: number): string[][] {
  const out: string[][] = [];
  let previous: Block | null = null;
  for (const b of blocks) {
    switch (b.kind) {
      case "chapter":
        out.push(wrap(`== ${b.title} ==`, width));
        break;
      case "scene":
        out.push(wrap(`[${b.place}]`, width));
        break;
      case "line": {
        const lines = b.recap ? wrap(b.text, width, "  - ", "    ") : wrap(b.text, width);
        // A pause is a beat of silence: an extra blank line after the line.
        if (b.pause) lines.push("");
        // A recap's lines stay together as one list.
        const last = out.at(-1);
        if (b.recap && last && previous?.kind === "line" && previous.recap && !previous.pause) last.push(...lines);
        else out.push(lines);
        break;
      }
      case "choice": {
        const lines = wrap(`> You chose: ${b.taken}`, width, "", "  ");
        const others = b.offered.filter((o) => o !== b.taken);
        if (others.length > 0) lines.push(...wrap(`(also offered: ${others.join("; ")})`, width, "  "));
        out.push(lines);
        break;
      }
      case "offer":
        if (b.answered) break;
        out.push([
          ...wrap(offerLabel(b), width),
          ...b.offered.flatMap((o, i) => wrap(o, width, `  ${i + 1}. `, " ".repeat(`  ${i + 1}. `.length))),
        ]);
        break;
      case "rewind":
        out.push(wrap(`— ${b.label} (${b.time}) —`, width));
        break;
      case "note":
        out.push(wrap(`(${b.label}, ${b.time})`, width));
        break;
      case "end":
        out.push(wrap(`== ${endingLabel(b).toUpperCase()} ==`, width));
        break;
      case "branch": {
        const inner = paragraphs(b.blocks, width > 0 ? width - 2 : 0);
        const label = wrap("ABANDONED BRANCH: the player went back, so this did not happen", width, "| ");
        const body = inner.flatMap((p, i) => [...(i > 0 ? [""] : []), ...p]).map((l) => (l ? `| ${l}` : "|"));
        out.push([...label, "|", ...body]);
        break;
      }
    }
    previous = b;
  }
  return out;
}

/**
 * Renders a playthrough as plain text: a header (title, start, play time,
 * turns, ending), then the story with the player's choices set apart.
 * Wrapped to `width` columns by display width; `width: 0` does not wrap.
 */
export function toText(log: PlaythroughLog, opts: TextOptions = {}): string {
  const width = opts.width === 0 ? 0 : Math.max(MIN_WIDTH, Math.floor(opts.width ?? 80));
  const doc = buildDocument(log, opts);
  const h = doc.header;
  const head = [
    ...wrap(h.title.toUpperCase(), width),
    ...wrap("A transcript of one playthrough", width),
    "",
    ...wrap(`Started:   ${h.started}`, width, "", "           "),
    ...wrap(`Play time: ${h.playTime}`, width, "", "           "),
    ...wrap(`Turns:     ${h.turns}`, width, "", "           "),
    ...wrap(`Ending:    ${endingFact(doc)}`, width, "", "           "),
    ...wrap(`Story:     ${h.storyId} (version ${h.storyHash.slice(0, 12)})`, width, "", "           "),
    ...(opts.withUndone ? wrap("Abandoned branches are included, marked with | in the margin.", width) : []),
    rule(width),
  ];
  const body = paragraphs(doc.blocks, width);
  return `${[head, ...body].map((p) => p.join("\n")).join("\n\n")}\n`;
}
