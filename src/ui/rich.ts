/**
 * The rich renderer: colour, wrapping to the terminal's width, chapter
 * cards, and enquirer's Select for choices (arrow keys, number keys, Enter).
 *
 * Owns: everything a terminal player sees. Takes its streams as
 * parameters; never touches saves. Ctrl-C at a prompt comes back as a
 * `cancel` answer, not an exception; Escape at the story's choices opens the
 * menu, in a menu picks its Back or Cancel entry, and elsewhere does nothing. Typed numbers are gathered until Enter
 * and checked like plain mode's. The text of the current turn is kept, so a
 * resized terminal is redrawn at its new width, and input that ends (the
 * terminal went away) cancels whatever was waiting on it.
 */
import ansiColors from "ansi-colors";
import Enquirer from "enquirer";
import type { Choice, Line } from "../engine/index.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import { stripEscapes } from "../text/control.js";
import { makePalette, type Palette } from "./palette.js";
import { loadWrapping, loadWrappingFor, menuTexts, preloadWrapping, titleCard, wrap, wrapWidth } from "./style.js";
import { type Block, interpretLine, type TagState } from "./tags.js";
import {
  type Answer,
  COMMAND_HELP,
  type GameCommand,
  letTerminalPaint,
  type MenuOption,
  type MenuOpts,
  type OutputStream,
  PACING_MS,
  type Presentation,
  type Renderer,
  type RendererIo,
  type Screen,
  type ShowOptions,
  typeANumber,
} from "./types.js";

// enquirer's typings describe the prompt-function API; the prompt classes it also exports are untyped.
interface PromptInstance {
  run(): Promise<string>;
  on(event: string, fn: (...args: unknown[]) => void): void;
  cancel(): Promise<void>;
  keypress(input: string): Promise<unknown>;
  render(): Promise<void>;
  choices: { name: string; message: string; index: number; role?: string; display?: string }[];
  state: { buffer: string; size: number; submitted: boolean; closed?: boolean };
}
type PromptClass = new (options: Record<string, unknown>) => PromptInstance;
const prompts = Enquirer as unknown as { Select: PromptClass; Input: PromptClass };

/** A choice as the Select shows it; `display` is what stays on screen once it is taken. */
interface SelectChoice {
  name: string;
  message: string;
  display: string;
  role?: string;
}

/** The hint for a number that picks nothing: the same words as plain mode. */
function noSuchChoice(typed: string, count: number): string {
  return `There is no choice ${typed.length > 12 ? "with that number" : typed}. ${typeANumber(count)}.`;
}

/**
 * Select with 1-based number keys. Digits are gathered as typed (shown after
 * the question) and move the highlight when they name a choice; Enter takes
 * the number, or answers a number that picks nothing with a hint and takes
 * nothing. Only the first `numbered` entries have numbers. Escape picks the
 * entry at `escapeAt`, or does nothing.
 */
function numberedSelect(): PromptClass {
  type Self = {
    choices: { index: number; name: string; display?: string; role?: string }[];
    index: number;
    options: { numberedCount: number; escapeAt?: number; wrapAt: () => number; message?: unknown };
    width: number;
    state: { submitted: boolean; cancelled: boolean };
    styles: { primary(s: string): string; danger(s: string): string; muted(s: string): string };
    focused: { display?: string; name: string } | undefined;
    render(): Promise<void>;
    alert(): void;
  };
  const Base = prompts.Select as unknown as new (o: Record<string, unknown>) => Record<string, unknown>;
  const base = (Base as unknown as { prototype: Record<string, (...a: unknown[]) => unknown> }).prototype;
  class NumberedSelect extends (Base as new (o: Record<string, unknown>) => object) {
    typed = "";
    problem = "";

    get #self(): Self {
      return this as unknown as Self;
    }

    async keypress(input: string, event: { name?: string } = {}): Promise<unknown> {
      if (event.name === "escape") {
        const self = this.#self;
        const at = self.options.escapeAt;
        const target = at === undefined ? undefined : self.choices[at];
        if (!target) return self.alert();
        self.index = self.choices.indexOf(target);
        this.typed = "";
        return (this as unknown as { submit(): Promise<unknown> }).submit();
      }
      return base.keypress?.call(this, input, event);
    }

    number(ch: string): unknown {
      const self = this.#self;
      this.problem = "";
      if (this.typed.length < 40) this.typed += ch;
      const n = Number(this.typed);
      const target = self.choices.find((c) => c.index === n - 1 && c.role !== "separator");
      if (n >= 1 && n <= self.options.numberedCount && target) self.index = self.choices.indexOf(target);
      return self.render();
    }

    delete(): unknown {
      if (!this.typed) return this.#self.alert();
      this.typed = this.typed.slice(0, -1);
      return this.#self.render();
    }

    up(): unknown {
      this.typed = "";
      this.problem = "";
      return base.up?.call(this);
    }

    down(): unknown {
      this.typed = "";
      this.problem = "";
      return base.down?.call(this);
    }

    async submit(): Promise<unknown> {
      const self = this.#self;
      if (this.typed) {
        const n = Number(this.typed);
        if (!(n >= 1 && n <= self.options.numberedCount)) {
          this.problem = noSuchChoice(this.typed, self.options.numberedCount);
          this.typed = "";
          return self.render();
        }
      }
      this.typed = "";
      this.problem = "";
      return base.submit?.call(this);
    }

    format(): string {
      const self = this.#self;
      if (self.state.submitted && !self.state.cancelled) {
        const shown = self.focused?.display ?? self.focused?.name ?? "";
        // "✔ <question> · <answer>" on one line when it fits the terminal, else the answer wrapped below.
        const question = stripEscapes(String(self.options.message ?? ""));
        const w = self.options.wrapAt();
        return question.length + 5 + shown.length < self.width
          ? self.styles.primary(shown)
          : `\n${wrap(shown, Math.max(10, w - 2)).replace(/^/gm, "  ")}`;
      }
      if (this.problem) return `\n${self.styles.danger(wrap(this.problem, Math.max(10, self.options.wrapAt())))}`;
      return this.typed ? self.styles.primary(this.typed) : "";
    }
  }
  return NumberedSelect as unknown as PromptClass;
}

let NumberedSelect: PromptClass | null = null;

export interface RichOptions {
  palette: Palette;
  /** Wrap width in columns (`--width`): at most the terminal's width; 0 leaves text unwrapped. Default: follow the terminal. */
  width?: number;
}

export class RichRenderer implements Renderer {
  readonly mode = "rich" as const;
  #io: RendererIo;
  #out: OutputStream;
  #p: Palette;
  #fixedWidth: number | undefined;
  #pacing: Presentation["pacing"] = "off";
  #paging = true;
  #skipSeen = false;
  #tags: TagState = { theme: "ship" };
  /** Screen rows written since the player last pressed a key: past a screenful, the text waits. */
  #rowsSinceInput = 0;
  /** The current turn's text, kept to redraw it at a new width (`dim`: text read before, passed over). */
  #screen: { block: Block; dim: boolean }[] = [];
  /** The title card on screen (the title screen), redrawn with its menu. */
  #titleShown: { title: string; subtitle: string } | null = null;
  /** True once a choice is answered: the next text starts a new screen. */
  #turnOver = false;
  #active: PromptInstance | null = null;
  #activeItems: ((w: number) => SelectChoice)[] = [];
  #moreShown = false;
  /** Digits typed at a "more" pause, kept for the choices that follow. */
  #pendingDigits = "";
  #inputEnded = false;
  /**
   * Set by Ctrl-C in a menu or a text prompt: from then on every question
   * answers at once as cancelled, so the game saves and leaves from wherever
   * the player was, as Ctrl-C does at the story's choices.
   */
  #leaving = false;
  #endWaiters = new Set<() => void>();
  #resizeTimer: NodeJS.Timeout | undefined;
  #onResize = () => {
    clearTimeout(this.#resizeTimer);
    this.#resizeTimer = setTimeout(() => void this.#redraw(), 60);
  };

  constructor(io: RendererIo, opts: RichOptions) {
    this.#io = io;
    this.#out = io.output;
    this.#p = opts.palette;
    this.#fixedWidth = opts.width;
    // enquirer colours its prompts through ansi-colors, which has its own switch: keep it in step with ours.
    ansiColors.enabled = opts.palette.chalk.level > 0;
    const ended = () => {
      this.#inputEnded = true;
      for (const wake of this.#endWaiters) wake();
      this.#endWaiters.clear();
      void this.#active?.cancel().catch(() => {});
    };
    io.input.on("end", ended);
    io.input.on("close", ended);
    io.input.on("error", ended);
    this.#out.on("resize", this.#onResize);
  }

  /** The terminal's size; 80 by 24 when it reports none (a pseudo-terminal before its first resize reports 0 by 0). */
  get #columns(): number {
    return this.#out.columns && this.#out.columns > 0 ? this.#out.columns : 80;
  }

  get #terminalRows(): number {
    const rows = (this.#out as OutputStream & { rows?: number }).rows;
    return rows && rows > 0 ? rows : 24;
  }

  /** The width text is wrapped to: `--width` (never wider than the terminal), else a reading width. */
  get #width(): number {
    return wrapWidth(this.#out.columns, this.#fixedWidth);
  }

  /** The width for cards and rules: the wrap width, or the terminal's when text is left unwrapped. */
  get #cardWidth(): number {
    return this.#width > 0 ? this.#width : this.#columns - 1;
  }

  useEndings(endings: Readonly<Record<string, EndingInfo>>): void {
    this.#tags.endings = endings;
  }

  present(p: Presentation): void {
    this.#fixedWidth = p.width;
    this.#p = makePalette(p.colourLevel);
    ansiColors.enabled = p.colourLevel > 0;
    this.#pacing = p.pacing;
    this.#paging = p.paging;
    this.#skipSeen = p.skipSeen;
  }

  showTitle(title: string, subtitle: string): void {
    this.noteTitle(title, subtitle);
    this.#write(titleCard(this.#p, title, subtitle, this.#cardWidth));
  }

  /** Records a title card already on screen (drawn before this renderer loaded), so a redraw keeps it. */
  noteTitle(title: string, subtitle: string): void {
    this.#turnOver = true;
    this.#screen = [];
    this.#titleShown = { title, subtitle };
  }

  async showLines(lines: readonly Line[], opts: ShowOptions = {}): Promise<void> {
    let shown = opts.shown;
    const tell = () => {
      shown?.();
      shown = undefined;
    };
    try {
      await loadWrapping();
      this.#startScreenIfNeeded();
      const skip = this.#skipSeen ? (opts.skip ?? 0) : 0;
      for (const [i, line] of lines.entries()) {
        // Text read before passes at once, dimmed, and takes no room on the page; the first unread line ends the passing.
        const passed = i < skip;
        for (const block of interpretLine(line, this.#tags)) {
          const dim = passed && block.kind === "text";
          const text = this.#format(block, dim);
          const rows = this.#rows(text);
          // Like a [MORE] prompt: never scroll unread text off the top of the screen.
          if (this.#paging && !opts.seen && !passed && this.#rowsSinceInput + rows > this.#pageRows) {
            tell();
            await this.#more();
          }
          if (this.#leaving) return;
          this.#screen.push({ block, dim });
          const perChar = opts.seen || passed ? 0 : PACING_MS[this.#pacing].char;
          if (perChar > 0 && block.kind === "text") {
            tell();
            await this.#type(text, perChar);
          } else this.#write(text);
          if (shown) await letTerminalPaint();
          tell();
          if (!passed) this.#rowsSinceInput += rows;
        }
      }
    } finally {
      tell();
    }
  }

  /** Writes text a few characters at a time (escape sequences whole), as if typed; input ending stops the wait. */
  async #type(text: string, perChar: number): Promise<void> {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are written whole, never split.
    const pieces = text.match(/\u001b\[[0-9;]*m|[^\u001b]{1,3}/g) ?? [text];
    for (const piece of pieces) {
      this.#write(piece);
      if (!piece.startsWith("\u001b") && !this.#inputEnded)
        await new Promise((r) => setTimeout(r, perChar * piece.length));
    }
  }

  /** Screen rows `text` takes (a line wider than the terminal takes more than one). */
  #rows(text: string): number {
    const cols = this.#columns;
    return text
      .split("\n")
      .slice(0, -1)
      .reduce((n, l) => n + Math.max(1, Math.ceil(stripEscapes(l).length / cols)), 0);
  }

  #startScreenIfNeeded(): void {
    if (!this.#turnOver) return;
    this.#turnOver = false;
    this.#screen = [];
    this.#titleShown = null;
  }

  get #pageRows(): number {
    // Leave room for the choices under the text.
    return Math.max(8, this.#terminalRows - 8);
  }

  #moreLine(): string {
    return this.#p.dim(this.#cardWidth >= 22 ? "— more (press a key) —" : "— more —");
  }

  /** Waits for a key before more text, when the input is a terminal. A digit is kept for the choices. */
  async #more(): Promise<void> {
    const input = this.#io.input;
    this.#rowsSinceInput = 0;
    if (!input.isTTY || !input.setRawMode || this.#inputEnded) return;
    this.#write(this.#moreLine());
    this.#moreShown = true;
    await new Promise<void>((resolve) => {
      const done = () => {
        input.removeListener("data", onData);
        this.#endWaiters.delete(done);
        resolve();
      };
      const onData = (data: Buffer) => {
        try {
          input.setRawMode?.(false);
        } catch {
          // The terminal went away; there is nothing to restore.
        }
        input.pause();
        // Ctrl-C here means the same as anywhere else: the game leaves (saved) at its next question.
        if (data[0] === 3) this.#leaving = true;
        const digits = data.toString("utf8").replace(/[^0-9]/g, "");
        if (digits && /^[0-9]+$/.test(data.toString("utf8"))) this.#pendingDigits += digits;
        done();
      };
      this.#endWaiters.add(done);
      input.setRawMode?.(true);
      input.resume();
      input.on("data", onData);
    });
    this.#moreShown = false;
    this.#write("\r\u001b[2K");
  }

  async ask(choices: readonly Choice[]): Promise<Answer> {
    await loadWrapping();
    if (this.#inputEnded || this.#leaving) return { kind: "cancel" };
    NumberedSelect ??= numberedSelect();
    const items: ((w: number) => SelectChoice)[] = choices.map((c, i) => (w) => ({
      name: String(i),
      message: this.#hanging(`${i + 1}. ${c.text}`, w - 4, 5),
      display: `${i + 1}. ${c.text}`,
    }));
    items.push(
      () => ({ role: "separator", name: "sep", message: this.#p.dim("  ─"), display: "" }),
      (w) => ({
        name: "menu",
        message: this.#p.dim(this.#hanging("Menu: save, load, undo, quit…", w - 4, 2)),
        display: "Menu",
      }),
    );
    const answer = await this.#select(this.#p.dim("What do you do?"), items, choices.length, items.length - 1);
    this.#rowsSinceInput = 0;
    this.#turnOver = true;
    this.#write("\n");
    if (answer === null) return { kind: "cancel" };
    if (answer === "menu") return { kind: "command", command: { name: "menu" } satisfies GameCommand };
    return { kind: "choice", index: Number.parseInt(answer, 10) };
  }

  async menu(message: string, options: readonly MenuOption[], opts: MenuOpts = {}): Promise<string | null> {
    await loadWrappingFor(menuTexts(message, options));
    if (this.#inputEnded || this.#leaving) return null;
    NumberedSelect ??= numberedSelect();
    const items = options.map((o, i) => (w: number) => {
      // Continuation lines line up under the label, past the pointer and the number.
      const label = this.#hanging(`${i + 1}. ${o.label}`, w - 4, 5);
      const hint = o.hint ? `\n${this.#p.dim(this.#indented(o.hint, Math.min(w - 4, this.#columns - 6), 5))}` : "";
      // Named by position: enquirer puts the message in place of an empty name, and a value may be "".
      return { name: String(i), message: `${label}${hint}`, display: o.label };
    });
    const back = options.findIndex((o) => o.back);
    const shown = () => {
      opts.shown?.();
      preloadWrapping();
    };
    const picked = await this.#select(message, items, options.length, back >= 0 ? back : undefined, shown);
    return picked === null ? null : (options[Number(picked)]?.value ?? null);
  }

  async prompt(message: string): Promise<string | null> {
    if (this.#inputEnded || this.#leaving) return null;
    const prompt = new prompts.Input({ name: "text", message, stdin: this.#io.input, stdout: this.#out });
    const value = await this.#run(prompt);
    return value === null ? null : value.trim();
  }

  /** A screen as a card: found items marked and bright, the rest dimmed, trees drawn with guides. */
  async showScreen(screen: Screen): Promise<void> {
    await loadWrapping();
    const p = this.#p;
    const card = this.#cardWidth;
    const rule = p.dim("═".repeat(Math.min(card, 60)));
    this.#turnOver = true;
    this.#write(`\n${rule}\n${p.chapter(wrap(screen.title.toUpperCase(), card))}\n`);
    if (screen.summary) this.#write(`${p.accent(wrap(screen.summary, card))}\n`);
    this.#write(`${rule}\n`);
    let count = 0;
    for (const section of screen.sections) {
      this.#write(`\n${p.scene(wrap(section.heading, card))}\n`);
      for (const item of section.items) {
        count += 1;
        const depth = item.depth ?? 0;
        const guide = depth > 0 ? `${"│ ".repeat(depth - 1)}├ ` : "";
        const mark = item.state === "found" ? "✓ " : item.state === "hidden" ? "· " : "";
        const indent = 2 + guide.length + mark.length;
        const text = this.#hanging(item.text, card - indent, indent);
        const style = item.state === "hidden" ? p.dim : item.state === "found" ? p.accent : p.text;
        this.#write(`  ${p.dim(guide)}${style(`${mark}${text}`)}\n`);
        if (item.detail) this.#write(`${p.dim(this.#indented(item.detail, card - indent, indent))}\n`);
      }
    }
    if (count === 0 && screen.empty) this.#write(`\n${p.dim(wrap(screen.empty, card))}\n`);
    this.#write("\n");
    this.#rowsSinceInput = 0;
    await this.menu(this.#p.dim("Enter or Escape to go back"), [{ value: "back", label: "Back", back: true }]);
  }

  message(text: string, kind: "info" | "warn" | "error" = "info"): void {
    const style = kind === "error" ? this.#p.error : kind === "warn" ? this.#p.warn : this.#p.accent;
    this.#write(`${style(wrap(text, this.#width))}\n`);
  }

  /** Shows the in-game help. */
  help(): void {
    for (const [cmd, what] of COMMAND_HELP) this.#write(`  ${this.#p.choiceNumber(cmd.padEnd(34))} ${what}\n`);
  }

  close(): void {
    this.#out.removeListener("resize", this.#onResize);
    clearTimeout(this.#resizeTimer);
    // Cursor back on, raw mode off: enquirer restores both on a normal close, this covers every other exit.
    if (this.#out.isTTY) this.#out.write("\u001b[?25h");
    if (this.#io.input.isTTY && this.#io.input.setRawMode) {
      try {
        this.#io.input.setRawMode(false);
      } catch {
        // The terminal went away; there is nothing to restore.
      }
    }
  }

  /** Wraps `text` to `width`, indenting continuation lines by `indent`. */
  #hanging(text: string, width: number, indent: number): string {
    if (width <= 0) return text;
    return wrap(text, Math.max(10, width)).replace(/\n/g, `\n${" ".repeat(indent)}`);
  }

  /** Wraps `text` to `width` and indents every line by `indent`. */
  #indented(text: string, width: number, indent: number): string {
    return (width > 0 ? wrap(text, Math.max(10, width)) : text).replace(/^/gm, " ".repeat(indent));
  }

  async #select(
    message: string,
    items: ((w: number) => SelectChoice)[],
    numbered: number,
    escapeAt?: number,
    shown?: () => void,
  ): Promise<string | null> {
    const Select = NumberedSelect as PromptClass;
    const widthNow = () => (this.#width > 0 ? this.#width : this.#columns - 1);
    const w = widthNow();
    const size = { rows: () => this.#terminalRows, columns: () => this.#columns };
    const prompt = new Select({
      // Read at each render, so a resize counts; a terminal that reports no size would otherwise show no choices.
      get rows() {
        return size.rows();
      },
      get columns() {
        return size.columns();
      },
      name: "choice",
      message: wrap(message, Math.max(10, w - 4)),
      choices: items.map((make) => make(w)),
      numberedCount: numbered,
      escapeAt,
      wrapAt: widthNow,
      stdin: this.#io.input,
      stdout: this.#out,
      limit: Math.max(5, items.length),
    });
    this.#activeItems = items;
    const pending = this.#pendingDigits;
    this.#pendingDigits = "";
    if (pending) {
      prompt.on("run", () => {
        for (const ch of pending) void prompt.keypress(ch);
      });
    }
    if (shown) prompt.on("run", shown);
    return this.#run(prompt);
  }

  async #run(prompt: PromptInstance): Promise<string | null> {
    this.#active = prompt;
    let ctrlC = false;
    prompt.on("keypress", (_input, key) => {
      const k = key as { name?: string; ctrl?: boolean } | undefined;
      ctrlC = Boolean(k?.ctrl && k.name === "c");
    });
    try {
      return await prompt.run();
    } catch {
      // enquirer rejects (with an empty string) on Ctrl-C: the player wants out.
      if (ctrlC) this.#leaving = true;
      return null;
    } finally {
      this.#active = null;
      this.#activeItems = [];
    }
  }

  /** Redraws the current turn's text and whatever is waiting for the player, at the terminal's new width. */
  async #redraw(): Promise<void> {
    if (!this.#out.isTTY) return;
    this.#write("\u001b[H\u001b[2J");
    if (this.#titleShown) {
      this.#write(titleCard(this.#p, this.#titleShown.title, this.#titleShown.subtitle, this.#cardWidth));
    }
    for (const { block, dim } of this.#screen) this.#write(this.#format(block, dim));
    this.#rowsSinceInput = 0;
    if (this.#moreShown) this.#write(this.#moreLine());
    const prompt = this.#active;
    if (prompt && !prompt.state.submitted && this.#activeItems.length === prompt.choices.length) {
      const w = this.#width > 0 ? this.#width : this.#columns - 1;
      prompt.choices.forEach((choice, i) => {
        const fresh = this.#activeItems[i]?.(w);
        if (fresh) choice.message = fresh.message;
      });
      // The screen was cleared: enquirer must not erase lines that are no longer there.
      prompt.state.buffer = "";
      prompt.state.size = 0;
      await prompt.render();
    }
  }

  /** A block as it is written; `dim`: a line read before, drawn dimmed in one colour. */
  #format(block: Block, dim = false): string {
    if (dim) return this.#p.dim(stripEscapes(this.#format(block)));
    const p = this.#p;
    const w = this.#width;
    const card = this.#cardWidth;
    switch (block.kind) {
      case "chapter": {
        const rule = p.dim("═".repeat(Math.min(card, 60)));
        return `\n\n${rule}\n${p.chapter(wrap(block.title.toUpperCase(), card))}\n${rule}\n\n`;
      }
      case "scene":
        return block.theme === "noir"
          ? `${p.noir(this.#hanging(`┃ ${block.place}`, w, 2))}\n\n`
          : `${p.scene(this.#hanging(`◆ ${block.place}`, w, 2))}\n\n`;
      case "text": {
        if (block.recap) return `${p.dim(wrap(`• ${block.text}`, w > 0 ? w - 2 : 0).replace(/^/gm, "  "))}\n`;
        if (block.theme === "noir") {
          const body = wrap(block.text, w > 0 ? w - 2 : 0)
            .split("\n")
            .map((l) => `${p.noir("┃")} ${block.speaker ? p.noir(p.chalk.italic(l)) : p.noir(l)}`)
            .join("\n");
          return `${body}\n\n`;
        }
        const text = wrap(block.text, w);
        return `${block.speaker ? p.speaker(block.speaker, text) : p.text(text)}\n\n`;
      }
      case "pause":
        return "\n";
      case "ending": {
        const rule = p.dim("─".repeat(Math.min(card, 60)));
        const title = block.title ? `\n${p.dim(wrap(block.title, card))}` : "";
        return `\n${rule}\n${p.chapter("THE END")}${title}\n${rule}\n\n`;
      }
      case "placeholder": {
        const rule = p.dim("─".repeat(Math.min(card, 60)));
        return `\n${rule}\n${p.chapter("TO BE CONTINUED")}\n${p.dim(wrap(block.what, card))}\n${rule}\n\n`;
      }
    }
  }

  #write(s: string): void {
    this.#out.write(s);
  }
}
