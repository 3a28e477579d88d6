/**
 * The player's profile as the app sees it: what one story's player has found.
 *
 * Owns: the contract between the app and the profile store, what a
 * playthrough records (its ending, when, and which playthrough; the paths
 * of the choices it took; the lines it showed, by key; the chapters it
 * reached), and recording them as the player goes: gathered into one write
 * soon after each turn, never in the way of a turn, kept and tried again at
 * the next one when the profile cannot be written. A turn that takes no new
 * choice and shows no new line writes nothing; one that does costs one
 * atomic write (two when it reaches a chapter), made after the turn has
 * gone on. `node scripts/bench-profile.mjs`: a median 2.3 ms for a profile
 * holding all of First Contact's prose read and 21 ms beside another story
 * at the 50,000-line bound, on a quiet machine (12 and 44 ms at a load
 * average of 3 to 6).
 */

import type { Line } from "../engine/index.js";
import { nodeCrypto } from "../files/builtins.js";
import { keptEvents } from "../log/path.js";
import type { Session } from "../log/session.js";
import type { ChapterReached, EndingFound, SettingsStore, StoryProfile } from "../saves/settings.js";

export interface PlayerProfile {
  /** What the player has found in this story. Throws an Error with a player-facing message. */
  read(): Promise<StoryProfile>;
  /** How the story's chapters were reached, read alone (for the title screen). Throws as `read` does. */
  chapters(): Promise<StoryProfile["chapters"]>;
  /** Records an ending; true when it is new. */
  recordEnding(ending: string, found: EndingFound): Promise<boolean>;
  /** Adds the target paths of choices taken and the keys of lines read (lineKey) to the seen sets. */
  recordSeen(seen: { choices?: readonly string[]; lines?: readonly string[] }): Promise<unknown>;
  /** Records how chapters were reached, to start them again. */
  recordChapters(reached: Readonly<Record<string, ChapterReached>>): Promise<void>;
}

/**
 * The chapters a session reached by playing (none when it began at an
 * `entry_*` preset), each with the seed and kept choices that led to it.
 */
export function chaptersReached(session: Session): Record<string, ChapterReached> {
  const log = session.log;
  const started = log.events.find((e) => e.type === "meta" && e.action === "started");
  if (started?.type === "meta" && started.detail) return {};
  const out: Record<string, ChapterReached> = {};
  const choices: ChapterReached["choices"] = [];
  let offered = 0;
  for (const e of keptEvents(log)) {
    if (e.type === "choices") offered = e.choices.length;
    if (e.type === "choose") choices.push({ ...e.choice, offered });
    if (e.type === "chapter") {
      out[e.title] = { at: e.at, seed: log.seed, storyHash: log.storyHash, choices: [...choices] };
    }
  }
  return out;
}

/** Every choice taken in a session, undone ones too, by target path. */
export function choicesTaken(session: Session): string[] {
  const out = new Set<string>();
  for (const e of session.log.events) if (e.type === "choose") out.add(e.choice.target);
  return [...out];
}

/** The ending a finished session reached and how it was found, or null when it names none. */
export function endingOf(session: Session): { ending: string; found: EndingFound } | null {
  const end = session.log.events.findLast((e) => e.type === "end");
  if (end?.type !== "end" || !end.ending) return null;
  return { ending: end.ending, found: { at: end.at, playthrough: session.log.id, started: session.log.startedAt } };
}

/** One story's part of the profile kept by `store`. */
export function storyProfile(store: SettingsStore, storyId: string): PlayerProfile {
  return {
    read: () => store.story(storyId),
    chapters: () => store.chapters(storyId),
    recordEnding: (ending, found) => store.recordEnding(storyId, ending, found),
    recordSeen: (seen) => store.recordSeen(storyId, seen),
    recordChapters: (reached) => store.recordChapters(storyId, reached),
  };
}

/** What a game has gathered for the profile and not yet written. */
interface Gathered {
  choices: string[];
  lines: string[];
  chapters: Record<string, ChapterReached>;
}

/**
 * A line's key in the profile: 64 bits of the SHA-256 of its words (spacing
 * evened out), in base64url. The words alone, so a line a new version of the
 * story keeps word for word stays read wherever it moved.
 */
export function lineKey(text: string): string {
  return nodeCrypto().createHash("sha256").update(text.trim().replace(/\s+/g, " ")).digest("base64url").slice(0, 11);
}

/**
 * What one game records as it goes: the choices taken and the lines shown.
 * Each note is gathered and written soon after (one write for all the notes
 * of a turn, and none when nothing is new), so a crash or a killed terminal
 * loses at most the turn being written.
 */
export class PlayRecord {
  #profile: PlayerProfile;
  /** Keys of the lines read before, in any playthrough, and those this game has shown. */
  #read: Set<string>;
  #known: Set<string>;
  #choices = new Set<string>();
  #lines = new Set<string>();
  #chapters: Record<string, ChapterReached> = {};
  /** How many chapter events the session's log held when last looked at. */
  #chapterEvents = -1;
  #scheduled = false;
  #writing: Promise<void> = Promise.resolve();
  #problem: string | null = null;
  #told = false;

  constructor(profile: PlayerProfile, before: { lines: readonly string[]; seen: readonly string[] }) {
    this.#profile = profile;
    this.#read = new Set(before.lines);
    this.#known = new Set(before.seen);
  }

  /** Starts a record from what the profile holds; a profile that cannot be read starts it empty, and says so once. */
  static async open(profile: PlayerProfile): Promise<PlayRecord> {
    try {
      return new PlayRecord(profile, await profile.read());
    } catch (err) {
      const record = new PlayRecord(profile, { lines: [], seen: [] });
      record.#problem = (err as Error).message;
      return record;
    }
  }

  /** How many of `lines`, from the first, were read before; the first unread line (with words) ends the count. */
  readBefore(lines: readonly Line[]): number {
    let n = 0;
    for (const line of lines) {
      if (line.text.trim() && !this.#read.has(lineKey(line.text))) break;
      n += 1;
    }
    return n;
  }

  /** Notes lines as shown (read from now on). */
  shown(lines: readonly Line[]): void {
    const before = this.#lines.size;
    for (const line of lines) {
      if (!line.text.trim()) continue;
      const key = lineKey(line.text);
      if (this.#read.has(key)) continue;
      this.#read.add(key);
      this.#lines.add(key);
    }
    if (this.#lines.size > before) this.#schedule();
  }

  /** Notes the chapters the session has reached by playing, when it has reached a new one, for Chapter select. */
  played(session: Session): void {
    const n = session.log.events.reduce((k, e) => k + (e.type === "chapter" ? 1 : 0), 0);
    if (n === this.#chapterEvents) return;
    this.#chapterEvents = n;
    const reached = chaptersReached(session);
    if (Object.keys(reached).length === 0) return;
    Object.assign(this.#chapters, reached);
    this.#schedule();
  }

  /** Notes a choice taken, by its target path. */
  chose(target: string): void {
    if (!target || this.#known.has(target)) return;
    this.#known.add(target);
    this.#choices.add(target);
    this.#schedule();
  }

  /** Writes what is gathered now; resolves when it is written or has failed (kept for the next try). */
  flush(): Promise<void> {
    this.#scheduled = false;
    const taken = this.#take();
    if (!taken) return this.#writing;
    this.#writing = this.#writing
      .then(() => this.#write(taken))
      .then(
        () => undefined,
        (err: unknown) => this.#keep(taken, err),
      );
    return this.#writing;
  }

  /** What is gathered, handed over for writing; null when nothing is. */
  #take(): Gathered | null {
    if (this.#choices.size === 0 && this.#lines.size === 0 && Object.keys(this.#chapters).length === 0) return null;
    const taken = { choices: [...this.#choices], lines: [...this.#lines], chapters: this.#chapters };
    this.#choices.clear();
    this.#lines.clear();
    this.#chapters = {};
    return taken;
  }

  /**
   * Writes what was gathered: one write for the seen sets, and one for the
   * chapters when a new one was reached. Both start at once (the store writes
   * before its promise settles), so a signal handler's call writes both.
   */
  #write(taken: Gathered): Promise<unknown> {
    const writes: Promise<unknown>[] = [];
    if (taken.choices.length > 0 || taken.lines.length > 0) {
      writes.push(this.#profile.recordSeen({ choices: taken.choices, lines: taken.lines }));
    }
    if (Object.keys(taken.chapters).length > 0) writes.push(this.#profile.recordChapters(taken.chapters));
    return Promise.all(writes);
  }

  /** Keeps what could not be written for the next write (nothing is lost while the profile cannot be written). */
  #keep(taken: Gathered, err: unknown): void {
    for (const c of taken.choices) this.#choices.add(c);
    for (const l of taken.lines) this.#lines.add(l);
    this.#chapters = { ...taken.chapters, ...this.#chapters };
    this.#problem ??= (err as Error).message;
  }

  /**
   * Writes what is gathered at once, synchronously as far as the store goes
   * (the profile store writes before its promise settles), for the way out
   * of a signal handler, where nothing scheduled runs any more.
   */
  flushNow(): void {
    this.#scheduled = false;
    const taken = this.#take();
    if (!taken) return;
    try {
      // The profile store writes before its promise settles: nothing here waits on a later turn of the event loop.
      this.#write(taken).catch(() => {});
    } catch {
      // Leaving anyway: the autosave holds every choice of this game.
    }
  }

  /** The first problem reading or writing the profile, once, for the player to be told; null otherwise. */
  takeProblem(): string | null {
    if (this.#told || !this.#problem) return null;
    this.#told = true;
    return this.#problem;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // On the event loop's next round: the turn goes on at once and the write follows it.
    setImmediate(() => void this.flush());
  }
}
