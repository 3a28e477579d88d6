/**
 * The choice map: every choice in a compiled story, by the ink path it leads
 * to, grouped by chapter and knot, so a player's map of the paths taken can
 * count what there is without playing; and each chapter's routes.
 *
 * A chapter's routes are the ways out of its main branching point: of the
 * chapter's choice sets whose choices go on (each by the first divert in its
 * body) to different knots or stitches, the one with the most of them, the
 * earliest in the story when two have as many. Each route is named by the
 * words of the choice that takes it ("Hold the ICU"), as the player read
 * them; a route whose choice has no fixed words is named by where it goes: a
 * stitch by its name, a knot by its name less the prefix the routes' knots
 * share (`sickbay_hold`, `sickbay_run` -> "hold", "run"). Nothing here knows
 * any one story.
 *
 * Owns: reading the compiled story's choice points (with inkjs's runtime
 * objects, so each path is spelled as the engine spells a choice's target)
 * and labelling them with their text. Chapters come from the sources: a knot
 * belongs to the chapter whose `# chapter:` tag stands in it, or else to the
 * chapter of the knot before it in the same file. Run at build time (or when
 * a `play FILE` story's Paths screen first opens), never at start-up.
 */
import { readFileSync } from "node:fs";
import {
  AUTO_NAME,
  ChoicePoint,
  Container,
  ControlCommand,
  Divert,
  Story,
  StringValue,
} from "../verify/ink-internals.js";
import { inkFilesInOrder } from "./manifest.js";

interface MapChoice {
  /** The choice's target path, as the engine records it (`shore.0.c-1`). */
  path: string;
  /** The choice's text, or "" when it is made at run time. */
  label: string;
}

interface MapKnot {
  knot: string;
  /**
   * The knot's scene: its first `# scene:` tag, or, for a knot with none of
   * its own, the scene in force where it begins (the last one tagged before
   * it in its file, in the same chapter); null when no scene is tagged yet.
   */
  scene: string | null;
  choices: MapChoice[];
}

/** One way out of a chapter's main branching point. */
export interface MapRoute {
  /** The words of the choice that takes it ("Hold the ICU"), or where it goes when those are made at run time ("hold"). */
  name: string;
  /** The knot or `knot.stitch` it goes to. */
  target: string;
  /** The paths of the choices that take it. */
  via: string[];
}

export interface MapChapter {
  /** The chapter's title, or "" for knots no chapter claims. */
  chapter: string;
  knots: MapKnot[];
  /** The routes of the chapter's main branching point; absent or empty when it has none. */
  routes?: MapRoute[];
}

/** The knots of each chapter, and each knot's scene (see MapKnot), from the ink sources in INCLUDE order. */
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
    /** The last scene tagged in this file, and the chapter it was tagged in. */
    let inForce: { scene: string; chapter: string } | null = null;
    const pending: string[] = [];
    for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
      if (line.trim().startsWith("//")) continue;
      const k = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(line);
      if (k?.[1] && !/^\s*={2,}\s*function\b/.test(line)) {
        if (knot && !sceneOf.has(knot) && inForce && inForce.chapter === chapter) sceneOf.set(knot, inForce.scene);
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
      if (s?.[1] && knot) {
        if (!sceneOf.has(knot)) sceneOf.set(knot, s[1].trim());
        inForce = { scene: s[1].trim(), chapter };
      }
    }
    if (knot && !sceneOf.has(knot) && inForce && inForce.chapter === chapter) sceneOf.set(knot, inForce.scene);
  }
  return { order, chapterOf, sceneOf };
}

/** Every fixed string in a container and the containers in it (named ones too: a branch's body), in order. */
function stringsIn(c: Container): string {
  const inline = c.content.map((x) =>
    x instanceof StringValue ? String(x.value) : x instanceof Container ? stringsIn(x) : "",
  );
  const named = [...c.namedContent.values()].filter(
    (x): x is Container => x instanceof Container && !c.content.includes(x),
  );
  return [...inline, ...named.map(stringsIn)].join("");
}

/**
 * The text of a choice: the string the story builds just before its choice
 * point. A part chosen at run time (`{met: friend|stranger}`) reads as its
 * fixed alternatives, "friend/stranger".
 */
function labelBefore(content: readonly unknown[], at: number): string {
  let end = -1;
  for (let i = at - 1; i >= 0; i--) {
    const o = content[i];
    if (o instanceof ControlCommand && o.commandType === ControlCommand.CommandType.EndString) end = i;
    if (o instanceof ControlCommand && o.commandType === ControlCommand.CommandType.BeginString && end > i) {
      const pieces: string[] = [];
      let branches: string[] = [];
      const close = () => {
        const named = branches.map((t) => t.trim()).filter(Boolean);
        if (named.length > 0) pieces.push(named.join("/"));
        branches = [];
      };
      for (const x of content.slice(i + 1, end)) {
        if (x instanceof StringValue) {
          close();
          pieces.push(String(x.value));
        } else if (x instanceof Container) branches.push(stringsIn(x));
      }
      close();
      return pieces.join("").replace(/\s+/g, " ").trim();
    }
  }
  return "";
}

/** A container name the compiler made, or a position in a container: never a place a writer named. */
const unnamed = (part: string) => /^\d+$/.test(part) || AUTO_NAME.test(part);

/** The knot or `knot.stitch` a divert goes to; null for a divert within a knot, to a variable, or a call. */
function placeOf(d: Divert): string | null {
  const path = d.targetPath;
  if (!path || path.isRelative || d.isExternal || d.variableDivertName || d.pushesToStack) return null;
  const named: string[] = [];
  for (const part of path.toString().split(".")) {
    if (unnamed(part)) break;
    named.push(part);
  }
  return named.length >= 1 && named.length <= 2 ? named.join(".") : null;
}

/** The knot or `knot.stitch` a choice's path is in. */
const placeOfPath = (path: string) =>
  path
    .split(".")
    .filter((p) => !unnamed(p))
    .slice(0, 2)
    .join(".");

/** The places a choice's body diverts to, in order, before any choice of its own. */
function divertsIn(c: Container, out: string[]): void {
  for (const o of c.content) {
    if (o instanceof ChoicePoint) return;
    if (o instanceof Divert) {
      const place = placeOf(o);
      if (place) out.push(place);
    } else if (o instanceof Container) divertsIn(o, out);
  }
  for (const [name, n] of c.namedContent) {
    if (n instanceof Container && !/^c-\d+$/.test(name) && !c.content.includes(n)) divertsIn(n, out);
  }
}

interface ChoiceSet {
  /** The path the set's choices share (`sickbay.0.g-4.decide`). */
  at: string;
  /** Each choice that goes on elsewhere: its path and where it goes. */
  leaves: { path: string; to: string }[];
}

/** Every choice point in a compiled story, by the knot its target is in; and every choice set, in the story's order. */
function choicesByKnot(json: string): { byKnot: Map<string, MapChoice[]>; sets: ChoiceSet[] } {
  const story = new Story(json);
  const byKnot = new Map<string, MapChoice[]>();
  const sets = new Map<string, ChoiceSet>();
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
        const at = path.split(".").slice(0, -1).join(".");
        const set = sets.get(at) ?? { at, leaves: [] };
        sets.set(at, set);
        const places: string[] = [];
        if (o.choiceTarget) divertsIn(o.choiceTarget, places);
        const to = places.find((p) => p !== placeOfPath(path));
        if (to && !set.leaves.some((l) => l.path === path)) set.leaves.push({ path, to });
      } else if (o instanceof Container) visit(o);
    });
    for (const named of c.namedContent.values()) if (named instanceof Container) visit(named);
  };
  visit(story.mainContentContainer);
  return { byKnot, sets: [...sets.values()] };
}

/** A route's name: a stitch's name, or a knot's less the prefix the routes' knots (a stitch's own knot too) share, in words. */
function routeNames(targets: readonly string[]): string[] {
  const knots = targets.map((t) => t.split(".")[0] as string);
  let prefix = "";
  if (knots.length > 1) {
    const first = knots[0] as string;
    let n = 0;
    while (n < first.length && knots.every((k) => k[n] === first[n])) n += 1;
    prefix = first.slice(0, first.lastIndexOf("_", n - 1) + 1);
  }
  return targets.map((t) => {
    const name = t.includes(".") ? (t.split(".")[1] as string) : t.slice(prefix.length) || t;
    return name.replace(/_/g, " ");
  });
}

/** The routes of a chapter whose knots are `knots`, in the story's order, named by `labels` (choice path -> words): see the header. */
function chapterRoutes(
  knots: readonly string[],
  sets: readonly ChoiceSet[],
  labels: ReadonlyMap<string, string>,
): MapRoute[] {
  let best: { targets: string[]; set: ChoiceSet; rank: number } | null = null;
  for (const set of sets) {
    const knot = set.at.split(".")[0] ?? "";
    const rank = knots.indexOf(knot);
    if (rank < 0) continue;
    const targets = [...new Set(set.leaves.map((l) => l.to))];
    if (targets.length < 2) continue;
    if (!best || targets.length > best.targets.length || (targets.length === best.targets.length && rank < best.rank)) {
      best = { targets, set, rank };
    }
  }
  if (!best) return [];
  const { targets, set } = best;
  const names = routeNames(targets);
  return targets.map((target, i) => {
    const via = set.leaves.filter((l) => l.to === target).map((l) => l.path);
    const words = via.map((p) => labels.get(p) ?? "").find(Boolean);
    return { name: words ?? (names[i] as string), target, via };
  });
}

/** The choice map of a compiled story whose sources start at `mainPath`. */
export function choiceMap(json: string, mainPath: string | null): MapChapter[] {
  const { byKnot, sets } = choicesByKnot(json);
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
  const labels = new Map([...byKnot.values()].flat().map((c) => [c.path, c.label]));
  for (const chapter of chapters) {
    const routes = chapterRoutes(
      chapter.knots.map((k) => k.knot),
      sets,
      labels,
    );
    if (routes.length > 0) chapter.routes = routes;
  }
  return chapters;
}
