/**
 * The story engine: a small wrapper over inkjs's Story that speaks plain data.
 *
 * Owns: running a compiled ink story turn by turn, snapshots of its state,
 * and reading its variables. It never hands out the inkjs Story, and it
 * imports nothing of the game's and no terminal, file or process API, so it
 * runs the same in the game, the verifier's tests and the replay code.
 */
import { Story as InkStory } from "inkjs";
import type { Story } from "inkjs/engine/Story";
import { ContentError, StoryFormatError, StoryStuckError } from "./errors.js";

/** One line of story text with its tags (`key: value` strings, trimmed). */
export interface Line {
  text: string;
  tags: string[];
}

/** A choice on offer. `index` is its position in this turn's list, from 0. */
export interface Choice {
  index: number;
  text: string;
  tags: string[];
  /** The ink path the choice leads to: stable across unrelated story edits. */
  target: string;
}

/** What the story shows between two choices. */
export interface Turn {
  lines: Line[];
  choices: Choice[];
  /** True when the story has finished: no choices and nothing more to say. */
  ended: boolean;
}

export interface EngineLimits {
  /** Lines one turn may produce before the story is judged to be looping. */
  maxLinesPerTurn: number;
  /** Milliseconds one line may take to produce before the story is judged stuck. */
  maxMillisPerLine: number;
}

const DEFAULT_LIMITS: EngineLimits = { maxLinesPerTurn: 5000, maxMillisPerLine: 2000 };
/** The most a line may take when a choice is worked out ahead (lookAhead); a slower one is left for the choice itself. */
const LOOK_AHEAD_MS = 100;

export type InkValue = string | number | boolean | null;

// inkjs's ESM type entry re-exports without file extensions, which NodeNext
// resolution cannot follow; the per-file declarations carry the real types.
const StoryClass = InkStory as unknown as typeof Story;

/** Opens compiled ink JSON. Throws StoryFormatError when it is not a story this ink runtime can run. */
export function openStory(json: string, limits: Partial<EngineLimits> = {}): StoryEngine {
  let story: Story;
  // Compiled ink starts with its format version; anything else is not a story (checked before inkjs parses it all).
  if (!/^\s*\{\s*"inkVersion"\s*:/.test(json.replace(/^\uFEFF/, "").slice(0, 64))) {
    throw new StoryFormatError("not a compiled ink story (no inkVersion at its start)");
  }
  try {
    story = new StoryClass(json.replace(/^\uFEFF/, ""));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (/version/i.test(reason)) {
      throw new StoryFormatError(`this compiled story was made by an incompatible ink version: ${reason}`);
    }
    throw new StoryFormatError(`not a compiled ink story: ${reason}`);
  }
  return new StoryEngine(story, { ...DEFAULT_LIMITS, ...limits });
}

export class StoryEngine {
  #story: Story;
  #limits: EngineLimits;
  #problems: string[] = [];
  #turn = 0;
  #current: Turn | null = null;
  /** The last ink path seen, kept because ink clears its pointer when content runs out. */
  #lastPath: string | null = null;
  /** The text of the last choice taken, to say where a problem happened when ink has lost its place. */
  #lastChoice: string | null = null;
  #globalTags: Set<string>;
  /**
   * Choices of the current turn worked out ahead (see lookAhead): the turn
   * each leads to and the state it leaves. Emptied whenever the state moves.
   */
  #ahead = new Map<number, { turn: Turn; state: string; lastPath: string | null; lastChoice: string | null }>();

  /** @internal use openStory() */
  constructor(story: Story, limits: EngineLimits) {
    this.#story = story;
    this.#limits = limits;
    // Content problems are collected, then raised as one ContentError with the knot and turn.
    this.#story.onError = (message: string) => {
      this.#problems.push(message);
    };
    this.#globalTags = new Set((story.globalTags ?? []).map((t) => t.trim()));
    // Stories written for other players may bind EXTERNAL functions; their ink fallbacks run here.
    this.#story.allowExternalFunctionFallbacks = true;
  }

  /** The story's global tags (`# title: ...` at the top of the main file). */
  get globalTags(): string[] {
    return [...this.#globalTags];
  }

  /** The number of choices made so far. */
  get turn(): number {
    return this.#turn;
  }

  /** Seeds ink's random number generator; call before the first continue(). */
  seed(seed: number): void {
    this.#ahead.clear();
    this.#story.state.storySeed = seed;
    this.#story.state.previousRandom = 0;
  }

  /** Moves the story to a knot (or knot.stitch). Used for entry states and tests. */
  goTo(path: string): void {
    this.#ahead.clear();
    try {
      this.#story.ChoosePathString(path);
    } catch (err) {
      throw new ContentError(
        `no knot or stitch called "${path}": ${err instanceof Error ? err.message : err}`,
        path,
        this.#turn,
      );
    }
    this.#current = null;
  }

  /**
   * Runs the story until it offers choices or ends, and returns what it showed.
   * Calling it again without choosing returns the same turn.
   */
  continue(): Turn {
    if (this.#current) return this.#current;
    const lines: Line[] = [];
    while (this.#story.canContinue) {
      const started = Date.now();
      let elapsed = 0;
      // ContinueAsync returns after the time slice even inside an endless divert loop,
      // which Continue() would never do.
      do {
        this.#guard(() => this.#story.ContinueAsync(50));
        elapsed = Date.now() - started;
      } while (!this.#story.asyncContinueComplete && elapsed < this.#limits.maxMillisPerLine);
      if (!this.#story.asyncContinueComplete) {
        throw new StoryStuckError(
          `story stuck at ${this.#where() ?? "an unknown place"}: it ran for ${elapsed} ms without a line or a choice`,
          this.#where(),
          this.#turn,
        );
      }
      this.#lastPath = this.#story.state.currentPathString || this.#lastPath;
      this.#raiseProblems();
      const text = (this.#story.currentText ?? "").replace(/\s+$/, "");
      const tags = (this.#story.currentTags ?? []).map((t) => t.trim()).filter(Boolean);
      // The story's global tags (title, author) come out as a bare first line: they are not story text.
      const onlyGlobal = text === "" && tags.length > 0 && tags.every((t) => this.#globalTags.has(t));
      if (!onlyGlobal && (text !== "" || tags.length > 0)) lines.push({ text, tags });
      if (lines.length > this.#limits.maxLinesPerTurn) {
        throw new StoryStuckError(
          `story stuck at ${this.#where() ?? "an unknown place"}: more than ${this.#limits.maxLinesPerTurn} lines without a choice`,
          this.#where(),
          this.#turn,
        );
      }
    }
    this.#raiseProblems();
    const choices: Choice[] = this.#story.currentChoices.map((c, i) => ({
      index: i,
      text: c.text.trim(),
      tags: (c.tags ?? []).map((t) => t.trim()).filter(Boolean),
      target: c.targetPath?.toString() ?? c.pathStringOnChoice,
    }));
    this.#current = { lines, choices, ended: choices.length === 0 };
    return this.#current;
  }

  /**
   * Runs the story's function or knot `name` aside (a story's `status`, say)
   * and returns the lines it writes, with their tags; the story's state is
   * put back exactly as it was, whatever it did. A function is called as the
   * game would call it; a knot is run from its start. Null when the story
   * has no such function or knot, or it fails.
   */
  aside(name: string, maxLines = 50): Line[] | null {
    const container = this.#story.KnotContainerWithName(name);
    if (!container) return null;
    // Whether `name` is a function or a knot is not written in compiled ink: a function is tried first.
    return (
      this.#runAside(maxLines, () => this.#story.state.StartFunctionEvaluationFromGame(container, [])) ??
      this.#runAside(maxLines, () => this.#story.ChoosePathString(name))
    );
  }

  /** Runs from where `start` puts the story, collecting lines, then puts the state back. */
  #runAside(maxLines: number, start: () => void): Line[] | null {
    const saved = this.#story.state.ToJson();
    const current = this.#current;
    try {
      this.#story.state.ResetOutput();
      start();
      const lines: Line[] = [];
      while (this.#story.canContinue && lines.length < maxLines) {
        this.#story.Continue();
        const text = (this.#story.currentText ?? "").trim();
        const tags = (this.#story.currentTags ?? []).map((t) => t.trim()).filter(Boolean);
        if (text !== "") lines.push({ text, tags });
      }
      return this.#problems.length > 0 ? null : lines;
    } catch {
      return null;
    } finally {
      this.#problems.length = 0;
      this.#story.state.LoadJson(saved);
      this.#current = current;
    }
  }

  /**
   * Runs the story's opening aside and puts its state back exactly as it
   * was, so that the first turn played runs on code already compiled (the
   * first run of the ink runtime costs several times a later one). A story
   * that fails there is left to fail again where it is played, and reported then.
   */
  warmUp(): void {
    this.#ahead.clear();
    const saved = this.#story.state.ToJson();
    try {
      this.continue();
    } catch {
      // Reported when the opening is played.
    } finally {
      this.#story.state.LoadJson(saved);
      this.#current = null;
      this.#problems = [];
      this.#lastPath = null;
      this.#lastChoice = null;
    }
  }

  /**
   * Works out ahead what choice `index` of the current turn leads to, and
   * puts the state back exactly as it was: taking that choice later costs
   * only loading the state it leaves. The game calls it for each choice
   * while the player reads them, so the next text follows the key at once.
   * Ink's randomness lives in its state, so the turn worked out is the one
   * the choice would give. False when there is nothing to work out or the
   * choice meets a problem (reported when the choice is really taken).
   */
  lookAhead(index: number): boolean {
    const turn = this.#current;
    if (!turn || turn.ended || this.#ahead.has(index) || !turn.choices[index]) return false;
    const ahead = this.#ahead;
    const saved = this.#story.state.ToJson();
    const kept = { turn: this.#turn, lastPath: this.#lastPath, lastChoice: this.#lastChoice, limits: this.#limits };
    // Work done ahead must never hold the player up: a line slower than this is left for the choice itself.
    this.#limits = { ...this.#limits, maxMillisPerLine: Math.min(this.#limits.maxMillisPerLine, LOOK_AHEAD_MS) };
    try {
      this.choose(index);
      const next = this.continue();
      ahead.set(index, {
        turn: next,
        state: this.#story.state.ToJson(),
        lastPath: this.#lastPath,
        lastChoice: this.#lastChoice,
      });
      return true;
    } catch {
      return false;
    } finally {
      this.#story.state.LoadJson(saved);
      this.#ahead = ahead;
      this.#current = turn;
      this.#problems = [];
      this.#turn = kept.turn;
      this.#lastPath = kept.lastPath;
      this.#lastChoice = kept.lastChoice;
      this.#limits = kept.limits;
    }
  }

  /** Takes choice `index` of the current turn. */
  choose(index: number): void {
    const ready = this.#ahead.get(index);
    // A new map, not clear(): lookAhead holds the old one while it takes a choice through here.
    if (this.#ahead.size > 0) this.#ahead = new Map();
    if (ready && this.#current) {
      this.#story.state.LoadJson(ready.state);
      this.#lastPath = ready.lastPath;
      this.#lastChoice = ready.lastChoice;
      this.#turn++;
      this.#current = ready.turn;
      return;
    }
    const turn = this.continue();
    if (!Number.isInteger(index) || index < 0 || index >= turn.choices.length) {
      throw new RangeError(`choice ${index} is not on offer (there are ${turn.choices.length})`);
    }
    this.#lastPath = turn.choices[index]?.target ?? this.#lastPath;
    this.#lastChoice = turn.choices[index]?.text ?? null;
    this.#guard(() => this.#story.ChooseChoiceIndex(index));
    this.#raiseProblems();
    this.#turn++;
    this.#current = null;
  }

  /** The whole story state as a JSON string (ink's own save format). */
  snapshot(): string {
    return JSON.stringify({ turn: this.#turn, ink: this.#story.state.ToJson() });
  }

  /** Restores a snapshot() of this same story. */
  restore(snapshot: string): void {
    let parsed: { turn?: unknown; ink?: unknown };
    try {
      parsed = JSON.parse(snapshot);
    } catch {
      throw new StoryFormatError("the saved story state is not valid JSON");
    }
    if (typeof parsed.turn !== "number" || typeof parsed.ink !== "string") {
      throw new StoryFormatError("the saved story state is not in the expected shape");
    }
    try {
      this.#ahead.clear();
      this.#story.state.LoadJson(parsed.ink);
    } catch (err) {
      throw new StoryFormatError(
        `the saved story state could not be loaded: ${err instanceof Error ? err.message : err}`,
      );
    }
    this.#turn = parsed.turn;
    this.#current = null;
    this.#problems = [];
  }

  /** Reads an ink global variable; lists come back as their item names joined by ", ". */
  variable(name: string): InkValue {
    const value = this.#story.variablesState.$(name) as unknown;
    if (value == null) return null;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
    return String(value);
  }

  /** The knot (and stitch) the story is at, when known. */
  #where(): string | null {
    const candidates = [
      this.#story.state.currentPathString,
      this.#story.state.previousPointer?.path?.toString(),
      this.#lastPath,
    ];
    for (const path of candidates) {
      const named = (path ?? "")
        .split(".")
        .filter((part) => part && !/^\d+$/.test(part) && !part.startsWith("c-") && part !== "^")
        .slice(0, 2)
        .join(".");
      if (named) return named;
    }
    return null;
  }

  /** Runs an inkjs call; an exception inkjs throws about the content becomes a ContentError. */
  #guard(call: () => void): void {
    try {
      call();
    } catch (err) {
      if (err instanceof ContentError) throw err;
      this.#problems.push(err instanceof Error ? err.message.replace(/^Error:\s*/, "") : String(err));
      this.#raiseProblems();
    }
  }

  #raiseProblems(): void {
    if (this.#problems.length === 0) return;
    const details = this.#problems;
    this.#problems = [];
    const where = this.#where();
    const first = (details[0] ?? "unknown problem").replace(/^RUNTIME (ERROR|WARNING):\s*/, "");
    const place = where
      ? `in ${where}`
      : this.#lastChoice != null
        ? `after the choice "${this.#lastChoice}"`
        : "at the start of the story";
    throw new ContentError(`story problem ${place} on turn ${this.#turn}: ${first}`, where, this.#turn, details);
  }
}
