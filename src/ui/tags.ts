/**
 * The tag table: what each ink tag means for the screen.
 *
 * Owns: turning story lines and their tags into display blocks, shared by
 * both renderers. A new tag is one entry in TAG_HANDLERS, not another
 * branch. The vocabulary is documented in stories/first-contact/README.md.
 */

import type { Line } from "../engine/index.js";
import { parseTag, TAG } from "../engine/tags.js";
import type { EndingInfo } from "../story-build/ending-titles.js";

type Theme = "ship" | "noir";

export type Block =
  | { kind: "text"; text: string; speaker: string | null; theme: Theme; recap: boolean }
  | { kind: "chapter"; title: string }
  | { kind: "scene"; place: string; theme: Theme }
  | { kind: "ending"; id: string; title: string | null }
  | { kind: "placeholder"; what: string }
  | { kind: "pause" };

/** What carries from line to line (the theme lasts until the next `theme:` tag). */
export interface TagState {
  theme: Theme;
  /** The story's ending titles by ending id, from its manifest. */
  endings?: Readonly<Record<string, EndingInfo>>;
  /** The title that opened the ending being played (`ending-title`), for stories without a manifest. */
  endingTitle?: string;
}

interface LineContext {
  speaker: string | null;
  recap: boolean;
  before: Block[];
  after: Block[];
}

interface TagHandler {
  key: string;
  apply(value: string, line: LineContext, state: TagState): void;
}

/** Every tag the game understands, in one table. */
export const TAG_HANDLERS: readonly TagHandler[] = [
  { key: TAG.title, apply: () => {} },
  { key: TAG.author, apply: () => {} },
  { key: TAG.chapter, apply: (v, line) => line.before.push({ kind: "chapter", title: v }) },
  { key: TAG.scene, apply: (v, line, state) => line.before.push({ kind: "scene", place: v, theme: state.theme }) },
  { key: TAG.speaker, apply: (v, line) => (line.speaker = v || null) },
  {
    key: TAG.theme,
    apply: (v, _line, state) => {
      state.theme = v === "noir" ? "noir" : "ship";
    },
  },
  { key: TAG.pause, apply: (_v, line) => line.after.push({ kind: "pause" }) },
  { key: TAG.recap, apply: (_v, line) => (line.recap = true) },
  {
    key: TAG.ending,
    apply: (v, line, state) => {
      const title =
        (state.endings && Object.hasOwn(state.endings, v) ? state.endings[v]?.title : null) ?? state.endingTitle;
      line.after.push({ kind: "ending", id: v, title: title ?? null });
    },
  },
  // An ending knot's opening tags: the title for the ending card, the hint for an endings list.
  { key: TAG.endingTitle, apply: (v, _line, state) => (state.endingTitle = v || undefined) },
  { key: TAG.endingHint, apply: () => {} },
  { key: TAG.placeholder, apply: (v, line) => line.after.push({ kind: "placeholder", what: v }) },
];

const HANDLERS = new Map(TAG_HANDLERS.map((h) => [h.key, h]));

/** Turns one story line into the blocks to show, updating the carried state. Unknown tags are ignored. */
export function interpretLine(line: Line, state: TagState): Block[] {
  const ctx: LineContext = { speaker: null, recap: false, before: [], after: [] };
  for (const tag of line.tags) {
    const { key, value } = parseTag(tag);
    HANDLERS.get(key)?.apply(value, ctx, state);
  }
  const blocks = [...ctx.before];
  if (line.text.trim() !== "") {
    blocks.push({ kind: "text", text: line.text, speaker: ctx.speaker, theme: state.theme, recap: ctx.recap });
  }
  blocks.push(...ctx.after);
  return blocks;
}
