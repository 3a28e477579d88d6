/**
 * The Markdown transcript: for a wiki, a forum post or a gist.
 *
 * Owns: the Markdown layout only (a `##` heading per chapter, `###` per
 * scene, the player's choices as `> **You chose:** ...` quotes, abandoned
 * branches inside a quote block). Story text is escaped so that a stray `*`,
 * `#` or `<tag>` in the prose stays prose. Returns a string; never prints.
 */
import type { PlaythroughLog } from "../log/index.js";
import { type Block, buildDocument, endingFact, endingLabel, offerLabel, type TranscriptOptions } from "./model.js";

/** Options for the Markdown transcript. */
export type MarkdownOptions = TranscriptOptions;

/**
 * Escapes text for Markdown: the inline markup characters everywhere, and
 * the characters that start a block (heading, list, quote, rule) at the
 * start of the text. `<` and `&` become entities, so no raw HTML gets through.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]{}|~!])/g, "\\$1");
  return inline.replace(/^(\s*)([#+=-]|\d+[.)])/, (_m, space: string, mark: string) =>
    mark.length > 1 ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  );
}

function quote(text: string): string {
  return text
    .split("\n")
    .map((l) => (l ? `> ${l}` : ">"))
    .join("\n");
}

function paragraphs(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  let previous: Block | null = null;
  for (const b of blocks) {
    switch (b.kind) {
      case "chapter":
        out.push(`## ${escapeMarkdown(b.title)}`);
        break;
      case "scene":
        out.push(`### ${escapeMarkdown(b.place)}`);
        break;
      case "line": {
        // A recap's lines stay together as one tight list.
        const last = out.length - 1;
        if (b.recap && previous?.kind === "line" && previous.recap && last >= 0) {
          out[last] += `\n- ${escapeMarkdown(b.text)}`;
        } else {
          out.push(b.recap ? `- ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text));
        }
        break;
      }
      case "choice": {
        const others = b.offered.filter((o) => o !== b.taken);
        const lines = [`> **You chose:** ${escapeMarkdown(b.taken)}`];
        // Two trailing spaces: a hard line break inside the quote.
        if (others.length > 0) {
          lines[0] += "  ";
          lines.push(`> _Also offered:_ ${others.map(escapeMarkdown).join(" · ")}`);
        }
        out.push(lines.join("\n"));
        break;
      }
      case "offer":
        if (b.answered) break;
        out.push([`_${offerLabel(b)}_`, "", ...b.offered.map((o, i) => `${i + 1}. ${escapeMarkdown(o)}`)].join("\n"));
        break;
      case "rewind":
        out.push(`_— ${escapeMarkdown(b.label)} · ${b.time} —_`);
        break;
      case "note":
        out.push(`_(${escapeMarkdown(b.label)} · ${b.time})_`);
        break;
      case "end":
        out.push(`## ${escapeMarkdown(endingLabel(b))}`);
        break;
      case "branch": {
        const inner = ["**Abandoned branch:** the player went back, so this did not happen.", ...paragraphs(b.blocks)];
        out.push(quote(inner.join("\n\n")));
        break;
      }
    }
    previous = b;
  }
  return out;
}

/**
 * Renders a playthrough as Markdown: a header list (started, play time,
 * turns, ending), a heading per chapter and scene, and the player's choices
 * set apart as quotes with what else was on offer.
 */
export function toMarkdown(log: PlaythroughLog, opts: MarkdownOptions = {}): string {
  const doc = buildDocument(log, opts);
  const h = doc.header;
  const head = [
    `# ${escapeMarkdown(h.title)}`,
    "_A transcript of one playthrough._",
    [
      `- **Started:** ${h.started}`,
      `- **Play time:** ${h.playTime}`,
      `- **Turns:** ${h.turns}`,
      `- **Ending:** ${escapeMarkdown(endingFact(doc))}`,
      `- **Story:** ${escapeMarkdown(h.storyId)} (version ${escapeMarkdown(h.storyHash.slice(0, 12))})`,
    ].join("\n"),
    ...(opts.withUndone ? ["_Abandoned branches are included, each in a quote marked “Abandoned branch”._"] : []),
    "---",
  ];
  return `${[...head, ...paragraphs(doc.blocks)].join("\n\n")}\n`;
}
