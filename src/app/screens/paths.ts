/**
 * The Paths screen: for each chapter, its scenes in order (by the story's
 * `# scene:` tags; knots in one scene are one group, and a knot in no tagged
 * scene is named by its knot in words), and in each the choices the player
 * has taken in any playthrough, with counts; and in the chapter's heading,
 * the routes of its main branching point the player has taken (a route is
 * taken when its choice was, or any choice in the knot or stitch it leads
 * to: see story-build/choices.ts). A choice taken and then undone counts as
 * taken: the player read where it led (those lines count as read too).
 *
 * Owns: turning the story's choice map (from the build) and the profile's
 * seen set into a screen. Choices not yet taken are counted, never named,
 * so the map gives nothing away. Pure: no files, no terminal.
 */
import type { StoryProfile } from "../../saves/settings.js";
import type { MapChapter, MapRoute } from "../../story-build/choices.js";
import type { Screen, ScreenItem, ScreenSection } from "../../ui/types.js";

/** A knot's name in words, for a knot with no scene tag: `holo_club` -> "holo club". */
function knotWords(knot: string): string {
  return knot.replace(/_/g, " ");
}

const seenOf = (n: number, total: number) => `${n} of ${total} choice${total === 1 ? "" : "s"} seen`;

/** "routes: Hold sickbay, Run; 1 not yet taken": the routes taken by name, the rest only counted. */
function routesTaken(routes: readonly MapRoute[], seen: ReadonlySet<string>): string {
  const taken = routes.filter(
    (r) => r.via.some((p) => seen.has(p)) || [...seen].some((p) => p.startsWith(`${r.target}.`)),
  );
  const left = routes.length - taken.length;
  if (taken.length === 0) return `routes: none taken yet, ${routes.length} in all`;
  const names = taken.map((r) => r.name).join(", ");
  return left === 0 ? `routes: ${names}` : `routes: ${names}; ${left} not yet taken`;
}

export function pathsScreen(map: readonly MapChapter[], profile: StoryProfile): Screen {
  const seen = new Set(profile.seen);
  let allSeen = 0;
  let all = 0;
  const sections: ScreenSection[] = [];
  for (const chapter of map) {
    const items: ScreenItem[] = [];
    let chapterSeen = 0;
    let chapterAll = 0;
    // One group per scene: knots that share a scene (the routes of one branching point, a return to a place) share its heading.
    const scenes = new Map<string, MapChapter["knots"][number]["choices"]>();
    for (const knot of chapter.knots) {
      if (knot.choices.length === 0) continue;
      const title = knot.scene ?? knotWords(knot.knot);
      scenes.set(title, [...(scenes.get(title) ?? []), ...knot.choices]);
    }
    for (const [title, choices] of scenes) {
      const taken = choices.filter((c) => seen.has(c.path));
      chapterSeen += taken.length;
      chapterAll += choices.length;
      items.push({
        text: `${title}: ${taken.length} of ${choices.length}`,
        state: taken.length > 0 ? "plain" : "hidden",
      });
      for (const c of taken) items.push({ text: c.label || "a choice made as you played", state: "found", depth: 1 });
      const left = choices.length - taken.length;
      if (left > 0 && taken.length > 0) items.push({ text: `${left} not yet taken`, state: "hidden", depth: 1 });
    }
    if (chapterAll === 0) continue;
    allSeen += chapterSeen;
    all += chapterAll;
    const routes = chapter.routes?.length ? `; ${routesTaken(chapter.routes, seen)}` : "";
    sections.push({ heading: `${chapter.chapter || "Elsewhere"}: ${seenOf(chapterSeen, chapterAll)}${routes}`, items });
  }
  return {
    title: "Paths",
    summary: `${seenOf(allSeen, all)} in all`,
    sections,
    empty: "This story has no choices to map.",
  };
}
