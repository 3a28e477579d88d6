/**
 * Reading the playthrough log: the kept path, the abandoned branches, and
 * the facts a save list shows (chapter, scene, last line, turns).
 *
 * Owns: every derivation from a log's events. Pure functions over data.
 */
import { TAG, tagValue } from "../engine/tags.js";
import type { ChoiceRecord, LogEvent, PlaythroughLog } from "./types.js";

export interface MarkedEvent {
  event: LogEvent;
  /** True when a later undo abandoned this event. */
  undone: boolean;
}

/**
 * Marks each event as kept or undone. An `undone` meta event to turn N
 * abandons every earlier-appended event after the point where turn N began
 * (the turn-N text, choices and anything after them stay only if they came
 * before the choice that moved past turn N).
 */
export function markUndone(events: readonly LogEvent[]): MarkedEvent[] {
  const marked: MarkedEvent[] = events.map((event) => ({ event, undone: false }));
  const kept: number[] = []; // indexes into marked, on the kept path
  for (let i = 0; i < marked.length; i++) {
    const e = marked[i]?.event;
    if (!e) continue;
    if (e.type === "meta" && e.action === "undone" && e.toTurn != null) {
      const to = e.toTurn;
      // Drop kept events that belong after turn `to`: the choices made at
      // turn >= to, and everything that followed them.
      let cut = kept.length;
      for (let k = 0; k < kept.length; k++) {
        const ev = marked[kept[k] as number]?.event;
        if (ev && ev.type === "choose" && ev.turn >= to) {
          cut = k;
          break;
        }
      }
      for (const idx of kept.splice(cut)) {
        const m = marked[idx];
        if (m && m.event.type !== "meta") m.undone = true;
      }
    }
    kept.push(i);
  }
  return marked;
}

/** The choices made on the kept path, in order. */
export function keptChoices(log: PlaythroughLog): ChoiceRecord[] {
  return markUndone(log.events)
    .filter((m) => !m.undone && m.event.type === "choose")
    .map((m) => (m.event as Extract<LogEvent, { type: "choose" }>).choice);
}

/** The kept events only. */
export function keptEvents(log: PlaythroughLog): LogEvent[] {
  return markUndone(log.events)
    .filter((m) => !m.undone)
    .map((m) => m.event);
}

export interface LogSummary {
  turns: number;
  chapter: string | null;
  scene: string | null;
  lastLine: string | null;
  ending: string | null;
  /** Milliseconds between the first and the last event, less gaps over ten minutes (time away). */
  playMillis: number;
}

/** What a save list shows about a playthrough. `kept` is keptEvents(log), when already at hand. */
export function summarize(log: PlaythroughLog, kept: readonly LogEvent[] = keptEvents(log)): LogSummary {
  let chapter: string | null = null;
  let scene: string | null = null;
  let lastLine: string | null = null;
  let ending: string | null = null;
  let turns = 0;
  for (const e of kept) {
    if (e.type === "chapter") chapter = e.title;
    if (e.type === "text") {
      const s = tagValue(e.tags, TAG.scene);
      if (s !== null) scene = s;
      if (e.text.trim()) lastLine = e.text.trim();
    }
    if (e.type === "choose") turns = e.turn + 1;
    if (e.type === "end") ending = e.ending;
  }
  let playMillis = 0;
  let prev: number | null = null;
  let lastAt = "";
  let lastT = Number.NaN;
  for (const e of log.events) {
    // The events of one turn mostly share their time: each distinct time is read once.
    if (e.at !== lastAt) {
      lastAt = e.at;
      lastT = Date.parse(e.at);
    }
    const t = lastT;
    if (Number.isNaN(t)) continue;
    if (prev != null) {
      const gap = t - prev;
      if (gap > 0 && gap < 10 * 60 * 1000) playMillis += gap;
    }
    prev = t;
  }
  return { turns, chapter, scene, lastLine, ending, playMillis };
}

/** Where a finished playthrough stopped: nothing when it has not reached the story's end. */
export interface EndState {
  /** True when the kept path has reached the story's end (an ending, a placeholder, or a plain END). */
  ended: boolean;
  /** The `# placeholder:` the story stopped at (content not written yet: waiting for the next chapter). */
  placeholder: string | null;
}

/**
 * Whether the kept path has reached the end, and whether that end is a
 * placeholder for content to come. `kept` is keptEvents(log), when already at hand.
 */
export function endState(log: PlaythroughLog, kept: readonly LogEvent[] = keptEvents(log)): EndState {
  let ended = false;
  let placeholder: string | null = null;
  for (const e of kept) {
    if (e.type === "text") {
      const p = tagValue(e.tags, TAG.placeholder);
      if (p !== null) placeholder = p || "to be continued";
    } else if (e.type === "choose") {
      placeholder = null;
    } else if (e.type === "end") {
      ended = true;
    }
  }
  return { ended, placeholder: ended ? placeholder : null };
}

/** The last `count` lines shown on the kept path, with their tags (the recap when a game is resumed). */
export function recentLines(log: PlaythroughLog, count: number): { text: string; tags: string[] }[] {
  const lines = keptEvents(log)
    .filter((e): e is Extract<LogEvent, { type: "text" }> => e.type === "text")
    .map((e) => ({ text: e.text, tags: e.tags }));
  return lines.slice(Math.max(0, lines.length - count));
}
