/**
 * The choice map: every choice in a compiled story, by the ink path it leads
 * to, grouped by chapter and knot, so a player's map of the paths taken can
 * count what there is without playing.
 *
 * Owns: reading the compiled story's choice points (with inkjs's runtime
 * objects, so each path is spelled as the engine spells a choice's target)
 * and labelling them with their text. Chapters come from the sources: a knot
 * belongs to the chapter whose `# chapter:` tag stands in it, or else to the
 * chapter of the knot before it in the same file. Run at build time (or when
 * a `play FILE` story's Paths screen first opens), never at start-up.
 */
import { readFileSync } from "node:fs";
import { ChoicePoint, Container, ControlCommand, Story, StringValue } from "../verify/ink-internals.js";
import { inkFilesInOrder } from "./manifest.js";

interface MapChoice {
  /** The choice's target path, as the engine records it (`shore.0.c-1`). */
  path: string;
  /** The choice's text, or "" when it is made at run time. */
  label: string;
}

interface MapKnot {
  knot: string;
  /** The knot's first `# scene:` tag, when it has one. */
  scene: string | null;
  choices: MapChoice[];
}

export interface MapChapter {
  /** The chapter's title, or "" for knots no chapter claims. */
  chapter: string;
  knots: MapKnot[];
}

/** The knots of each chapter, and each knot's first scene, from the ink sources in INCLUDE order. */
function chaptersOfKnots(mainPath: string): {
  order: string[];
  chapterOf: Map<string, string>;
  sceneOf: Map<string, string>;
} {
  const chapterOf = new Map<string, string>();
  const sceneOf = new Map<string, string>();
  const order: string[] = [];
  for (const file of inkFilesInOrder(mainPath)) {
    let knot: string | null = null;
    let chapter = "";
    const pending: string[] = [];
    for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
      if (line.trim().startsWith("//")) continue;
      const k = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(line);
      if (k?.[1] && !/^\s*={2,}\s*function\b/.test(line)) {
        knot = k[1];
        order.push(knot);
        if (chapter) chapterOf.set(knot, chapter);
        else pending.push(knot);
        continue;
      }
      const c = /#\s*chapter:\s*([^#]+)/.exec(line);
      if (c?.[1] && knot) {
        chapter = c[1].trim();
        chapterOf.set(knot, chapter);
        // Knots earlier in the file, before any chapter was named, belong to the first one.
        for (const p of pending.splice(0)) chapterOf.set(p, chapter);
      }
      const s = /#\s*scene:\s*([^#]+)/.exec(line);
      if (s?.[1] && knot && !sceneOf.has(knot)) sceneOf.set(knot, s[1].trim());
    }
  }
  return { order, chapterOf, sceneOf };
}

/** The text of a choice: the string the story builds just before its choice point. */
function labelBefore(content: readonly unknown[], at: number): string {
  let end = -1;
  for (let i = at - 1; i >= 0; i--) {
    const o = content[i];
    if (o instanceof ControlCommand && o.commandType === ControlCommand.CommandType.EndString) end = i;
    if (o instanceof ControlCommand && o.commandType === ControlCommand.CommandType.BeginString && end > i) {
      return content
        .slice(i + 1, end)
        .filter((x): x is StringValue => x instanceof StringValue)
        .map((x) => String(x.value))
        .join("")
        .replace(/\s+/g, " ")
        .trim();
    }
  }
  return "";
}

/** Every choice point in a compiled story, by the knot its target is in. */
function choicesByKnot(json: string): Map<string, MapChoice[]> {
  const story = new Story(json);
  const byKnot = new Map<string, MapChoice[]>();
  const seen = new Set<Container>();
  const visit = (c: Container) => {
    if (seen.has(c)) return;
    seen.add(c);
    c.content.forEach((o, i) => {
      if (o instanceof ChoicePoint) {
        const path = o.pathOnChoice?.toString();
        if (!path) return;
        const knot = path.split(".")[0] ?? "";
        const list = byKnot.get(knot) ?? [];
        if (!list.some((x) => x.path === path)) list.push({ path, label: labelBefore(c.content, i) });
        byKnot.set(knot, list);
      } else if (o instanceof Container) visit(o);
    });
    for (const named of c.namedContent.values()) if (named instanceof Container) visit(named);
  };
  visit(story.mainContentContainer);
  return byKnot;
}

/** The choice map of a compiled story whose sources start at `mainPath`. */
export function choiceMap(json: string, mainPath: string | null): MapChapter[] {
  const byKnot = choicesByKnot(json);
  const { order, chapterOf, sceneOf } = mainPath
    ? chaptersOfKnots(mainPath)
    : { order: [], chapterOf: new Map<string, string>(), sceneOf: new Map<string, string>() };
  const knots = [...order.filter((k) => byKnot.has(k)), ...[...byKnot.keys()].filter((k) => !order.includes(k))];
  const chapters: MapChapter[] = [];
  for (const knot of knots) {
    if (knot.startsWith("entry_")) continue; // a writer's entry states, not the story
    const title = chapterOf.get(knot) ?? "";
    let chapter = chapters.find((c) => c.chapter === title);
    if (!chapter) {
      chapter = { chapter: title, knots: [] };
      chapters.push(chapter);
    }
    chapter.knots.push({ knot, scene: sceneOf.get(knot) ?? null, choices: byKnot.get(knot) ?? [] });
  }
  return chapters;
}
