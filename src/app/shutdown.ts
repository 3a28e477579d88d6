/**
 * Leaving the game: the one way out, whatever ends it.
 *
 * Owns: what happens on the way out of a game, in order: the game being
 * played is autosaved, the save slots it holds are let go, the terminal is
 * restored, and the player is told where the game is saved and how to come
 * back to it. The same path serves the end of play, the end of input, a
 * signal (Ctrl-C, SIGTERM, SIGHUP), a terminal that went away and a closed
 * pipe; it runs once. Signals and stream errors cannot wait for the game
 * loop (it may be waiting on a prompt), so for them the path runs at once
 * and then the exit the command line gave is called.
 */
import { closeSync } from "node:fs";
import { nodeTty } from "../files/builtins.js";
import type { StandardStreams } from "../files/stdio.js";
import type { Session } from "../log/session.js";
import type { SaveService } from "./services.js";

/** How the process ends: a clean finish, or interrupted (a signal, a lost terminal). */
export type Leaving = "done" | "interrupted";

export class Shutdown {
  #io: StandardStreams;
  #exit: (how: Leaving) => void;
  #saves: SaveService | null = null;
  #restore: (() => void) | null = null;
  #farewell: ((lastPlayed: Session) => string | null) | null = null;
  #record: { flushNow(): void } | null = null;
  #current: Session | null = null;
  #lastPlayed: Session | null = null;
  #done = false;
  /** The descriptors of the standard streams that were terminals when `listen` was called, at start-up. */
  #startedOnTerminal: number[] = [];

  /** `exit` ends the process (the command line's, which knows the exit codes); called only after a signal or a lost stream. */
  constructor(io: StandardStreams, exit: (how: Leaving) => void) {
    this.#io = io;
    this.#exit = exit;
  }

  /** The save service whose slots this game holds (autosaved to, and let go of, on the way out). */
  useSaves(saves: SaveService): void {
    this.#saves = saves;
  }

  /** Puts the terminal back as it was (the renderer's close). */
  useRestore(restore: () => void): void {
    this.#restore = restore;
  }

  /** Words that say where the last game played is saved and how to resume it, or null. */
  useFarewell(farewell: (lastPlayed: Session) => string | null): void {
    this.#farewell = farewell;
  }

  /** What the game being played has gathered for the player's profile (null between games): written on the way out. */
  recording(record: { flushNow(): void } | null): void {
    this.#record = record;
  }

  /** The game now being played (null between games): the one saved if the game is left now. */
  playing(session: Session | null): void {
    this.#current = session;
    if (session) this.#lastPlayed = session;
  }

  /**
   * Leaves: autosaves the game being played, writes what it gathered for the
   * player's profile, lets go of its slots, restores the terminal and says
   * where the game is. Runs once; later calls do nothing.
   */
  finish(how: Leaving): void {
    if (this.#done) return;
    this.#done = true;
    try {
      if (this.#current && this.#saves) this.#saves.autosave(this.#current);
    } catch {
      // The autosave from the last turn is still on disk.
    }
    try {
      this.#record?.flushNow();
    } catch {
      // The profile is a nicety; what was written after the last turn is kept.
    }
    try {
      this.#saves?.release();
    } catch {
      // A lock left behind is taken over once its process is gone.
    }
    // A terminal that went away cannot be restored, and need not be.
    const terminalThere = this.#io.stdout.isTTY ? nodeTty().isatty(1) : true;
    if (!terminalThere) return;
    try {
      this.#restore?.();
      const farewell = this.#lastPlayed ? this.#farewell?.(this.#lastPlayed) : null;
      if (how === "interrupted") this.#io.stdout.write(farewell ? `\n${farewell}\n` : "\n");
      else if (farewell) this.#io.stdout.write(`${farewell}\n`);
    } catch {
      // Nothing more can be shown; the game is saved.
    }
  }

  /** Leaves at once (a signal, a hang-up, a closed pipe) and ends the process. */
  #leaveNow(how: Leaving): void {
    if (this.#done) return;
    this.finish(how);
    this.#exit(how);
  }

  /**
   * Node restores each standard stream's terminal modes as it exits, and
   * aborts (SIGABRT, a core dump) when the terminal has gone away, since the
   * restore then fails with EIO (nodejs/node#51519; fixed in later Node
   * releases). A descriptor that is closed is skipped by that restore, so the
   * descriptors of a terminal that is no longer there are closed first.
   * A terminal that has hung up answers every query with an error: isatty()
   * says false where it said true at start-up.
   */
  #letGoOfLostTerminal(): void {
    for (const fd of this.#startedOnTerminal) {
      if (nodeTty().isatty(fd)) continue;
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
  }

  /**
   * Listens for everything that ends the process from outside: signals, a
   * hang-up, a closed pipe (on the streams it was given). With `signals: false` a signal keeps Node's own
   * meaning and ends the process at once: for a command with nothing to
   * save that does its work in long synchronous stretches (`verify`), which
   * a handler could only answer once the work was done.
   */
  listen(proc: NodeJS.Process = process, opts: { signals?: boolean } = {}): void {
    const { stdin, stdout, stderr } = this.#io;
    // Read from the streams, not with isatty(): node:tty (and node:net with it) is loaded only where a stream is a terminal.
    this.#startedOnTerminal = [stdin, stdout, stderr].flatMap((s, fd) => (s.isTTY ? [fd] : []));
    proc.on("exit", () => this.#letGoOfLostTerminal());
    for (const stream of [stdout, stderr]) {
      stream.on("error", (err: NodeJS.ErrnoException) => {
        // A closed pipe (`first-contact ... | head`) ends the game quietly; a terminal
        // that went away (EIO) is a hang-up.
        this.#leaveNow(err.code === "EPIPE" ? "done" : "interrupted");
      });
    }
    if (opts.signals !== false) {
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
        proc.on(signal, () => this.#leaveNow("interrupted"));
      }
    }
    // A terminal that goes away mid-read (EIO) is a hang-up by another name.
    stdin.on("error", () => this.#leaveNow("interrupted"));
  }
}
