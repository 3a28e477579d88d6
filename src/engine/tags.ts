/**
 * Reading ink tags.
 *
 * Owns: the tag vocabulary's names and how one tag is read: `key: value`
 * (or a bare `key`), the key trimmed and lower-cased, the value trimmed.
 * What a tag means on screen is the tag table's (src/ui/tags.ts); what it
 * means for the log (chapters, scenes, endings, placeholders) is the log's.
 * The vocabulary is documented in stories/first-contact/README.md. Pure.
 */

/** Every tag key the game reads. */
export const TAG = {
  title: "title",
  author: "author",
  chapter: "chapter",
  scene: "scene",
  speaker: "speaker",
  theme: "theme",
  pause: "pause",
  recap: "recap",
  ending: "ending",
  endingTitle: "ending-title",
  endingHint: "ending-hint",
  placeholder: "placeholder",
} as const;

/** Splits `key: value` (or a bare `key`, whose value is ""). */
export function parseTag(tag: string): { key: string; value: string } {
  const i = tag.indexOf(":");
  if (i < 0) return { key: tag.trim().toLowerCase(), value: "" };
  return { key: tag.slice(0, i).trim().toLowerCase(), value: tag.slice(i + 1).trim() };
}

/** The value of the first tag with this key ("" for a bare tag), or null when none has it. */
export function tagValue(tags: readonly string[], key: string): string | null {
  for (const tag of tags) {
    const parsed = parseTag(tag);
    if (parsed.key === key) return parsed.value;
  }
  return null;
}
