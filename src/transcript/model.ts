/**
 * The transcript's reading of a playthrough log: a header and a list of
 * blocks (chapter and scene headings, story lines, choice points, rewinds,
 * saves and loads, the ending) that every text renderer draws in its own
 * markup.
 *
 * Owns: deciding what a transcript says and in what order: which events
 * are on the kept path, where the player went back, what was offered and
 * what was taken, which passages are in the noir holonovel, and how times
 * and durations read. Pure: no files, no process, no terminal. Story text is
 * cleaned of control characters here; escaping for a format is the
 * renderer's job.
 */

import { TAG, tagValue } from "../engine/tags.js";
import { type LogEvent, type MetaAction, markUndone, type PlaythroughLog, summarize } from "../log/index.js";
import { type EndingInfo, endingTitle } from "../story-build/ending-titles.js";
import { stripControls } from "../text/control.js";
import { formatDuration, TimeFormat } from "../text/time.js";

/** Options every transcript format takes. */
export interface TranscriptOptions {
  /** The story's title for the header; the story id when absent. */
  title?: string;
  /** Include the branches the player abandoned by going back, clearly marked. Default false. */
  withUndone?: boolean;
  /**
   * IANA time zone for the times shown (`"Europe/Paris"`). Default `"UTC"`, so
   * the same log always renders the same text. An unknown zone falls back to UTC.
   */
  timeZone?: string;
  /**
   * The story's ending titles (from its manifest), for logs that do not carry
   * the `ending-title` tag themselves (saves made before the story had titles).
   */
  endings?: Readonly<Record<string, EndingInfo>>;
}

/** The look a passage has: `noir` for the 1940s holonovel, `ship` for everything else. */
export type Theme = "ship" | "noir";

/** What a transcript's header shows. */
interface TranscriptHeader {
  title: string;
  storyId: string;
  storyHash: string;
  playthroughId: string;
  seed: number;
  /** When the playthrough started, formatted. */
  started: string;
  /** Play time, formatted ("12 min"). */
  playTime: string;
  /** Choices made on the kept path. */
  turns: number;
  /** The title of the ending reached, or null while the story is unfinished or the ending has no title. */
  ending: string | null;
  /** The chapter the kept path is in at the end. */
  chapter: string | null;
}

/** One choice point: what was offered and which one was taken. */
interface ChoiceBlock {
  kind: "choice";
  theme: Theme;
  turn: number;
  /** The choices on offer, in order; empty when the log has no record of them. */
  offered: string[];
  /** The text of the choice taken. */
  taken: string;
}

/** Choices that were on offer but never answered: where the story waits, or what the player went back from. */
export interface OfferBlock {
  kind: "offer";
  theme: Theme;
  turn: number;
  offered: string[];
  /** Set once a later choice answers this offer; renderers skip answered offers. */
  answered: boolean;
  /** True when the offer is inside an abandoned branch (the player went back from here). */
  abandoned: boolean;
}

export type Block =
  | { kind: "chapter"; theme: Theme; title: string }
  | { kind: "scene"; theme: Theme; place: string }
  | {
      kind: "line";
      theme: Theme;
      text: string;
      /** From `speaker:`; null for narration. */
      speaker: string | null;
      /** From `pause`: a beat of silence after the line. */
      pause: boolean;
      /** From `recap`: part of a chapter's closing recap. */
      recap: boolean;
    }
  | ChoiceBlock
  | OfferBlock
  | {
      kind: "rewind";
      theme: Theme;
      /** How many choices were taken back. */
      steps: number;
      /** The turn the game went back to. */
      toTurn: number;
      /** "you went back 2 turns" */
      label: string;
      time: string;
    }
  | { kind: "note"; theme: Theme; action: MetaAction; label: string; time: string }
  | {
      kind: "end";
      theme: Theme;
      /** The ending's id, when the story named one. */
      ending: string | null;
      /** The ending's title, when the story gives one (`ending-title`). */
      title: string | null;
      /** From `placeholder:` on the last line: content not yet written. */
      placeholder: string | null;
    }
  | { kind: "branch"; theme: Theme; blocks: Block[] };

/** The transcript of one playthrough, ready to draw. */
export interface TranscriptDocument {
  header: TranscriptHeader;
  blocks: Block[];
}

/**
 * Story text as a reader should see it: tabs and newlines as spaces, every
 * other control character removed (nothing a transcript should carry into a
 * terminal or a document).
 */
function cleanText(s: string): string {
  return stripControls(s.replace(/[\t\n\r]/g, " "));
}

function hasTag(tags: readonly string[], key: string): boolean {
  return tagValue(tags, key) !== null;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function noteLabel(action: MetaAction, detail: string | undefined): string {
  const d = detail ? cleanText(detail) : "";
  switch (action) {
    case "saved":
      return d ? `saved to slot “${d}”` : "saved";
    case "loaded":
      return d ? `loaded from slot “${d}”` : "loaded";
    case "resumed":
      return d ? `resumed (${d})` : "resumed";
    case "migrated":
      return d ? `the story was updated; ${d}` : "the story was updated";
    case "settings":
      return d ? `settings changed (${d})` : "settings changed";
    case "started":
      return d ? `started at ${d}` : "started";
    case "undone":
      return d ? `went back (${d})` : "went back";
  }
}

type MetaEvent = Extract<LogEvent, { type: "meta" }>;

/**
 * Reads a playthrough log into a transcript document. By default only the
 * kept path, with a rewind marker where the player went back; with
 * `withUndone`, the abandoned branches too, each in a `branch` block just
 * before the rewind that abandoned it.
 */
export function buildDocument(log: PlaythroughLog, opts: TranscriptOptions = {}): TranscriptDocument {
  const times = new TimeFormat(opts.timeZone);
  const summary = summarize(log);
  const header: TranscriptHeader = {
    title: cleanText(opts.title ?? log.storyId),
    storyId: cleanText(log.storyId),
    storyHash: cleanText(log.storyHash),
    playthroughId: cleanText(log.id),
    seed: log.seed,
    started: times.full(log.startedAt),
    playTime: formatDuration(summary.playMillis),
    turns: summary.turns,
    ending: null,
    chapter: summary.chapter == null ? null : cleanText(summary.chapter),
  };

  const marked = markUndone(log.events);
  const visible = opts.withUndone ? marked : marked.filter((m) => !m.undone);

  const top: Block[] = [];
  let branch: Block[] | null = null;
  let theme: Theme = "ship";
  let themeBeforeBranch: Theme = "ship";
  let placeholder: string | null = null;
  // The title the story gave the ending being played (its knot opens with the tag).
  let titleSeen: string | null = null;
  // The latest offer seen for each turn: a choice pairs with it.
  const offers = new Map<number, OfferBlock>();
  // The turn the game was at just before each event, from the whole log: an
  // undo's size is measured from there even when the undone turns are hidden.
  const turnBefore = new Map<LogEvent, number>();
  log.events.forEach((e, i) => {
    turnBefore.set(e, log.events[i - 1]?.turn ?? 0);
  });

  const push = (block: Block) => (branch ?? top).push(block);
  const openBranch = () => {
    if (branch) return;
    branch = [];
    themeBeforeBranch = theme;
  };
  const closeBranch = () => {
    if (!branch) return;
    top.push({ kind: "branch", theme: themeBeforeBranch, blocks: branch });
    branch = null;
    // The kept path carries on from before the branch, in the look it had then.
    theme = themeBeforeBranch;
  };
  /** A meta event between abandoned events belongs inside their branch. */
  const nextNonMetaIsUndone = (from: number): boolean => {
    for (let j = from + 1; j < visible.length; j++) {
      const m = visible[j];
      if (m && m.event.type !== "meta") return m.undone;
      if (m?.event.type === "meta" && m.event.action === "undone") return false;
    }
    return false;
  };

  for (let i = 0; i < visible.length; i++) {
    const m = visible[i];
    if (!m) continue;
    const e = m.event;
    if (m.undone) openBranch();
    else if (branch && !(e.type === "meta" && e.action !== "undone" && nextNonMetaIsUndone(i))) closeBranch();
    const inBranch = branch !== null;

    switch (e.type) {
      case "chapter":
        push({ kind: "chapter", theme, title: cleanText(e.title) });
        break;
      case "text": {
        const t = tagValue(e.tags, TAG.theme);
        if (t === "noir" || t === "ship") theme = t;
        const scene = tagValue(e.tags, TAG.scene);
        if (scene) push({ kind: "scene", theme, place: cleanText(scene) });
        const ph = tagValue(e.tags, TAG.placeholder);
        if (ph !== null) placeholder = cleanText(ph) || "to be continued";
        const title = tagValue(e.tags, TAG.endingTitle);
        if (title) titleSeen = cleanText(title);
        const text = cleanText(e.text).trim();
        if (text) {
          const speaker = tagValue(e.tags, TAG.speaker);
          push({
            kind: "line",
            theme,
            text,
            speaker: speaker ? cleanText(speaker) : null,
            pause: hasTag(e.tags, TAG.pause),
            recap: hasTag(e.tags, TAG.recap),
          });
        }
        break;
      }
      case "choices": {
        const offer: OfferBlock = {
          kind: "offer",
          theme,
          turn: e.turn,
          offered: e.choices.map((c) => cleanText(c.text)),
          answered: false,
          abandoned: inBranch,
        };
        offers.set(e.turn, offer);
        push(offer);
        break;
      }
      case "choose": {
        const offer = offers.get(e.turn);
        if (offer) offer.answered = true;
        push({ kind: "choice", theme, turn: e.turn, offered: offer?.offered ?? [], taken: cleanText(e.choice.text) });
        break;
      }
      case "end": {
        const found = titleSeen ?? endingTitle(opts.endings, e.ending);
        push({
          kind: "end",
          theme,
          ending: e.ending == null ? null : cleanText(e.ending),
          title: found == null ? null : cleanText(found),
          placeholder,
        });
        break;
      }
      case "meta":
        pushMeta(e, turnBefore.get(e) ?? e.turn);
        break;
    }
  }
  closeBranch();
  if (summary.ending != null) {
    const end = top.findLast((b): b is Extract<Block, { kind: "end" }> => b.kind === "end");
    header.ending = end?.title ?? null;
  }
  return { header, blocks: top };

  function pushMeta(e: MetaEvent, turnBefore: number): void {
    if (e.action === "started") return; // the header says when
    const time = times.short(e.at, log.startedAt);
    if (e.action === "undone" && e.toTurn != null) {
      const steps = Math.max(1, turnBefore - e.toTurn);
      push({
        kind: "rewind",
        theme,
        steps,
        toTurn: e.toTurn,
        label: `you went back ${plural(steps, "turn")}`,
        time,
      });
      return;
    }
    push({ kind: "note", theme, action: e.action, label: noteLabel(e.action, e.detail), time });
  }
}

/**
 * The header's "Ending" fact: the ending reached; for a game that stopped at
 * a declared placeholder (content not written yet), what is to come; else
 * that no ending has been reached.
 */
export function endingFact(doc: TranscriptDocument): string {
  if (doc.header.ending) return doc.header.ending;
  for (let i = doc.blocks.length - 1; i >= 0; i--) {
    const b = doc.blocks[i];
    if (b?.kind !== "end") continue;
    return b.placeholder ? `none yet: to be continued (${b.placeholder}, not written yet)` : "the end";
  }
  return "not reached yet";
}

/** The words a renderer shows for an ending block. */
export function endingLabel(block: Extract<Block, { kind: "end" }>): string {
  if (block.title) return `The end: ${block.title}`;
  if (block.placeholder) return "To be continued";
  return "The end";
}

/** The words a renderer shows under an unanswered offer. */
export function offerLabel(block: OfferBlock): string {
  return block.abandoned ? "Offered when you went back:" : "The story waits here. On offer:";
}
