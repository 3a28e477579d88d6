/**
 * Rewind: the recent choices of this playthrough, to go back to just before one.
 *
 * Owns: listing the choices on the kept path, newest first, in the player's
 * words ("turn 31: Tell her the truth"), and how many turns going back to
 * one of them undoes. Going back itself is the game's undo.
 */
import { keptEvents } from "../../log/path.js";
import type { PlaythroughLog } from "../../log/types.js";
import type { MenuOption, Renderer } from "../../ui/types.js";

/** How many recent choices the list offers. */
const RECENT = 20;

export interface RecentChoice {
  /** Choices made before this one: going back to it leaves the game at this turn. */
  turn: number;
  text: string;
}

/** The kept choices, newest first, at most `limit`. */
export function recentChoices(log: PlaythroughLog, limit = RECENT): RecentChoice[] {
  const out: RecentChoice[] = [];
  for (const e of keptEvents(log)) if (e.type === "choose") out.push({ turn: e.turn, text: e.choice.text });
  return out.reverse().slice(0, limit);
}

/** Asks which choice to go back before; the number of turns to undo, or null when the player goes back. */
export async function pickRewind(r: Renderer, log: PlaythroughLog, currentTurn: number): Promise<number | null> {
  const choices = recentChoices(log).filter((c) => c.turn < currentTurn);
  if (choices.length === 0) {
    r.message("There is no choice to go back to yet.", "warn");
    return null;
  }
  const options: MenuOption[] = choices.map((c) => ({ value: String(c.turn), label: `turn ${c.turn + 1}: ${c.text}` }));
  const picked = await r.menu("Go back to just before which choice?", [
    ...options,
    { value: "back", label: "Back", back: true },
  ]);
  if (!picked || picked === "back" || !options.some((o) => o.value === picked)) return null;
  return currentTurn - Number(picked);
}
