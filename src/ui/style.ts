/**
 * Colour and width: the look of the rich renderer.
 *
 * Owns: deciding whether colour is on (NO_COLOR, FORCE_COLOR, --no-color,
 * not a terminal), the title card, and wrapping by display width (wrap-ansi,
 * which measures wide and combining characters, so nothing is cut mid-word).
 * The colours themselves are palette.ts's.
 */
import type { Palette } from "./palette.js";

type WrapAnsi = (text: string, columns: number, options: { hard: boolean; trim: boolean; wordWrap: boolean }) => string;
let wrapAnsi: WrapAnsi | null = null;

/**
 * Loads wrap-ansi, before text that may need it. Evaluating it costs about
 * 13 ms, most of it string-width's `new Intl.Segmenter()` (ICU's break
 * rules), so nothing on the way to the title screen loads it: the title's
 * card is broken by hand and its menu needs none (loadWrappingFor).
 */
export async function loadWrapping(): Promise<void> {
  wrapAnsi ??= (await import("wrap-ansi")).default as WrapAnsi;
}

/** The narrowest line wrap() makes. */
const MIN_COLUMNS = 10;

/**
 * Loads wrap-ansi only when one of `texts` needs it. wrap() breaks words of
 * one-column characters no wider than its narrowest line the same without
 * it, so a menu of such words (the title screen's) is drawn at once, and
 * wrap-ansi loads after it is on screen (preloadWrapping).
 */
export async function loadWrappingFor(texts: readonly string[]): Promise<void> {
  if (wrapAnsi || texts.every((t) => oneColumnEach(t, MIN_COLUMNS))) return;
  await loadWrapping();
}

/** A menu's words: its message, labels and hints. */
export function menuTexts(message: string, options: readonly { label: string; hint?: string }[]): string[] {
  return [message, ...options.flatMap((o) => (o.hint ? [o.label, o.hint] : [o.label]))];
}

/** Loads wrap-ansi soon, not now: once what was just written has gone to the terminal, while the player reads it. */
export function preloadWrapping(): void {
  if (!wrapAnsi) setTimeout(() => loadWrapping().catch(() => {}), 0);
}

export interface ColorInputs {
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** --no-color given. */
  noColorFlag: boolean;
  /** --color given. */
  colorFlag?: boolean;
}

/**
 * Decides the colour level. NO_COLOR (any non-empty value) turns colour off,
 * which chalk's own detection does not do; FORCE_COLOR turns it on even
 * when the output is not a terminal; --no-color beats both.
 */
export function colorLevel(inputs: ColorInputs): 0 | 1 | 2 | 3 {
  if (inputs.noColorFlag) return 0;
  const force = inputs.env.FORCE_COLOR;
  if (inputs.colorFlag) return 2;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (inputs.env.NO_COLOR !== undefined && inputs.env.NO_COLOR !== "") return 0;
  if (!inputs.isTTY) return 0;
  if (inputs.env.TERM === "dumb") return 0;
  const ct = inputs.env.COLORTERM;
  if (ct === "truecolor" || ct === "24bit") return 3;
  return 2;
}

/**
 * Wraps text to `width` columns by display width, breaking only between words
 * when it can. Call loadWrapping() first for story text; before that (the
 * title screen loads no wrapping code), lines are broken between words by
 * character count, which is right for the game's own plain-ASCII words.
 */
export function wrap(text: string, width: number): string {
  if (width <= 0) return text;
  const columns = Math.max(MIN_COLUMNS, width);
  if (oneColumnEach(text, columns)) return wrapWords(text, columns);
  if (wrapAnsi) return wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true });
  return wrapWords(text, width);
}

/** Printable characters one column wide: ASCII, Latin-1 and Latin Extended (no soft hyphen), dashes, quotes, ellipsis. */
const ONE_COLUMN = "[\\x21-\\x7e\\u00a1-\\u00ac\\u00ae-\\u02ff\\u2010-\\u2027\\u2030-\\u205e]";
const SIMPLE = new RegExp(`^(?:${ONE_COLUMN}+(?: ${ONE_COLUMN}+)*)?$`);

/**
 * Whether every character of `text` takes one column (all of the story's
 * prose), its words are separated by single spaces and none is wider than
 * the line. For such text, breaking between words by character count gives
 * exactly what wrap-ansi gives (tests/unit/wrap.test.ts compares them on a
 * seventh of the story's lines at four widths), at about 5 microseconds a
 * line against wrap-ansi's 700: it measures each word with Unicode tables,
 * and that was most of a turn's time (500 of the story's lines at 78 columns).
 */
function oneColumnEach(text: string, columns: number): boolean {
  for (const paragraph of text.split("\n")) {
    if (!SIMPLE.test(paragraph)) return false;
    if (paragraph.length > columns && paragraph.split(" ").some((w) => w.length > columns)) return false;
  }
  return true;
}

/** Breaks each paragraph between words by character count (the title screen's words, and one-column text). */
function wrapWords(text: string, width: number): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const lines: string[] = [];
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = "";
        }
        line = line ? `${line} ${word}` : word;
      }
      return [...lines, line].join("\n");
    })
    .join("\n");
}

/**
 * The title screen's card: the title spaced out when it fits, the subtitle
 * wrapped, between two rules, all within `width` columns.
 */
export function titleCard(p: Palette, title: string, subtitle: string, width: number): string {
  const w = Math.min(width, 48);
  const spaced = ` ${title.toUpperCase().split("").join(" ")}`;
  const heading = spaced.length <= w ? spaced : wrap(title.toUpperCase(), w);
  const rule = p.dim("─".repeat(w));
  // The subtitle's own line breaks are for a wide card; a narrow one rewraps it.
  const sub = subtitle.split("\n").every((l) => l.length <= w) ? subtitle : wrap(subtitle.replace(/\n/g, " "), w);
  return `\n${rule}\n${p.chapter(heading)}\n${p.dim(sub)}\n${rule}\n\n`;
}

/**
 * The width the rich renderer wraps to: `fixed` (from --width) but never
 * wider than the terminal, 0 for no wrapping, else a reading width.
 */
export function wrapWidth(columns: number | undefined, fixed: number | undefined): number {
  if (fixed === 0) return 0;
  const cols = columns && columns > 0 ? columns : 80;
  if (fixed !== undefined) return Math.max(10, Math.min(fixed, cols - 1));
  return readingWidth(columns);
}

/** A sensible reading width for a terminal `columns` wide. */
function readingWidth(columns: number | undefined): number {
  const cols = columns && columns > 0 ? columns : 80;
  return Math.max(10, Math.min(cols - 2, 78));
}
