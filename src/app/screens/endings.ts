/**
 * The Endings screen: which of the story's endings the player has found.
 *
 * Owns: turning the manifest's ending list and the player's profile into a
 * screen. Found endings show their title, when and in which playthrough;
 * the rest show only what the story chose to hint. Pure: no files, no terminal.
 */
import type { EndingFound, StoryProfile } from "../../saves/settings.js";
import type { EndingInfo } from "../../story-build/ending-titles.js";
import type { Screen, ScreenItem } from "../../ui/types.js";

/** A moment as a player reads it, in local time: "2026-12-05 13:02". */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function whereFound(found: EndingFound): string | undefined {
  const when = found.at ? `found ${formatWhen(found.at)}` : "found before dates were kept";
  return found.started ? `${when}, in the playthrough begun ${formatWhen(found.started)}` : when;
}

export function endingsScreen(endings: Readonly<Record<string, EndingInfo>>, profile: StoryProfile): Screen {
  const all = Object.keys(endings);
  const foundIds = Object.keys(profile.endings).filter((id) => Object.hasOwn(endings, id));
  const found: ScreenItem[] = foundIds.map((id) => ({
    text: endings[id]?.title ?? id,
    detail: whereFound(profile.endings[id] as EndingFound),
    state: "found",
  }));
  const missing: ScreenItem[] = all
    .filter((id) => !Object.hasOwn(profile.endings, id))
    .map((id) => ({ text: endings[id]?.hint ?? "An ending not yet found.", state: "hidden" }));
  const sections = [
    ...(found.length ? [{ heading: "Found", items: found }] : []),
    ...(missing.length ? [{ heading: "Not found yet", items: missing }] : []),
  ];
  return {
    title: "Endings",
    summary: `${foundIds.length} of ${all.length} ending${all.length === 1 ? "" : "s"} found`,
    sections,
    empty: "This story names no endings.",
  };
}
