/**
 * The application: the title screen and what each of its entries starts.
 *
 * Owns: wiring a renderer, a story and the save service into games. Returns
 * an outcome for the CLI to turn into an exit code; never exits itself.
 */
import type { Session, StoryBundle } from "../log/session.js";
import type { ChapterReached } from "../saves/settings.js";
import type { MapChapter } from "../story-build/choices.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import type { Renderer, Screen } from "../ui/types.js";
import { describeReplay, Game, type GameExit, RECAP_LINES, RESUMING, type TranscriptExporter } from "./game.js";
import { chaptersReached, choicesTaken, endingOf, type PlayerProfile, PlayRecord } from "./profile.js";
import { chapterOptions, startChapter } from "./screens/chapters.js";
import { endingsScreen } from "./screens/endings.js";
import { pathsScreen } from "./screens/paths.js";
import { runSettings, type SettingsAccess } from "./screens/settings.js";
import type { SaveService } from "./services.js";
import { REACH, startupReached } from "./startup.js";

export interface AppDeps {
  renderer: Renderer;
  /** Loads the compiled story; called only when a game starts, so the title screen never waits for it. */
  story: () => StoryBundle & { title: string };
  /**
   * Called each time the title's menu is on screen and waiting for the
   * player: gets the next game ready meanwhile (the story's engine, and the
   * save Continue would take checked in full), so the first line follows the
   * key at once.
   */
  prepare?(): void;
  title: string;
  subtitle: string;
  saves: SaveService | null;
  /** A knot new games start at (`play FILE --from KNOT`), instead of the story's beginning. */
  entry?: string;
  exporter?: TranscriptExporter;
  onSession?(session: Session | null): void;
  /** Called with what the game being played gathers for the profile (null after it), so leaving at once can write it. */
  onRecord?(record: PlayRecord | null): void;
  onEnding?(session: Session): void;
  /** What the player has found in this story, for the screens beside the story. */
  profile?: PlayerProfile;
  /** The story's endings by id, as its manifest lists them. */
  endings?: Readonly<Record<string, EndingInfo>>;
  /** The story's chapters in order (the manifest's), for Chapter select. */
  chapters?: readonly string[];
  /** The story's choice map (every choice, by chapter and knot), for the Paths screen; loaded when it opens. */
  paths?: () => Promise<MapChapter[]>;
  /** The player's settings, how to put a change in force, and which ones this run's flags hold. */
  settings?: {
    access: SettingsAccess;
    apply(s: Awaited<ReturnType<SettingsAccess["settings"]>>): void;
    overridden: Parameters<typeof runSettings>[3];
  };
}

/** How the app finished: `interrupted` maps to exit code 130, `error` (the story failed) to 1. */
export type AppOutcome = "done" | "interrupted" | "error";

/** Starts a playthrough. The story engine (inkjs) loads here, not before: the title screen never waits for it. */
async function newSession(story: StoryBundle, entry?: string): Promise<Session> {
  const { Session } = await import("../log/session.js");
  const { randomInt, randomUUID } = await import("node:crypto");
  return Session.start(story, { seed: randomInt(1, 2 ** 31 - 1), id: randomUUID(), entry });
}

function outcomeOf(exit: GameExit): AppOutcome | null {
  if (exit === "cancel") return "interrupted";
  if (exit === "quit" || exit === "eof") return "done";
  if (exit === "error") return "error";
  return null;
}

async function runGame(
  deps: AppDeps,
  session: Session,
  resumed: boolean,
  recapShown = false,
): Promise<AppOutcome | null> {
  // What the player has read and chosen is recorded as they go, so a crash or a killed terminal keeps it.
  const record = deps.profile ? await PlayRecord.open(deps.profile) : undefined;
  deps.onRecord?.(record ?? null);
  const game = new Game(session, {
    ...deps,
    record,
    onEnding: (s) => {
      deps.onEnding?.(s);
      const found = endingOf(s);
      // The profile is a nicety: a failure to record an ending must not disturb play.
      if (found) deps.profile?.recordEnding(found.ending, found.found).catch(() => {});
    },
  });
  const exit = await game.play({ resumed, recapShown }).finally(async () => {
    // Whatever the way out (an ending, quit, Ctrl-C, an error): what is still gathered is written, and every
    // choice of the game (a loaded one's earlier turns too) joins the player's map.
    deps.onRecord?.(null);
    await record?.flush();
    deps.profile?.recordSeen({ choices: choicesTaken(game.session) }).catch(() => {});
    deps.profile?.recordChapters(chaptersReached(game.session)).catch(() => {});
  });
  deps.onSession?.(null);
  return outcomeOf(exit);
}

/**
 * Loads a slot and plays it; a failure to load is told to the player and
 * returns null. A game resumed shows its last lines from the save at once,
 * while the story is built; they are shown again after the load only when
 * the load replayed the game's choices.
 */
async function playSlot(deps: AppDeps, slot: string, action: "loaded" | "resumed"): Promise<AppOutcome | null> {
  if (!deps.saves) return null;
  try {
    const recap = action === "resumed" ? deps.saves.recap(slot, RECAP_LINES) : null;
    if (recap) {
      deps.renderer.message(RESUMING, "info");
      await deps.renderer.showLines(recap, { seen: true });
    }
    const loaded = await deps.saves.load(slot);
    const note = describeReplay(loaded.replay, loaded.replayedBecause);
    if (note) deps.renderer.message(note, "warn");
    loaded.session.note(action, slot);
    return runGame(deps, loaded.session, true, recap !== null && loaded.replay === null);
  } catch (err) {
    deps.renderer.message((err as Error).message, "error");
    return null;
  }
}

/**
 * Continues the most recent game that loads. A more recent slot that cannot
 * be loaded is never passed over in silence: the player hears what it is,
 * why, and where its bytes were kept. "missing" when there is nothing to continue.
 */
async function continueLatest(deps: AppDeps): Promise<AppOutcome | null | "missing"> {
  const r = deps.renderer;
  const { latest, skipped } = deps.saves?.latest() ?? { latest: null, skipped: [] };
  for (const s of skipped) r.message(`A saved game could not be loaded: ${s.detail}`, "warn");
  if (!latest) {
    r.message(
      skipped.length > 0 ? "There is no other saved game to continue." : "There is no saved game to continue yet.",
      "warn",
    );
    return "missing";
  }
  if (skipped.length > 0) r.message(`Continuing the most recent game that loads: ${latest.label}.`, "warn");
  const out = await playSlot(deps, latest.slot, "resumed");
  return out ?? "missing";
}

/** Shows a screen built from the player's profile; a profile that cannot be read is told, not fatal. */
async function showProfileScreen(
  deps: AppDeps,
  build: (profile: Awaited<ReturnType<PlayerProfile["read"]>>) => Screen,
): Promise<void> {
  if (!deps.profile) return;
  let profile: Awaited<ReturnType<PlayerProfile["read"]>>;
  try {
    profile = await deps.profile.read();
  } catch (err) {
    deps.renderer.message(`Your profile could not be read: ${(err as Error).message}`, "error");
    return;
  }
  await deps.renderer.showScreen(build(profile));
}

/** The chapters the title screen offers to start again; none when the profile cannot be read. */
async function chaptersOffered(deps: AppDeps) {
  if (!deps.profile) return [];
  try {
    return chapterOptions(await deps.profile.chapters(), deps.chapters ?? []);
  } catch {
    return [];
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
    if (out && out !== "missing") return out;
  } else if (opts.newGame) {
    const out = await runGame(deps, await newSession(deps.story(), deps.entry), false);
    if (out) return out;
  }
  for (;;) {
    r.showTitle(deps.title, deps.subtitle);
    // Only the newest saves are read, from one listing of the folder, and only as far as their envelopes:
    // a folder of many games, or a long one, must not slow the title screen.
    const { latest, any } = deps.saves?.latest({ glance: true }) ?? { latest: null, any: false };
    if (latest) startupReached(REACH.titleWithSave);
    const reached = await chaptersOffered(deps);
    const options = [
      ...(latest ? [{ value: "continue", label: "Continue", hint: latest.label }] : []),
      { value: "new", label: "New game" },
      ...(any ? [{ value: "load", label: "Load a saved game" }] : []),
      ...(reached.length > 0 ? [{ value: "chapters", label: "Chapters" }] : []),
      ...(deps.profile && deps.endings && Object.keys(deps.endings).length > 0
        ? [{ value: "endings", label: "Endings" }]
        : []),
      ...(deps.profile && deps.paths ? [{ value: "paths", label: "Paths" }] : []),
      ...(deps.settings ? [{ value: "settings", label: "Settings" }] : []),
      { value: "quit", label: "Quit" },
    ];
    const choice = await r.menu("Your choice", options, { shown: deps.prepare });
    switch (choice) {
      case "continue": {
        const out = await continueLatest(deps);
        if (out && out !== "missing") return out;
        break;
      }
      case "new": {
        const out = await runGame(deps, await newSession(deps.story(), deps.entry), false);
        if (out) return out;
        break;
      }
      case "load": {
        const slots = deps.saves?.list() ?? [];
        const slot = await r.menu("Load which game?", [
          ...slots.map((s) => ({ value: s.slot, label: s.label, hint: s.detail })),
          { value: "", label: "Back", back: true },
        ]);
        if (!slot) break;
        const out = await playSlot(deps, slot, "loaded");
        if (out) return out;
        break;
      }
      case "endings":
        await showProfileScreen(deps, (profile) => endingsScreen(deps.endings ?? {}, profile));
        break;
      case "chapters": {
        const title = await r.menu("Start which chapter? (a new playthrough)", [
          ...reached,
          { value: "back", label: "Back", back: true },
        ]);
        if (!title || title === "back") break;
        let way: ChapterReached | undefined;
        try {
          way = (await deps.profile?.chapters())?.[title];
        } catch (err) {
          // Read well for the title, not now (changed or damaged meanwhile): told, and back to the title.
          r.message(`Your profile could not be read: ${(err as Error).message}`, "error");
          break;
        }
        if (!way) break;
        const { session, replay } = await startChapter(deps.story(), way);
        if (replay.divergence) {
          r.message(
            `The story has changed since you reached this chapter; the new playthrough starts where the old way ends (turn ${replay.divergence.turn + 1}).`,
            "warn",
          );
        }
        const out = await runGame(deps, session, false);
        if (out) return out;
        break;
      }
      case "paths": {
        let map: MapChapter[];
        try {
          map = (await deps.paths?.()) ?? [];
        } catch (err) {
          r.message(`The map of this story's choices could not be read: ${(err as Error).message}`, "error");
          break;
        }
        await showProfileScreen(deps, (profile) => pathsScreen(map, profile));
        break;
      }
      case "settings":
        if (deps.settings) await runSettings(r, deps.settings.access, deps.settings.apply, deps.settings.overridden);
        break;
      case null:
        // Plain mode only ever answers null at the end of its input: that is a clean finish.
        return r.mode === "plain" ? "done" : "interrupted";
      default:
        return "done";
    }
  }
}
