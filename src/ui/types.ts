/**
 * The renderer interface: what the game asks of a screen.
 *
 * Owns: the contract shared by the rich and plain renderers. Streams are
 * passed in, so tests drive both renderers with fake streams.
 */
import type { Choice, Line } from "../engine/index.js";
import type { InputStream, OutputStream } from "../files/stdio.js";
import type { EndingInfo } from "../story-build/ending-titles.js";

export type { InputStream, OutputStream };

export interface RendererIo {
  input: InputStream;
  output: OutputStream;
}

/** Something the player asked for at a choice prompt other than a choice. */
export type GameCommand =
  | { name: "menu" }
  | { name: "save"; slot?: string }
  | { name: "load"; slot?: string }
  | { name: "undo"; steps: number }
  | { name: "export"; format?: string; file?: string; force?: boolean }
  | { name: "help" }
  | { name: "quit" };

/** The answer at a choice prompt. `eof` = input ended; `cancel` = Ctrl-C / Escape. */
export type Answer =
  | { kind: "choice"; index: number }
  | { kind: "command"; command: GameCommand }
  | { kind: "eof" }
  | { kind: "cancel" };

export interface MenuOpts {
  shown?: () => void;
}

export interface MenuOption {
  value: string;
  label: string;
  hint?: string;
  /** The entry that leaves the menu (Back, Cancel): Escape picks it in the full-screen game. */
  back?: boolean;
}

/** One line of a screen: what it names, a detail under it, whether it counts as found, and how deep it sits in a tree. */
export interface ScreenItem {
  text: string;
  detail?: string;
  /** `found`: the player has it; `hidden`: not yet (shown dimmed); `plain`: neither. */
  state?: "found" | "hidden" | "plain";
  /** Depth in a tree (0 = top level). */
  depth?: number;
}

export interface ScreenSection {
  heading: string;
  items: ScreenItem[];
}

/** A screen outside the story (endings, paths, the story so far): data only, drawn by each renderer its own way. */
export interface Screen {
  title: string;
  /** One line under the title ("2 of 7 endings found"). */
  summary?: string;
  sections: ScreenSection[];
  /** Said when there is nothing to list. */
  empty?: string;
}

/** How text is presented, from the player's settings and this run's flags, resolved for a renderer. */
export interface Presentation {
  /** Wrap width in columns (0: unwrapped), or undefined to follow the terminal. */
  width: number | undefined;
  /** Colour depth for the rich renderer (0: none). */
  colourLevel: 0 | 1 | 2 | 3;
  /** Text typed out, and how fast. */
  pacing: "off" | "fast" | "slow";
  /** Whether text waits for a key after a screenful. */
  paging: boolean;
  /** Whether lines read before (`skip` in showLines) are passed over: no pacing, no paging, dimmed where there is colour. */
  skipSeen: boolean;
}

/**
 * Steps aside for a moment after a turn's first line is written to a
 * terminal, before `shown` is called and the game makes its autosave
 * (several milliseconds of work): the terminal's own process gets the line
 * first. On the two-core development machine this took the key-to-text
 * time at turn 1,000 from a median of 2.5 ms and a 95th percentile of 4.3
 * to 1.9 and 3.1 ms (three series of 40 turns each way, in a pseudo-terminal).
 */
export function letTerminalPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1));
}

/** Milliseconds per character the rich renderer types at, and per paragraph the plain one waits. */
export const PACING_MS: Readonly<Record<Presentation["pacing"], { char: number; paragraph: number }>> = {
  off: { char: 0, paragraph: 0 },
  fast: { char: 4, paragraph: 150 },
  slow: { char: 18, paragraph: 500 },
};

export interface ShowOptions {
  seen?: boolean;
  skip?: number;
  shown?: () => void;
}

export interface Renderer {
  readonly mode: "rich" | "plain";
  /** The title screen's heading. */
  showTitle(title: string, subtitle: string): void;
  /**
   * Shows story lines (tags interpreted). `seen` marks text the player has
   * just read (after an undo, back from the menu): it is not paged again.
   * `skip` is how many of the lines, from the first, the player has read in
   * an earlier turn or playthrough: with skipSeen on they are shown without
   * pacing or paging, dimmed in the rich renderer. `shown` is called once, as
   * soon as the first line is on screen and before any wait (pacing, or a
   * page for the player to read): the game saves then.
   */
  showLines(lines: readonly Line[], opts?: ShowOptions): Promise<void>;
  /** The story's ending titles, for the ending card. */
  useEndings(endings: Readonly<Record<string, EndingInfo>>): void;
  /** Offers the story's choices; resolves with what the player did. */
  ask(choices: readonly Choice[]): Promise<Answer>;
  /**
   * A menu; resolves with the chosen value, or null on cancel or end of input.
   * `shown` is called once, when the menu is on screen and waits for the player.
   */
  menu(message: string, options: readonly MenuOption[], opts?: MenuOpts): Promise<string | null>;
  /** A line of text input; null on cancel or end of input. */
  prompt(message: string): Promise<string | null>;
  /** Takes new presentation settings (width, colour, pacing, paging), in force from the next line. */
  present(p: Presentation): void;
  /** Shows a screen outside the story and waits until the player leaves it. */
  showScreen(screen: Screen): Promise<void>;
  /** A short message outside the story. */
  message(text: string, kind?: "info" | "warn" | "error"): void;
  /** Leaves the terminal as it was found (cursor shown, raw mode off). */
  close(): void;
}

/** The words understood at the choice prompt, for help screens. */
export const COMMAND_HELP: readonly [string, string][] = [
  ["save [NAME]", "save the game (to a named slot)"],
  ["load [NAME]", "load a saved game"],
  ["undo [N]", "take back the last N choices (default 1)"],
  ["export [txt|md|html|json] [FILE] [--force]", "write the transcript (--force replaces FILE)"],
  ["menu", "open the game menu"],
  ["help", "this list"],
  ["quit", "save and leave the game"],
];

/** How to answer a numbered list of `count` entries, in words: "Type 1" or "Type a number from 1 to 4". */
export function typeANumber(count: number): string {
  return count === 1 ? "Type 1" : `Type a number from 1 to ${count}`;
}

/** Parses a typed command at the choice prompt; null when the words are not a command. */
export function parseCommand(input: string): GameCommand | null {
  const [word = "", ...rest] = input.trim().split(/\s+/);
  const arg = rest.join(" ").trim() || undefined;
  switch (word.toLowerCase()) {
    case "menu":
    case "m":
      return { name: "menu" };
    case "save":
      return { name: "save", slot: arg };
    case "load":
    case "restore":
      return { name: "load", slot: arg };
    case "undo":
    case "u": {
      const n = arg ? Number(arg) : 1;
      return Number.isInteger(n) && n > 0 ? { name: "undo", steps: n } : null;
    }
    case "export":
    case "transcript": {
      const force = rest.includes("--force");
      const words = rest.filter((w) => w !== "--force");
      return {
        name: "export",
        format: words[0],
        file: words.slice(1).join(" ") || undefined,
        ...(force ? { force } : {}),
      };
    }
    case "help":
    case "?":
    case "h":
      return { name: "help" };
    case "quit":
    case "q":
    case "exit":
      return { name: "quit" };
    default:
      return null;
  }
}
