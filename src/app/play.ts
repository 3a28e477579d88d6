/**
 * Where the parts of a game meet: the app's one entry point for playing.
 *
 * Owns: building what a game is made of (the renderer for this terminal,
 * the save service, the in-game exporter, the story: the game's own or any
 * ink file given to `play`) and handing them to the title screen; the
 * renderer choice (plain when input or output is not a terminal, or with
 * --plain) and colour decisions; and registering the game with the one way
 * out (shutdown.ts), so every ending of the process saves it and restores
 * the terminal.
 */

import { extname } from "node:path";
import { nodeV8 } from "../files/builtins.js";
import type { StandardStreams } from "../files/stdio.js";
import type { Session, StoryBundle } from "../log/session.js";
import { checkSaveFolder } from "../saves/folder.js";
import { resolveSaveDir, resolveSettingsDir } from "../saves/paths.js";
import { DEFAULT_SETTINGS, type Settings, SettingsStore } from "../saves/settings.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import type { makePalette } from "../ui/palette.js";
import { PlainRenderer } from "../ui/plain.js";
import { colorLevel, titleCard, wrap, wrapWidth } from "../ui/style.js";
import type { Renderer } from "../ui/types.js";
import { type AppOutcome, runTitle } from "./app.js";
import { installedStory } from "./catalog.js";
import { fileExporter } from "./exporter.js";
import { overriddenSettings, presentationOf } from "./presentation.js";
import { storyProfile } from "./profile.js";
import { openSaveService, storySaveDir } from "./save-service.js";
import type { SaveService } from "./services.js";
import type { Shutdown } from "./shutdown.js";
import { startupEnds } from "./startup.js";

/** The process's standard streams (files/stdio.ts) and environment, as the game uses them. */
export interface GameIo extends StandardStreams {
  env: NodeJS.ProcessEnv;
}

export interface PlayOptions {
  file: string | null;
  plain: boolean;
  noColor: boolean;
  color: boolean;
  saveDir: string | undefined;
  width: number | undefined;
  continueLatest: boolean;
  newGame: boolean;
  /** `play FILE --from KNOT`: start at a knot (a chapter's entry state), for writers. */
  from?: string;
  /** `--pacing` and `--paging`: settings overridden for this run. */
  pacing?: "off" | "fast" | "slow";
  paging?: "on" | "off";
  /** `--skip-seen`: whether text read before is passed over, for this run. */
  skipSeen?: "on" | "off";
}

async function makeRenderer(opts: PlayOptions, io: GameIo): Promise<Renderer> {
  const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY) && !opts.plain;
  if (!interactive) {
    const width = opts.width ?? (io.stdout.isTTY ? Math.min((io.stdout.columns ?? 80) - 1, 78) : 0);
    return new PlainRenderer({ input: io.stdin, output: io.stdout }, { width });
  }
  // Colours (chalk) load only for the renderer that shows them.
  const { makePalette } = await import("../ui/palette.js");
  return new RichRendererLazy(io, opts, makePalette);
}

/**
 * The rich renderer, loaded when first used: enquirer is the largest thing
 * the game imports, and the title's first lines can be painted before it is.
 */
class RichRendererLazy implements Renderer {
  readonly mode = "rich" as const;
  #inner: import("../ui/rich.js").RichRenderer | null = null;
  #io: GameIo;
  #opts: PlayOptions;
  #palette;
  #makePalette: typeof makePalette;
  constructor(io: GameIo, opts: PlayOptions, palette: typeof makePalette) {
    this.#io = io;
    this.#opts = opts;
    this.#makePalette = palette;
    this.#palette = palette(
      colorLevel({ env: io.env, isTTY: Boolean(io.stdout.isTTY), noColorFlag: opts.noColor, colorFlag: opts.color }),
    );
  }
  async #get(): Promise<Renderer> {
    if (!this.#inner) {
      const { RichRenderer } = await import("../ui/rich.js");
      this.#inner = new RichRenderer(
        { input: this.#io.stdin, output: this.#io.stdout },
        { palette: this.#palette, width: this.#opts.width },
      );
      if (this.#endings) this.#inner.useEndings(this.#endings);
      if (this.#presentation) this.#inner.present(this.#presentation);
      if (this.#title) this.#inner.noteTitle(this.#title.title, this.#title.subtitle);
    }
    return this.#inner;
  }
  /** The title card this wrapper drew itself, handed on so the renderer can redraw it. */
  #title: { title: string; subtitle: string } | null = null;
  #endings: Readonly<Record<string, EndingInfo>> | null = null;
  useEndings(endings: Readonly<Record<string, EndingInfo>>): void {
    this.#endings = endings;
    this.#inner?.useEndings(endings);
  }
  showTitle(title: string, subtitle: string): void {
    if (this.#inner) {
      this.#inner.showTitle(title, subtitle);
      return;
    }
    this.#title = { title, subtitle };
    const w = wrapWidth(this.#io.stdout.columns, this.#opts.width);
    this.#io.stdout.write(titleCard(this.#palette, title, subtitle, w > 0 ? w : (this.#io.stdout.columns ?? 80) - 1));
  }
  async showLines(lines: Parameters<Renderer["showLines"]>[0], opts?: Parameters<Renderer["showLines"]>[1]) {
    return (await this.#get()).showLines(lines, opts);
  }
  async ask(choices: Parameters<Renderer["ask"]>[0]) {
    return (await this.#get()).ask(choices);
  }
  async menu(message: string, options: Parameters<Renderer["menu"]>[1], opts?: Parameters<Renderer["menu"]>[2]) {
    return (await this.#get()).menu(message, options, opts);
  }
  async prompt(message: string) {
    return (await this.#get()).prompt(message);
  }
  present(p: Parameters<Renderer["present"]>[0]) {
    this.#palette = this.#makePalette(p.colourLevel);
    this.#opts = { ...this.#opts, width: p.width };
    this.#presentation = p;
    this.#inner?.present(p);
  }
  #presentation: Parameters<Renderer["present"]>[0] | null = null;
  async showScreen(screen: Parameters<Renderer["showScreen"]>[0]) {
    return (await this.#get()).showScreen(screen);
  }
  message(text: string, kind?: "info" | "warn" | "error") {
    if (this.#inner) return this.#inner.message(text, kind);
    this.#io.stdout.write(`${text}\n`);
  }
  close() {
    if (this.#inner) this.#inner.close();
    else if (this.#io.stdout.isTTY) this.#io.stdout.write("\u001b[?25h");
  }
}

/**
 * Hands out the story to build an engine from, first holding V8's young
 * generation at its first size: building the story allocates a great deal
 * at once, and the young generation would grow to match and keep that
 * memory. Held, a game's peak memory is about 30 MB lower (about 75 MB for
 * 60 turns instead of about 110), for a few percent more CPU time while the
 * story is built. Not before: the title screen reads saves faster without it.
 * Start-up ends here, before the flag changes (startup.ts).
 */
function building<T>(story: T): T {
  startupEnds();
  nodeV8().setFlagsFromString("--semi-space-growth-factor=1");
  return story;
}

/**
 * Gets the next game ready while the title screen waits for a key (a player
 * at a terminal takes far longer to press one than this takes), so the
 * game's first line follows the key at once: the save Continue offers,
 * which the menu read only as far as its envelope, is checked in full, and
 * the story's engine is built. It starts just after the menu is drawn,
 * never before; a failure is left for the game itself to report when the
 * player picks the entry that meets it.
 */
function prepareWhileWaiting(story: () => StoryBundle, saves: SaveService): () => void {
  return () => {
    setTimeout(() => {
      try {
        saves.latest();
      } catch {
        // Continue reads the folder again, and says what is wrong.
      }
      import("../log/session.js").then(({ prepareStory }) => prepareStory(story())).catch(() => {});
    }, 0);
  };
}

/** A path as a shell would need it typed: quoted when it holds anything but plain characters. */
function quoteForShell(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

/**
 * Reads the player's settings and puts them in force (this run's flags
 * winning), before the title is drawn. A settings file that cannot be read
 * is reported and the defaults are used; it never stops the game.
 */
async function openSettings(dir: string, renderer: Renderer, opts: PlayOptions, io: GameIo) {
  const store = new SettingsStore(dir);
  const flags = {
    width: opts.width,
    noColor: opts.noColor,
    color: opts.color,
    pacing: opts.pacing,
    paging: opts.paging,
    skipSeen: opts.skipSeen,
  };
  const term = { env: io.env, isTTY: Boolean(io.stdout.isTTY), columns: io.stdout.columns };
  const apply = (s: Settings) => renderer.present(presentationOf(s, flags, term, renderer.mode));
  let stored = { ...DEFAULT_SETTINGS };
  try {
    stored = await store.settings();
  } catch (err) {
    renderer.message(`Your settings could not be read (${(err as Error).message}); the defaults are in use.`, "warn");
  }
  for (const kept of store.setAside) {
    renderer.message(
      `Your settings file was damaged; it was set aside as ${kept} and the defaults are in use.`,
      "warn",
    );
  }
  apply(stored);
  return { access: store, apply, overridden: overriddenSettings(flags) };
}

/** Runs the title screen (or `play FILE`) and reports how it ended. */
export async function startPlaying(opts: PlayOptions, io: GameIo, shutdown: Shutdown): Promise<AppOutcome> {
  const renderer = await makeRenderer(opts, io);
  shutdown.useRestore(() => renderer.close());
  let saves: SaveService;

  const saveDir = resolveSaveDir({ flag: opts.saveDir, env: io.env });
  const settingsDir = resolveSettingsDir({ flag: opts.saveDir, env: io.env });
  // An unusable save folder is the one thing to say: settings live under it when it is given.
  checkSaveFolder(saveDir);
  // Only a player at a terminal leaves the title waiting; piped input is read at once.
  const waiting = Boolean(io.stdin.isTTY);
  const settings = await openSettings(settingsDir, renderer, opts, io);
  // Whether the latest autosave was written: the farewell says the game is saved only when it is.
  let autosaved = false;
  const tracked = (service: ReturnType<typeof openSaveService>): SaveService => {
    const saves: SaveService = {
      ...service,
      autosave(session: Session) {
        autosaved = false;
        const slot = service.autosave(session);
        autosaved = true;
        return slot;
      },
    };
    shutdown.useSaves(saves);
    return saves;
  };
  /** Where the game is saved and the command that brings it back, after quit or Ctrl-C. */
  const farewell = (dir: string, resume: string) => (lastPlayed: Session) => {
    if (lastPlayed.current.ended || !autosaved) return null;
    const flag = opts.saveDir ? ` --save-dir ${quoteForShell(opts.saveDir)}` : "";
    const words = `Your game is saved in ${dir}. To carry on from here: ${resume}${flag}`;
    return io.stdout.isTTY ? wrap(words, (io.stdout.columns ?? 80) - 1) : words;
  };
  const onSession = (s: Session | null) => shutdown.playing(s);
  const onRecord = (r: Parameters<Shutdown["recording"]>[0]) => shutdown.recording(r);

  if (opts.file) {
    // Any ink story is a game of its own: its saves live apart from every other story's, by its identity.
    const { storyFromFile } = await import("./story-file.js");
    const story = await storyFromFile(opts.file);
    const dir = storySaveDir(saveDir, story.id);
    saves = tracked(
      openSaveService({
        dir,
        storyInfo: story,
        story: () => building(story),
        title: story.title,
      }),
    );
    shutdown.useFarewell(farewell(dir, `first-contact play ${quoteForShell(opts.file)} --continue`));
    const { endingTitles } = await import("../story-build/ending-titles.js");
    const endings = endingTitles(story.json);
    renderer.useEndings(endings);
    const subtitle = "an ink story, played by First Contact";
    renderer.showTitle(story.title, subtitle);
    return runTitle(
      {
        renderer,
        story: () => building(story),
        prepare: waiting ? prepareWhileWaiting(() => building(story), saves) : undefined,
        title: story.title,
        subtitle,
        saves,
        entry: opts.from,
        exporter: fileExporter(story.title, endings),
        onSession,
        onRecord,
        profile: storyProfile(settings.access, story.id),
        paths: async () => {
          const { choiceMap } = await import("../story-build/choices.js");
          return choiceMap(story.json, extname(opts.file ?? "").toLowerCase() === ".ink" ? opts.file : null);
        },
        endings,
        settings,
      },
      { continueLatest: opts.continueLatest, newGame: !opts.continueLatest },
    );
  }

  const catalog = installedStory();
  // Broken by hand: the title screen loads no wrapping code.
  const subtitle = "The Borg have followed the Enterprise back\nto April 2063. An unofficial Star Trek fan work.";
  saves = tracked(
    openSaveService({
      dir: saveDir,
      storyInfo: catalog.manifest,
      story: () => building(catalog.bundle()),
      title: catalog.manifest.title,
      endings: catalog.manifest.endings,
    }),
  );
  renderer.useEndings(catalog.manifest.endings ?? {});
  shutdown.useFarewell(farewell(saveDir, "first-contact --continue"));
  return runTitle(
    {
      renderer,
      story: () => building(catalog.bundle()),
      prepare: waiting ? prepareWhileWaiting(() => building(catalog.bundle()), saves) : undefined,
      title: catalog.manifest.title,
      subtitle,
      saves,
      exporter: fileExporter(catalog.manifest.title, catalog.manifest.endings),
      onSession,
      onRecord,
      profile: storyProfile(settings.access, catalog.manifest.id),
      paths: async () => catalog.paths(),
      chapters: catalog.manifest.chapters,
      endings: catalog.manifest.endings ?? {},
      settings,
    },
    { continueLatest: opts.continueLatest, newGame: opts.newGame },
  ).finally(() => saves?.release());
}
