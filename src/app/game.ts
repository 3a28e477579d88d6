/**
 * The game loop and the in-game menu.
 *
 * Owns: showing each turn, taking the player's answer, autosaving after
 * every turn, and the commands available at any choice (save, load, undo,
 * export, quit). Knows the renderer and the save service only through their
 * interfaces; never exits the process.
 */

import { ContentError } from "../engine/errors.js";
import type { Line } from "../engine/index.js";
import type { ReplayReport, Session } from "../log/session.js";
import type { GameCommand, Renderer } from "../ui/types.js";
import type { ReplayCause } from "./load-game.js";
import type { PlayRecord } from "./profile.js";
import { pickRewind } from "./screens/rewind.js";
import { STATUS, storySoFarScreen } from "./screens/story-so-far.js";
import type { SaveService } from "./services.js";

/** How a game left the loop. */
export type GameExit = "ended" | "title" | "quit" | "eof" | "cancel" | "error";

export interface TranscriptExporter {
  /** Writes the transcript; returns a message for the player. Throws an Error with a player-facing message. */
  export(session: Session, format: string | undefined, file: string | undefined, force?: boolean): Promise<string>;
}

export interface GameDeps {
  renderer: Renderer;
  saves: SaveService | null;
  exporter?: TranscriptExporter;
  /** Called whenever the current session changes, so a signal handler can save it. */
  onSession?(session: Session | null): void;
  /** Called when a playthrough reaches its end (to record the ending in the player's profile). */
  onEnding?(session: Session): void;
  /** The lines read and choices taken in any playthrough, kept as the player goes. */
  record?: Pick<PlayRecord, "readBefore" | "shown" | "chose" | "played" | "takeProblem">;
}

const UNDO_LIMIT = 1000;
/** How many of the last lines a resumed game shows again, and the words before them. */
export const RECAP_LINES = 8;
export const RESUMING = "Resuming where you left off.";

/**
 * Tells the player why a loaded game's choices were replayed (the story was
 * updated, or the save's stored story state could not be used) and where it
 * now resumes. Null when nothing was replayed.
 */
export function describeReplay(replay: ReplayReport | null, because: ReplayCause | null): string | null {
  if (!replay) return null;
  const why =
    because?.kind === "state-unusable"
      ? `The story state stored in this save could not be used (${because.problem}), so your choices were replayed from the start instead.`
      : "The story has been updated since this game was saved.";
  if (!replay.divergence) {
    return because?.kind === "state-unusable"
      ? `${why} All ${replay.total} of them fit; the game resumes where it was saved.`
      : `${why} All ${replay.total} of your choices were replayed on the new version.`;
  }
  const d = replay.divergence;
  return `${why} Your choices were replayed up to turn ${d.turn + 1} of ${replay.total}, where "${d.wanted.text}" is no longer offered; the game resumes there. Your original save file is kept unchanged.`;
}

export class Game {
  #deps: GameDeps;
  #session: Session;
  /** True when the last autosave of this game was written. */
  #saved = false;

  constructor(session: Session, deps: GameDeps) {
    this.#session = session;
    this.#deps = deps;
    deps.onSession?.(session);
  }

  get session(): Session {
    return this.#session;
  }

  /**
   * Plays until the story ends or the player leaves. `resumed` re-shows recent
   * text instead of the whole turn (`recapShown`: it is on screen already).
   */
  async play(opts: { resumed?: boolean; recapShown?: boolean } = {}): Promise<GameExit> {
    const r = this.#deps.renderer;
    if (opts.resumed && opts.recapShown) {
      this.#autosave();
    } else if (opts.resumed) {
      r.message(RESUMING, "info");
      await this.#show(this.#session.recentLines(RECAP_LINES), { seen: true, save: true });
    } else {
      await this.#show(this.#session.current.lines, { save: true });
    }
    for (;;) {
      const turn = this.#session.current;
      if (turn.ended) {
        this.#autosave();
        const next = await this.#endMenu();
        if (next) return next;
        continue;
      }
      const asking = r.ask(turn.choices);
      const stopLooking = this.#lookAhead(turn.choices.length);
      const answer = await asking.finally(stopLooking);
      if (answer.kind === "eof" || answer.kind === "cancel") {
        this.#autosave();
        return answer.kind;
      }
      if (answer.kind === "command") {
        const exit = await this.#command(answer.command);
        if (exit) return exit;
        continue;
      }
      try {
        this.#deps.record?.chose(turn.choices[answer.index]?.target ?? "");
        this.#session.choose(answer.index);
      } catch (err) {
        if (err instanceof ContentError) {
          const where = err.knot && !err.message.includes(err.knot) ? ` in ${err.knot}` : "";
          const kept = this.#saved
            ? "Your game is saved as it stood just before that choice; Continue takes you back there."
            : "The autosave before that choice failed, so Continue cannot bring back this point.";
          r.message(
            `The story hit a problem${where}: ${/[.?!]$/.test(err.message) ? err.message : `${err.message}.`} ${kept}`,
            "error",
          );
          return "error";
        }
        throw err;
      }
      await this.#show(this.#session.current.lines, { save: true });
      if (this.#session.current.ended) this.#deps.onEnding?.(this.#session);
    }
  }

  /** At an ending: undo (when there is something to undo), export, or back to the title. Null when play goes on. */
  async #endMenu(): Promise<GameExit | null> {
    const r = this.#deps.renderer;
    const choice = await r.menu("The story has ended.", [
      ...(this.#session.undoable > 0 ? [{ value: "undo", label: "Undo the last choice" }] : []),
      ...(this.#deps.exporter ? [{ value: "export", label: "Export the transcript" }] : []),
      { value: "title", label: "Back to the title screen" },
    ]);
    if (choice === "undo") return this.#command({ name: "undo", steps: 1 });
    if (choice === "export") return this.#command({ name: "export" });
    return "ended";
  }

  /** Handles a command at the choice prompt; returns how to leave the loop, or null to keep playing. */
  async #command(command: GameCommand): Promise<GameExit | null> {
    const r = this.#deps.renderer;
    switch (command.name) {
      case "menu": {
        // Only what this game can do is offered.
        const saves = this.#deps.saves != null;
        const choice = await r.menu("Game menu", [
          { value: "back", label: "Back to the story", back: true },
          ...(saves ? [{ value: "save", label: "Save to a named slot" }] : []),
          ...(saves ? [{ value: "load", label: "Load a saved game" }] : []),
          ...(this.#session.undoable > 0
            ? [{ value: "undo", label: "Undo the last choice", hint: `${this.#session.undoable} can be undone` }]
            : []),
          ...(this.#session.undoable > 1 ? [{ value: "rewind", label: "Go back to an earlier choice" }] : []),
          { value: "so-far", label: "The story so far" },
          ...(this.#deps.exporter ? [{ value: "export", label: "Export the transcript" }] : []),
          { value: "title", label: saves ? "Save and quit to the title screen" : "Quit to the title screen" },
          { value: "quit", label: saves ? "Save and quit the game" : "Quit the game" },
        ]);
        switch (choice) {
          case "save":
            return this.#command({ name: "save" });
          case "load":
            return this.#command({ name: "load" });
          case "undo":
            return this.#command({ name: "undo", steps: 1 });
          case "so-far":
            await r.showScreen(storySoFarScreen(this.#session.log, this.#session.aside(STATUS)));
            return null;
          case "rewind": {
            const steps = await pickRewind(r, this.#session.log, this.#session.turnNumber);
            return steps ? this.#command({ name: "undo", steps }) : null;
          }
          case "export":
            return this.#command({ name: "export" });
          case "title":
            this.#autosave();
            return "title";
          case "quit":
            this.#autosave();
            return "quit";
          case null:
            return null;
          default:
            await this.#show(this.#session.current.lines.slice(-3), { seen: true });
            return null;
        }
      }
      case "save": {
        const saves = this.#deps.saves;
        if (!saves) {
          r.message("Saving is not available for this story.", "warn");
          return null;
        }
        const slot = await this.#slotToSave(saves, command.slot);
        if (!slot) return null;
        try {
          saves.save(slot, this.#session);
          this.#session.note("saved", slot);
          r.message(`Saved to "${slot}".`);
        } catch (err) {
          r.message((err as Error).message, "error");
        }
        return null;
      }
      case "load": {
        const saves = this.#deps.saves;
        if (!saves) {
          r.message("Loading is not available for this story.", "warn");
          return null;
        }
        let slot = command.slot ?? null;
        if (slot && !saves.list().some((s) => s.slot === slot)) {
          const names = saves.list().map((s) => s.slot);
          r.message(
            names.length
              ? `There is no saved game called "${slot}". The saved games are: ${names.join(", ")}.`
              : `There is no saved game called "${slot}", and no saved games yet.`,
            "warn",
          );
          return null;
        }
        if (!slot) {
          const slots = saves.list();
          if (slots.length === 0) {
            r.message("There are no saved games yet.", "warn");
            return null;
          }
          slot = await r.menu("Load which game?", [
            ...slots.map((s) => ({ value: s.slot, label: s.label, hint: s.detail })),
            { value: "", label: "Cancel", back: true },
          ]);
          if (!slot) return null;
        }
        try {
          // The game being played keeps its own autosave: the loaded game saves to its own.
          this.#autosave();
          const loaded = await saves.load(slot);
          this.#session = loaded.session;
          this.#session.note("loaded", slot);
          this.#deps.onSession?.(this.#session);
          const note = describeReplay(loaded.replay, loaded.replayedBecause);
          if (note) r.message(note, "warn");
          r.message(`Loaded "${slot}".`);
          await this.#show(this.#session.recentLines(RECAP_LINES), { seen: true });
          this.#autosave();
        } catch (err) {
          r.message((err as Error).message, "error");
        }
        return null;
      }
      case "undo": {
        const steps = Math.min(command.steps, UNDO_LIMIT);
        if (this.#session.undoable === 0) {
          r.message("There is nothing to undo yet.", "warn");
          return null;
        }
        const n = Math.min(steps, this.#session.undoable);
        try {
          this.#session.undo(n);
        } catch (err) {
          r.message(`Could not undo: ${(err as Error).message}`, "error");
          return null;
        }
        r.message(`Went back ${n} turn${n === 1 ? "" : "s"}.`);
        await this.#show(this.#session.current.lines, { seen: true, save: true });
        return null;
      }
      case "export": {
        const exporter = this.#deps.exporter;
        if (!exporter) {
          r.message("Transcript export is not available here.", "warn");
          return null;
        }
        let format = command.format;
        if (!format) {
          format =
            (await r.menu("Export the transcript as", [
              { value: "txt", label: "Plain text" },
              { value: "md", label: "Markdown" },
              { value: "html", label: "HTML (opens in a browser)" },
              { value: "json", label: "JSON (can be replayed)" },
              { value: "cancel", label: "Cancel", back: true },
            ])) ?? undefined;
          if (!format || format === "cancel") return null;
        }
        try {
          r.message(await exporter.export(this.#session, format, command.file, command.force === true));
        } catch (err) {
          r.message((err as Error).message, "error");
        }
        return null;
      }
      case "help":
        return null;
      case "quit":
        this.#autosave();
        return "quit";
    }
  }

  /**
   * The name to save under: the one given, or asked for. A name that holds a
   * save already is replaced only when the player says so; declining keeps
   * that save and asks for another name. Null when the player gives none.
   */
  async #slotToSave(saves: SaveService, given: string | undefined): Promise<string | null> {
    const r = this.#deps.renderer;
    let slot = given ?? (await r.prompt("Save as (a name for this slot):"));
    for (;;) {
      if (!slot) return null;
      const there = saves.existing(slot);
      if (!there) return slot;
      const question = `There is already a save called "${slot}" (${there.label}). Replace it?`;
      if (await this.#confirm(question)) return slot;
      r.message(`The save "${slot}" is kept as it was.`);
      slot = await r.prompt("Save as (another name, or nothing to cancel):");
    }
  }

  /** A yes-or-no question: a menu in the full-screen game, a typed yes or no in plain mode. False unless yes. */
  async #confirm(question: string): Promise<boolean> {
    const r = this.#deps.renderer;
    if (r.mode === "rich") {
      const answer = await r.menu(question, [
        { value: "no", label: "No, keep it and choose another name", back: true },
        { value: "yes", label: "Yes, replace it" },
      ]);
      return answer === "yes";
    }
    for (;;) {
      const answer = (await r.prompt(`${question} (yes/no)`))?.toLowerCase();
      if (answer === undefined || answer === "" || answer === "n" || answer === "no") return false;
      if (answer === "y" || answer === "yes") return true;
      r.message('Type "yes" to replace it or "no" to keep it.');
    }
  }

  /**
   * Shows lines, those read before in any playthrough (from the first, up to
   * the first unread one) marked for the renderer to pass over, and records
   * them as read. A profile that cannot be kept is told once; play goes on.
   * With `save`, the autosave is written as soon as the first line is on
   * screen: the player reads while it is made durable, and it is done before
   * any wait for a key ("more", the next choice), so a terminal closed during
   * that wait still finds this turn saved. Never skipped.
   */
  async #show(lines: readonly Line[], opts: { seen?: boolean; save?: boolean } = {}): Promise<void> {
    const record = this.#deps.record;
    let saved = !opts.save;
    const save = () => {
      if (saved) return;
      saved = true;
      this.#autosave();
    };
    try {
      await this.#deps.renderer.showLines(lines, {
        seen: opts.seen,
        skip: record?.readBefore(lines) ?? 0,
        shown: save,
      });
    } finally {
      save();
    }
    record?.shown(lines);
    record?.played(this.#session);
    const problem = record?.takeProblem();
    if (problem) {
      this.#deps.renderer.message(
        `Your profile (the lines read and the paths taken) could not be kept: ${problem}. Your game is saved as usual; the profile is tried again after each turn.`,
        "warn",
      );
    }
  }

  /**
   * While the player reads the choices, works out what each would show, one
   * choice per turn of the event loop so a key pressed meanwhile waits for
   * one at most; taking a choice worked out this way costs only loading its
   * state. Returns the function that stops it once an answer comes.
   */
  #lookAhead(count: number): () => void {
    const session = this.#session;
    let next = 0;
    let timer: NodeJS.Immediate | null = null;
    const step = () => {
      session.lookAhead(next++);
      timer = next < count ? setImmediate(step) : null;
    };
    timer = setImmediate(step);
    return () => {
      if (timer) clearImmediate(timer);
      timer = null;
    };
  }

  /** Writes this playthrough's own autosave; tells the player when it could not. */
  #autosave(): void {
    const saves = this.#deps.saves;
    this.#saved = false;
    if (!saves) return;
    try {
      saves.autosave(this.#session);
      this.#saved = true;
    } catch (err) {
      this.#deps.renderer.message(`Autosave failed: ${(err as Error).message}`, "warn");
    }
  }
}
