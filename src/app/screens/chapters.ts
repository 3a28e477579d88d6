/**
 * Chapter select: the chapters the player has reached by playing, and a new
 * playthrough started at one of them, from the state they had when they last
 * reached it.
 *
 * Owns: the list of chapters offered (in the story's order, then any others
 * in the order reached) and rebuilding the way to a chapter: its seed and
 * choices are replayed on the story as a new playthrough with an id of its
 * own, so it has its own autosave and leaves every other game as it was.
 */
import type { Session, StoryBundle } from "../../log/session.js";
import { LOG_FORMAT, type PlaythroughLog } from "../../log/types.js";
import type { ChapterReached, StoryProfile } from "../../saves/settings.js";
import type { MenuOption } from "../../ui/types.js";
import { formatWhen } from "./endings.js";

/** The chapters reached, in `order` (the story's), then the others by when they were reached. */
export function chapterOptions(chapters: StoryProfile["chapters"], order: readonly string[]): MenuOption[] {
  const titles = Object.keys(chapters);
  const known = order.filter((t) => titles.includes(t));
  const others = titles
    .filter((t) => !order.includes(t))
    .sort((a, b) => (chapters[a]?.at ?? "").localeCompare(chapters[b]?.at ?? ""));
  return [...known, ...others].map((t) => {
    const c = chapters[t] as ChapterReached;
    return { value: t, label: t, hint: `last reached ${formatWhen(c.at)}, after ${c.choices.length} choices` };
  });
}

/** A new playthrough standing where `reached` stood; the replay report says if the story has changed under it. */
export async function startChapter(story: StoryBundle, reached: ChapterReached) {
  const { Session } = await import("../../log/session.js");
  const now = new Date().toISOString();
  const log: PlaythroughLog = {
    format: LOG_FORMAT,
    id: globalThis.crypto.randomUUID(),
    storyId: story.id,
    storyHash: reached.storyHash,
    seed: reached.seed,
    startedAt: now,
    events: reached.choices.flatMap((c, turn) => [
      {
        type: "choices" as const,
        turn,
        at: now,
        choices: Array.from({ length: c.offered }, (_, i) =>
          i === c.index ? { index: i, text: c.text, target: c.target } : { index: i, text: "", target: "" },
        ),
      },
      { type: "choose" as const, turn, at: now, choice: { index: c.index, text: c.text, target: c.target } },
    ]),
  };
  const { session, replay } = Session.replay(story, log);
  return { session: session as Session, replay };
}
