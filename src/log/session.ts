/**
 * A game in progress: the engine plus the playthrough log that records it.
 *
 * Owns: starting, choosing, undoing, resuming and replaying a playthrough,
 * and keeping the log true to what the player saw. Pure: the clock and the
 * id come in as parameters, and nothing here reads files or the terminal.
 * The app layer saves `log` and `snapshot()` after every turn.
 */

import { type Choice, type Line, openStory, type StoryEngine, type Turn } from "../engine/index.js";
import { TAG, tagValue } from "../engine/tags.js";
import { keptChoices, keptEvents, recentLines } from "./path.js";
import { type ChoiceRecord, LOG_FORMAT, type LogEvent, type MetaAction, type PlaythroughLog } from "./types.js";

/** A compiled story and what identifies it. */
export interface StoryBundle {
  id: string;
  hash: string;
  json: string;
}

export interface SessionClock {
  now(): Date;
}

/** A log event before the session stamps it with the turn and time. */
type NewEvent = LogEvent extends infer E ? (E extends LogEvent ? Omit<E, "turn" | "at"> : never) : never;

const systemClock: SessionClock = { now: () => new Date() };

/** Engines built ahead of time, each for the next session that opens its story. */
const prepared = new WeakMap<StoryBundle, StoryEngine>();

/**
 * Builds the story's engine now (inkjs builds its whole object tree from the
 * JSON, the slowest step in starting a game) and runs its opening once
 * aside, for the next session that opens this same story object: the title
 * screen calls it while it waits for the player. Does nothing when one is
 * already waiting.
 */
export function prepareStory(story: StoryBundle): void {
  if (prepared.has(story)) return;
  const engine = openStory(story.json);
  engine.warmUp();
  prepared.set(story, engine);
}

/** The engine prepared for this story (used once), or a new one. */
function engineFor(story: StoryBundle): StoryEngine {
  const ready = prepared.get(story);
  if (!ready) return openStory(story.json);
  prepared.delete(story);
  return ready;
}

/** Where a replay stopped matching the recorded choices. */
interface Divergence {
  /** The turn (0-based count of choices made) at which the recorded choice could not be made. */
  turn: number;
  wanted: ChoiceRecord;
  offered: ChoiceRecord[];
}

export interface ReplayReport {
  /** Recorded choices made again. */
  applied: number;
  /** Recorded choices in all. */
  total: number;
  divergence: Divergence | null;
}

function toRecord(c: Choice): ChoiceRecord {
  return { index: c.index, text: c.text, target: c.target };
}

/**
 * Finds the offered choice that matches a recorded one: by text, then by
 * target path, then by index. A target such as `knot.0.c-2` names a position,
 * not a choice, so (like the index) it is trusted only when the menu has the
 * same number of choices it had when recorded: the words changed, the shape
 * did not. Named targets (a labelled choice) are trusted whatever the menu.
 */
export function matchChoice(wanted: ChoiceRecord, offered: readonly Choice[], recordedCount?: number): Choice | null {
  const byText = offered.filter((c) => c.text === wanted.text);
  if (byText.length === 1) return byText[0] ?? null;
  if (byText.length > 1) return byText.find((c) => c.target === wanted.target) ?? byText[0] ?? null;
  const sameShape = recordedCount != null && recordedCount === offered.length;
  const positional = /(^|\.)c-\d+$/.test(wanted.target);
  if (!positional || sameShape) {
    const byTarget = offered.filter((c) => c.target === wanted.target);
    if (byTarget.length === 1) return byTarget[0] ?? null;
  }
  if (sameShape) return offered[wanted.index] ?? null;
  return null;
}

export class Session {
  #story: StoryBundle;
  #engine: StoryEngine;
  #log: PlaythroughLog;
  #clock: SessionClock;
  /** Ink snapshots at each choice point on the kept path, by turn. Missing ones are rebuilt by replay. */
  #snapshots = new Map<number, string>();
  /** The ink state now, once taken (a save and the next choice's undo point share it); null after any change. */
  #state: string | null = null;
  #turn: Turn;

  private constructor(story: StoryBundle, engine: StoryEngine, log: PlaythroughLog, clock: SessionClock, turn: Turn) {
    this.#story = story;
    this.#engine = engine;
    this.#log = log;
    this.#clock = clock;
    this.#turn = turn;
  }

  /** Starts a new playthrough. `entry` jumps to a knot first (chapter select, tests). */
  static start(story: StoryBundle, opts: { seed: number; id: string; clock?: SessionClock; entry?: string }): Session {
    const clock = opts.clock ?? systemClock;
    const engine = engineFor(story);
    engine.seed(opts.seed);
    if (opts.entry) engine.goTo(opts.entry);
    const log: PlaythroughLog = {
      format: LOG_FORMAT,
      id: opts.id,
      storyId: story.id,
      storyHash: story.hash,
      seed: opts.seed,
      startedAt: clock.now().toISOString(),
      events: [],
    };
    const session = new Session(story, engine, log, clock, { lines: [], choices: [], ended: false });
    session.#append({ type: "meta", action: "started", detail: opts.entry });
    session.#turn = session.#advance();
    return session;
  }

  /**
   * Resumes a saved playthrough. When the save's story hash is this story's
   * and a snapshot is given, the snapshot is loaded; otherwise the recorded
   * choices are replayed on a fresh story and the report says where it
   * diverged. Either way the given log object is not modified.
   */
  static resume(
    story: StoryBundle,
    saved: PlaythroughLog,
    snapshot: string | null,
    opts: { clock?: SessionClock } = {},
  ): { session: Session; replay: ReplayReport | null } {
    const clock = opts.clock ?? systemClock;
    const log: PlaythroughLog = structuredClone(saved);
    if (snapshot && saved.storyHash === story.hash) {
      const engine = engineFor(story);
      engine.restore(snapshot);
      const turn = engine.continue();
      const session = new Session(story, engine, log, clock, turn);
      session.#snapshots.set(engine.turn, snapshot);
      return { session, replay: null };
    }
    const rebuilt = Session.replay(story, saved, opts);
    return rebuilt;
  }

  /**
   * Rebuilds a playthrough by feeding its kept choices to a fresh story with
   * the recorded seed. The new log has the new story's text, the old log's
   * identity, and a `migrated` note when the story changed.
   */
  static replay(
    story: StoryBundle,
    saved: PlaythroughLog,
    opts: { clock?: SessionClock; upTo?: number } = {},
  ): { session: Session; replay: ReplayReport } {
    const clock = opts.clock ?? systemClock;
    const wanted = keptChoices(saved);
    const offeredCounts = keptEvents(saved)
      .filter((e): e is Extract<LogEvent, { type: "choices" }> => e.type === "choices")
      .map((e) => e.choices.length);
    const started = saved.events.find((e) => e.type === "meta" && e.action === "started");
    const entry = started?.type === "meta" ? started.detail : undefined;
    const session = Session.start(story, { seed: saved.seed, id: saved.id, clock, entry: entry || undefined });
    session.#log.startedAt = saved.startedAt;
    const limit = opts.upTo ?? wanted.length;
    let applied = 0;
    let divergence: Divergence | null = null;
    for (let i = 0; i < limit; i++) {
      const w = wanted[i] as ChoiceRecord;
      const offered = session.#turn.choices;
      const match = matchChoice(w, offered, offeredCounts[i]);
      if (!match) {
        divergence = { turn: i, wanted: w, offered: offered.map(toRecord) };
        break;
      }
      session.choose(match.index);
      applied++;
    }
    if (saved.storyHash !== story.hash) {
      session.note("migrated", divergence ? `resumed at turn ${applied} of ${wanted.length}` : "all choices replayed");
    }
    return { session, replay: { applied, total: wanted.length, divergence } };
  }

  get log(): PlaythroughLog {
    return this.#log;
  }

  get story(): StoryBundle {
    return this.#story;
  }

  /** The current turn: the lines shown since the last choice, and the choices on offer. */
  get current(): Turn {
    return this.#turn;
  }

  /** Choices made on the kept path. */
  get turnNumber(): number {
    return this.#engine.turn;
  }

  /**
   * Makes this game a playthrough of its own from where it stands: a new id,
   * so it saves beside the playthrough it came from instead of over it.
   */
  fork(id: string): void {
    this.#log.id = id;
  }

  /** The ink state now, for a save's cache (taken once per turn). */
  snapshot(): string {
    this.#state ??= this.#engine.snapshot();
    return this.#state;
  }

  variable(name: string) {
    return this.#engine.variable(name);
  }

  /** Takes a choice and returns the next turn. */
  choose(index: number): Turn {
    const choice = this.#turn.choices[index];
    if (!choice) throw new RangeError(`choice ${index} is not on offer`);
    this.#snapshots.set(this.#engine.turn, this.snapshot());
    this.#append({ type: "choose", choice: toRecord(choice) });
    this.#state = null;
    this.#engine.choose(index);
    this.#turn = this.#advance();
    return this.#turn;
  }

  /**
   * Works out ahead what choice `index` would show (the engine's lookAhead),
   * leaving the game as it is; choose() then only loads the result.
   */
  lookAhead(index: number): boolean {
    return this.#engine.lookAhead(index);
  }

  /** Appends a meta event (saved, loaded, settings ...). */
  note(action: MetaAction, detail?: string): void {
    this.#append({ type: "meta", action, detail });
  }

  /** The lines the story's function or knot `name` writes, run aside without changing the game; null when there is none. */
  aside(name: string): Line[] | null {
    return this.#engine.aside(name);
  }

  /** How many turns can be undone. */
  get undoable(): number {
    return this.#engine.turn;
  }

  /**
   * Goes back `steps` choices. The abandoned turns stay in the log, marked by
   * an `undone` event, so transcripts can show them.
   */
  undo(steps = 1): Turn {
    const target = this.#engine.turn - steps;
    if (steps < 1 || target < 0) throw new RangeError(`cannot undo ${steps} turn(s) from turn ${this.#engine.turn}`);
    let snap = this.#snapshots.get(target);
    if (!snap) {
      const { session } = Session.replay(this.#story, this.#log, { clock: this.#clock, upTo: target });
      snap = session.#engine.snapshot();
    }
    this.#state = null;
    this.#engine.restore(snap);
    this.#append({ type: "meta", action: "undone", toTurn: target, detail: `back ${steps} turn(s)` });
    for (const t of [...this.#snapshots.keys()]) if (t > target) this.#snapshots.delete(t);
    const turn = this.#engine.continue();
    // The lines of the turn we returned to are in the log; show them again.
    this.#turn = { ...turn, lines: this.linesOfTurn(target) };
    return this.#turn;
  }

  /** The lines shown in turn `n` (after choice n-1), on the kept path. */
  linesOfTurn(n: number): Line[] {
    return keptEvents(this.#log)
      .filter((e): e is Extract<LogEvent, { type: "text" }> => e.type === "text" && e.turn === n)
      .map((e) => ({ text: e.text, tags: e.tags }));
  }

  /** The last `count` lines shown on the kept path (for Continue and the screen after a load). */
  recentLines(count: number): Line[] {
    return recentLines(this.#log, count);
  }

  #advance(): Turn {
    const turn = this.#engine.continue();
    for (const line of turn.lines) {
      const chapter = tagValue(line.tags, TAG.chapter);
      if (chapter) this.#append({ type: "chapter", title: chapter });
      this.#append({ type: "text", text: line.text, tags: line.tags });
    }
    if (turn.ended) {
      const ending = tagValue(
        turn.lines.flatMap((l) => l.tags),
        TAG.ending,
      );
      this.#append({ type: "end", ending: ending || null });
    } else {
      this.#append({ type: "choices", choices: turn.choices.map(toRecord) });
    }
    return turn;
  }

  #append(event: NewEvent): void {
    this.#log.events.push({ ...event, turn: this.#engine.turn, at: this.#clock.now().toISOString() } as LogEvent);
  }
}
