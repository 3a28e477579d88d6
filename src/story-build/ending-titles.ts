/**
 * Ending titles: what the story calls each of its endings, and the tags at
 * the top of the story (its title and author).
 *
 * Owns: reading the `# ending-title:` and `# ending-hint:` tags that open
 * each `ending_*` knot, and the story's global tags, from the compiled
 * story JSON, without the ink
 * runtime (so the title screen and transcripts never need it). inkjs's
 * TagsForContentAtPath stops at a knot's parameter assignments and so finds
 * nothing on a knot that takes parameters; this reader steps over them.
 * Pure: no files, no terminal.
 */
import { TAG, tagValue } from "../engine/tags.js";

export interface EndingInfo {
  /** The title the story gives the ending ("The Doctor Stays"). */
  title: string;
  /** One line that may be shown before the ending is found, or null. */
  hint: string | null;
}

type Content = unknown;

/** The tags standing before any text at the top of a compiled container. */
function openingTags(container: Content[]): string[] {
  let items = container;
  while (Array.isArray(items[0])) items = items[0] as Content[];
  const tags: string[] = [];
  let inTag = false;
  for (const item of items) {
    if (item === "#") inTag = true;
    else if (item === "/#") inTag = false;
    else if (inTag && typeof item === "string" && item.startsWith("^")) tags.push(item.slice(1).trim());
    else if (item && typeof item === "object" && !Array.isArray(item) && "temp=" in item) continue;
    else if (
      item &&
      typeof item === "object" &&
      !Array.isArray(item) &&
      typeof (item as { "#"?: unknown })["#"] === "string"
    )
      tags.push(String((item as { "#": string })["#"]).trim());
    else break;
  }
  return tags;
}

/**
 * The titled endings of a compiled story, by knot name (which is also the
 * `# ending:` id). Knots without an `ending-title` tag are left out; JSON
 * that is not a compiled story gives an empty table.
 */
export function endingTitles(json: string | object): Record<string, EndingInfo> {
  const endings: Record<string, EndingInfo> = {};
  const root = rootOf(json);
  const named = Array.isArray(root) ? root.at(-1) : null;
  if (!named || typeof named !== "object" || Array.isArray(named)) return endings;
  for (const [name, knot] of Object.entries(named as Record<string, unknown>)) {
    if (!name.startsWith("ending_") || !Array.isArray(knot)) continue;
    const tags = openingTags(knot);
    const title = tagValue(tags, TAG.endingTitle);
    if (!title) continue;
    endings[name] = { title, hint: tagValue(tags, TAG.endingHint) || null };
  }
  return endings;
}

/** The words for an ending: its title when the story gives one, else nothing beyond "The end". */
export function endingTitle(
  endings: Readonly<Record<string, EndingInfo>> | undefined,
  id: string | null,
): string | null {
  if (!id) return null;
  return endings && Object.hasOwn(endings, id) ? (endings[id]?.title ?? null) : null;
}

function rootOf(json: string | object): unknown {
  try {
    return ((typeof json === "string" ? JSON.parse(json) : json) as { root?: unknown } | null)?.root;
  } catch {
    return undefined;
  }
}

/** The story's global tags (`# title:`, `# author:` at its top); none for JSON that is not a compiled story. */
export function globalTags(json: string | object): string[] {
  const root = rootOf(json);
  return Array.isArray(root) ? openingTags(root) : [];
}
