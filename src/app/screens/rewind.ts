/**
 * Rewind: the choices of this playthrough, to go back to just before one.
 *
 * Owns: listing the choices on the kept path, newest first, a page at a
 * time with "Earlier choices…" and "Later choices…" to move between pages,
 * in the player's words ("turn 31: Tell her the truth"), the first choice of
 * each chapter marked with the chapter's title; and how many turns going
 * back to one of them undoes. Going back itself is the game's undo.
 */
import { keptEvents } from "../../log/path.js";
import type { PlaythroughLog } from "../../log/types.js";
import type { MenuOption, Renderer } from "../../ui/types.js";

/** How many choices one page of the list offers. */
const PAGE = 20;

export interface RecentChoice {
  /** Choices made before this one: going back to it leaves the game at this turn. */
  turn: number;
  text: string;
  /** The chapter this choice is the first of, when it is. */
  chapter?: string;
}

/** The kept choices, newest first. */
export function recentChoices(log: PlaythroughLog): RecentChoice[] {
  const out: RecentChoice[] = [];
  let chapter: string | undefined;
  for (const e of keptEvents(log)) {
    if (e.type === "chapter") chapter = e.title;
    if (e.type === "choose") {
      out.push({ turn: e.turn, text: e.choice.text, ...(chapter ? { chapter } : {}) });
      chapter = undefined;
    }
  }
  return out.reverse();
}

/** A choice as the list names it: "turn 5 (Chapter Two begins): Light the lamp". */
function rewindLabel(c: RecentChoice): string {
  return c.chapter ? `turn ${c.turn + 1} (${c.chapter} begins): ${c.text}` : `turn ${c.turn + 1}: ${c.text}`;
}

/** Asks which choice to go back before; the number of turns to undo, or null when the player goes back. */
export async function pickRewind(r: Renderer, log: PlaythroughLog, currentTurn: number): Promise<number | null> {
  const choices = recentChoices(log).filter((c) => c.turn < currentTurn);
  if (choices.length === 0) {
    r.message("There is no choice to go back to yet.", "warn");
    return null;
  }
  let first = 0;
  for (;;) {
    const page = choices.slice(first, first + PAGE);
    const older = choices.length - first - page.length;
    const options: MenuOption[] = [
      ...(first > 0
        ? [{ value: "later", label: "Later choices…", hint: `the ${Math.min(first, PAGE)} after these` }]
        : []),
      ...page.map((c) => ({ value: String(c.turn), label: rewindLabel(c) })),
      ...(older > 0 ? [{ value: "earlier", label: "Earlier choices…", hint: `${older} more, back to turn 1` }] : []),
      { value: "back", label: "Back", back: true },
    ];
    const heading =
      choices.length > PAGE
        ? `Go back to just before which choice? (turns ${(page.at(-1)?.turn ?? 0) + 1} to ${(page[0]?.turn ?? 0) + 1} of ${(choices[0]?.turn ?? 0) + 1})`
        : "Go back to just before which choice?";
    const picked = await r.menu(heading, options);
    if (picked === "earlier") first += PAGE;
    else if (picked === "later") first = Math.max(0, first - PAGE);
    else if (picked && page.some((c) => String(c.turn) === picked)) return currentTurn - Number(picked);
    else return null;
  }
}
