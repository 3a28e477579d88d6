/**
 * The story so far: the recap lines of each finished chapter (the story's
 * own `# recap` lines, as this playthrough showed them) and the story's own
 * account of where things stand (the lines its `status` function, or knot,
 * writes, run aside). The story's words only: no variable is shown by this
 * screen.
 *
 * Owns: turning a playthrough's log and the status lines into a screen. Pure.
 */
import type { Line } from "../../engine/index.js";
import { parseTag, TAG } from "../../engine/tags.js";
import { keptEvents } from "../../log/path.js";
import type { PlaythroughLog } from "../../log/types.js";
import type { Screen, ScreenSection } from "../../ui/types.js";

/** The function (or knot) a story may write to describe where things stand. */
export const STATUS = "status";

const isRecap = (tags: readonly string[]) => tags.some((t) => parseTag(t).key === TAG.recap);

export function storySoFarScreen(log: PlaythroughLog, status: readonly Line[] | null): Screen {
  const sections: ScreenSection[] = [];
  let chapter = "";
  for (const e of keptEvents(log)) {
    if (e.type === "chapter") chapter = e.title;
    if (e.type === "text" && isRecap(e.tags) && e.text.trim()) {
      let section = sections.at(-1);
      if (!section || section.heading !== (chapter || "Before the first chapter")) {
        section = { heading: chapter || "Before the first chapter", items: [] };
        sections.push(section);
      }
      section.items.push({ text: e.text.trim() });
    }
  }
  const now = (status ?? []).filter((l) => l.text.trim()).map((l) => ({ text: l.text.trim() }));
  if (now.length > 0) sections.push({ heading: "Where things stand", items: now });
  return { title: "The story so far", sections, empty: "No chapter has finished yet." };
}
