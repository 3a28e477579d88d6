/**
 * The application: the title screen and what each of its entries starts.
 *
 * Owns: wiring a renderer, a story and the save service into games. Returns
 * an outcome for the CLI to turn into an exit code; never exits itself.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { Session, StoryBundle } from "../log/session.js";
import type { Renderer } from "../ui/types.js";
import { describeReplay, Game, type GameExit, type TranscriptExporter } from "./game.js";
import type { SaveService } from "./services.js";

export interface AppDeps {
  renderer: Renderer;
  /** Loads the compiled story; called only when a game starts, so the title screen never waits for it. */
  story: () => StoryBundle & { title: string };
  title: string;
  subtitle: string;
  saves: SaveService | null;
  exporter?: TranscriptExporter;
  onSession?(session: Session | null): void;
  onEnding?(session: Session): void;
}

/** How the app finished: `interrupted` maps to exit code 130. */
export type AppOutcome = "done" | "interrupted";

/** Starts a playthrough. The story engine (inkjs) loads here, not before: the title screen never waits for it. */
async function newSession(story: StoryBundle, entry?: string): Promise<Session> {
  const { Session } = await import("../log/session.js");
  return Session.start(story, { seed: randomInt(1, 2 ** 31 - 1), id: randomUUID(), entry });
}

function outcomeOf(exit: GameExit): AppOutcome | null {
  if (exit === "cancel") return "interrupted";
  if (exit === "quit" || exit === "eof") return "done";
  return null;
}

async function runGame(deps: AppDeps, session: Session, resumed: boolean): Promise<AppOutcome | null> {
  const game = new Game(session, deps);
  const exit = await game.play({ resumed });
  deps.onSession?.(null);
  return outcomeOf(exit);
}

/** Continues the latest save; null when there is none or it cannot be loaded (the player is told why). */
async function continueLatest(deps: AppDeps): Promise<AppOutcome | null | "missing"> {
  const slot = deps.saves?.latest();
  if (!deps.saves || !slot) {
    deps.renderer.message("There is no saved game to continue yet.", "warn");
    return "missing";
  }
  try {
    const { session, replay } = await deps.saves.load(slot);
    const note = describeReplay(replay);
    if (note) deps.renderer.message(note, "warn");
    session.note("resumed", slot);
    return runGame(deps, session, true);
  } catch (err) {
    deps.renderer.message((err as Error).message, "error");
    return "missing";
  }
}

/** Runs the title screen until the player quits. */
export async function runTitle(
  deps: AppDeps,
  opts: { continueLatest?: boolean; newGame?: boolean } = {},
): Promise<AppOutcome> {
  const r = deps.renderer;
  if (opts.continueLatest) {
    const out = await continueLatest(deps);
    if (out === "interrupted" || out === "done") return out;
  } else if (opts.newGame) {
    const out = await runGame(deps, await newSession(deps.story()), false);
    if (out) return out;
  }
  for (;;) {
    r.showTitle(deps.title, deps.subtitle);
    const latest = deps.saves?.latest() ?? null;
    const slots = deps.saves?.list() ?? [];
    const options = [
      ...(latest ? [{ value: "continue", label: "Continue", hint: slots.find((s) => s.slot === latest)?.detail }] : []),
      { value: "new", label: "New game" },
      ...(slots.length > 0 ? [{ value: "load", label: "Load a saved game" }] : []),
      { value: "quit", label: "Quit" },
    ];
    const choice = await r.menu("Your choice", options);
    switch (choice) {
      case "continue": {
        const out = await continueLatest(deps);
        if (out === "interrupted" || out === "done") return out;
        break;
      }
      case "new": {
        const out = await runGame(deps, await newSession(deps.story()), false);
        if (out) return out;
        break;
      }
      case "load": {
        const slot = await r.menu("Load which game?", [
          ...slots.map((s) => ({ value: s.slot, label: s.label, hint: s.detail })),
          { value: "", label: "Back" },
        ]);
        if (!slot || !deps.saves) break;
        try {
          const { session, replay } = await deps.saves.load(slot);
          const note = describeReplay(replay);
          if (note) r.message(note, "warn");
          session.note("loaded", slot);
          const out = await runGame(deps, session, true);
          if (out) return out;
        } catch (err) {
          r.message((err as Error).message, "error");
        }
        break;
      }
      case null:
        // Plain mode only ever answers null at the end of its input: that is a clean finish.
        return r.mode === "plain" ? "done" : "interrupted";
      default:
        return "done";
    }
  }
}

/** Plays a single story with no title screen (`first-contact play FILE`). */
export async function playOnce(deps: AppDeps, entry?: string): Promise<AppOutcome> {
  const out = await runGame(deps, await newSession(deps.story(), entry), false);
  return out ?? "done";
}
