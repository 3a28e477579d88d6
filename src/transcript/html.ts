/**
 * The HTML transcript: one standalone page to open in a browser, keep or print.
 *
 * Owns: the page (inline CSS only, no scripts, no external assets, and a
 * Content-Security-Policy that forbids both in case anything slips through),
 * its light, dark and print looks, and the styling driven by the story's
 * tags: a heading per chapter and scene, a colour per speaker, the noir
 * holonovel set apart from the ship. All story text is untrusted here and
 * is escaped. Returns a string; never prints.
 */
import type { PlaythroughLog } from "../log/index.js";
import {
  type Block,
  buildDocument,
  endingFact,
  endingLabel,
  offerLabel,
  type Theme,
  type TranscriptOptions,
} from "./model.js";

/** Options for the HTML transcript. */
export type HtmlOptions = TranscriptOptions;

/** Escapes text for HTML element content and quoted attribute values. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** How many speaker colours the style sheet defines. */
const VOICES = 6;

/** A class-name-safe form of a speaker's name: `speaker-dr-crusher`. */
function speakerClass(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `speaker-${slug || "unnamed"}`;
}

/** The same speaker always gets the same of the style sheet's colours. */
function voiceClass(name: string): string {
  let h = 0;
  for (const ch of name.toLowerCase()) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return `voice-${h % VOICES}`;
}

const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --fg: #1d1d1f; --muted: #5b5f66; --rule: #d9d5cc; --accent: #1f4e8c;
  --choice-bg: #eef2f8; --noir-bg: #efe4d0; --noir-fg: #35261a; --noir-rule: #8a6a45; --branch: #a3322b;
  --v0: #1f5fae; --v1: #a12f2f; --v2: #2a7a3b; --v3: #7a4ea3; --v4: #a3661f; --v5: #1f7f86;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15161a; --fg: #e7e5e0; --muted: #a3a7ae; --rule: #3b3e45; --accent: #8fb4ff;
    --choice-bg: #1f2633; --noir-bg: #2b2219; --noir-fg: #eedcbd; --noir-rule: #c09a67; --branch: #ff8a80;
    --v0: #8fb4ff; --v1: #ff9a8f; --v2: #8fd69d; --v3: #c8a6f0; --v4: #f0c08a; --v5: #84d6dc;
  }
}
html { background: var(--bg); color: var(--fg); }
body { max-width: 42rem; margin: 0 auto; padding: 2rem 1.5rem 4rem;
  font: 1.05rem/1.6 Georgia, "Iowan Old Style", "Palatino Linotype", "DejaVu Serif", serif; }
.sans, h1, h2, h3, .facts, .choice, .offer, .rewind, .note, .ending, .branch-label, footer {
  font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
header { border-bottom: 2px solid var(--rule); padding-bottom: 1rem; margin-bottom: 2rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .25rem; }
.subtitle { color: var(--muted); font-style: italic; margin: 0 0 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; font-size: .9rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.undone-note { font-size: .85rem; color: var(--muted); margin: 1rem 0 0; }
h2.chapter { font-size: 1.5rem; line-height: 1.3; margin: 2.5rem 0 1rem; padding-top: 1rem; border-top: 1px solid var(--rule); }
h3.scene { font-size: .85rem; font-weight: 600; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 1.75rem 0 .75rem; }
p.line { margin: 0 0 .9rem; }
p.speech { padding-left: .75rem; border-left: 3px solid var(--voice, var(--rule)); }
.voice-0 { --voice: var(--v0); } .voice-1 { --voice: var(--v1); } .voice-2 { --voice: var(--v2); }
.voice-3 { --voice: var(--v3); } .voice-4 { --voice: var(--v4); } .voice-5 { --voice: var(--v5); }
p.pause { margin-bottom: 2.25rem; }
p.recap { margin-left: 1.5rem; color: var(--muted); font-style: italic; }
.choice, .offer { margin: 1.25rem 0; padding: .6rem .9rem; border-radius: 6px; background: var(--choice-bg); font-size: .95rem; }
.choice p { margin: 0; }
.choice .taken { font-weight: 600; }
.choice .taken::before { content: "\\25B8  "; color: var(--accent); }
.choice .also { margin-top: .25rem; color: var(--muted); font-size: .85rem; }
.offer p { margin: 0; color: var(--muted); }
.offer ol { margin: .25rem 0 0; padding-left: 1.5rem; }
.rewind { text-align: center; color: var(--branch); font-style: italic; font-size: .9rem; margin: 1.5rem 0; }
.note { text-align: center; color: var(--muted); font-size: .85rem; margin: 1rem 0; }
.ending { text-align: center; font-size: 1.2rem; font-weight: 700; letter-spacing: .12em; text-transform: uppercase;
  margin: 3rem 0 1rem; padding: 1rem; border-top: 2px solid var(--rule); border-bottom: 2px solid var(--rule); }
.noir { background: var(--noir-bg); color: var(--noir-fg); border-left: 4px solid var(--noir-rule);
  padding: 1rem 1.25rem .25rem; margin: 1rem -1.25rem;
  font-family: "Courier Prime", "Courier New", Courier, "DejaVu Sans Mono", monospace; font-size: .98rem; }
.noir h3.scene { color: var(--noir-rule); }
.noir .choice, .noir .offer { background: transparent; border: 1px solid var(--noir-rule); }
.branch { border: 2px dashed var(--branch); border-radius: 6px; padding: .75rem 1rem .25rem; margin: 1.5rem 0; }
.branch { color: var(--muted); }
main > h2.chapter:first-child { border-top: none; padding-top: 0; margin-top: 0; }
.branch-label { color: var(--branch); font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .06em; margin: 0 0 .75rem; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --rule: #999; --accent: #000; --choice-bg: #fff;
    --noir-bg: #fff; --noir-fg: #000; --noir-rule: #555; --branch: #000; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  .choice, .offer { border: 1px solid var(--rule); }
  .choice, .offer, .rewind, .note, .ending, p.line { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .noir { margin: 1rem 0; }
  @page { margin: 2cm; }
}
`;

function block(b: Block): string {
  switch (b.kind) {
    case "chapter":
      return `<h2 class="chapter">${escapeHtml(b.title)}</h2>`;
    case "scene":
      return `<h3 class="scene">${escapeHtml(b.place)}</h3>`;
    case "line": {
      const classes = ["line"];
      let attrs = "";
      if (b.speaker) {
        classes.push("speech", speakerClass(b.speaker), voiceClass(b.speaker));
        attrs = ` data-speaker="${escapeHtml(b.speaker)}" title="${escapeHtml(b.speaker)}"`;
      }
      if (b.pause) classes.push("pause");
      if (b.recap) classes.push("recap");
      return `<p class="${classes.join(" ")}"${attrs}>${escapeHtml(b.text)}</p>`;
    }
    case "choice": {
      const others = b.offered.filter((o) => o !== b.taken);
      const also = others.length ? `\n<p class="also">Also offered: ${others.map(escapeHtml).join(" · ")}</p>` : "";
      return `<div class="choice"><p class="taken">You chose: ${escapeHtml(b.taken)}</p>${also}</div>`;
    }
    case "offer":
      if (b.answered) return "";
      return `<div class="offer"><p>${escapeHtml(offerLabel(b))}</p><ol>${b.offered
        .map((o) => `<li>${escapeHtml(o)}</li>`)
        .join("")}</ol></div>`;
    case "rewind":
      return `<p class="rewind">— ${escapeHtml(b.label)} · ${escapeHtml(b.time)} —</p>`;
    case "note":
      return `<p class="note note-${b.action}">${escapeHtml(b.label)} · ${escapeHtml(b.time)}</p>`;
    case "end":
      return `<p class="ending">${escapeHtml(endingLabel(b))}</p>`;
    case "branch":
      return `<section class="branch"><p class="branch-label">Abandoned branch: the player went back, so this did not happen</p>\n${blocks(b.blocks)}\n</section>`;
  }
}

/** Draws blocks, putting each run of one theme in its own passage so the noir holonovel reads as one piece. */
function blocks(list: readonly Block[]): string {
  const out: string[] = [];
  let run: string[] = [];
  let runTheme: Theme | null = null;
  const flush = () => {
    if (run.length === 0) return;
    out.push(runTheme === "noir" ? `<div class="passage noir">\n${run.join("\n")}\n</div>` : run.join("\n"));
    run = [];
  };
  for (const b of list) {
    const html = block(b);
    if (!html) continue;
    if (b.theme !== runTheme) {
      flush();
      runTheme = b.theme;
    }
    run.push(html);
  }
  flush();
  return out.join("\n");
}

/**
 * Renders a playthrough as one standalone HTML page (inline CSS, no
 * scripts, no external assets), readable on screen in light and dark and
 * in print.
 */
export function toHtml(log: PlaythroughLog, opts: HtmlOptions = {}): string {
  const doc = buildDocument(log, opts);
  const h = doc.header;
  const fact = (label: string, value: string) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="First Contact transcript">
<title>${escapeHtml(h.title)}: a transcript</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(h.title)}</h1>
<p class="subtitle">A transcript of one playthrough</p>
<dl class="facts">
${fact("Started", h.started)}
${fact("Play time", h.playTime)}
${fact("Turns", String(h.turns))}
${fact("Ending", endingFact(doc))}
</dl>${opts.withUndone ? '\n<p class="undone-note">Abandoned branches are included, each in a dashed box.</p>' : ""}
</header>
<main>
${blocks(doc.blocks)}
</main>
<footer>Story ${escapeHtml(h.storyId)}, version ${escapeHtml(h.storyHash.slice(0, 12))} · playthrough ${escapeHtml(h.playthroughId)} · seed ${h.seed}</footer>
</body>
</html>
`;
}
