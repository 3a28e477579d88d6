/**
 * The plain renderer: for screen readers, pipes and scripts.
 *
 * Owns: numbered choices read as lines, and never an escape code. Chosen
 * when input or output is not a terminal, or with --plain. Bad input at the
 * prompt is answered with a short hint and asked again.
 */
import type { Choice, Line } from "../engine/index.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import { LineReader, MAX_LINE } from "./lines.js";
import { loadWrapping, loadWrappingFor, menuTexts, preloadWrapping, wrap } from "./style.js";
import { type Block, interpretLine, type TagState } from "./tags.js";
import {
  type Answer,
  COMMAND_HELP,
  letTerminalPaint,
  type MenuOption,
  type MenuOpts,
  type OutputStream,
  PACING_MS,
  type Presentation,
  parseCommand,
  type Renderer,
  type RendererIo,
  type Screen,
  type ShowOptions,
  typeANumber,
} from "./types.js";

export interface PlainOptions {
  /** Wrap width in columns; 0 leaves lines unwrapped (best for screen readers and pipes). */
  width: number;
}

export class PlainRenderer implements Renderer {
  readonly mode = "plain" as const;
  #out: OutputStream;
  #reader: LineReader;
  /** Input from a pipe is not echoed by a terminal: echo it, so the output reads as a transcript. */
  #echo: boolean;
  #width: number;
  #tags: TagState = { theme: "ship" };
  #pacing: Presentation["pacing"] = "off";
  /** Paging needs someone at a keyboard: it is never done for piped input. */
  #paging = false;
  #skipSeen = false;
  #interactive: boolean;
  /** Lines written since the player last typed, for paging. */
  #linesSinceInput = 0;
  #rows: () => number;

  constructor(io: RendererIo, opts: PlainOptions) {
    this.#out = io.output;
    this.#reader = new LineReader(io.input);
    this.#echo = !io.input.isTTY;
    this.#interactive = Boolean(io.input.isTTY);
    this.#width = opts.width;
    this.#rows = () => {
      const rows = (io.output as OutputStream & { rows?: number }).rows;
      return Math.max(8, (rows && rows > 0 ? rows : 24) - 4);
    };
  }

  /** Width as given (the caller resolves "follow the terminal"); colour means nothing here. */
  present(p: Presentation): void {
    if (p.width !== undefined) this.#width = p.width;
    this.#pacing = p.pacing;
    this.#paging = p.paging && this.#interactive;
    this.#skipSeen = p.skipSeen;
  }

  useEndings(endings: Readonly<Record<string, EndingInfo>>): void {
    this.#tags.endings = endings;
  }

  showTitle(title: string, subtitle: string): void {
    const w = this.#width;
    const sub = w > 0 && subtitle.split("\n").some((l) => l.length > w) ? subtitle.replace(/\n/g, " ") : subtitle;
    this.#write(`${this.#wrap(title.toUpperCase())}\n${this.#wrap(sub)}\n\n`);
  }

  async showLines(lines: readonly Line[], opts: ShowOptions = {}): Promise<void> {
    let shown = opts.shown;
    const tell = () => {
      shown?.();
      shown = undefined;
    };
    if (this.#width > 0) await loadWrapping();
    const skip = this.#skipSeen ? (opts.skip ?? 0) : 0;
    for (const [i, line] of lines.entries()) {
      // Text read before passes without a pause or a page; the first unread line ends the passing.
      const quick = opts.seen || i < skip;
      const pause = quick ? 0 : PACING_MS[this.#pacing].paragraph;
      for (const block of interpretLine(line, this.#tags)) {
        const text = this.#format(block);
        if (!text) continue;
        const count = text.split("\n").length - 1;
        if (this.#paging && !quick && this.#linesSinceInput + count > this.#rows()) {
          tell();
          await this.#more();
        }
        if (pause > 0) {
          tell();
          await new Promise((r) => setTimeout(r, pause));
        }
        this.#write(text);
        if (shown && this.#out.isTTY) await letTerminalPaint();
        tell();
        if (i >= skip) this.#linesSinceInput += count;
      }
    }
    tell();
  }

  /** Waits for Enter before more text. */
  async #more(): Promise<void> {
    this.#write("-- more: press Enter --");
    await this.#reader.next();
    this.#linesSinceInput = 0;
  }

  async ask(choices: readonly Choice[]): Promise<Answer> {
    if (this.#width > 0) await loadWrapping();
    // The choices and the prompt go out in one write: one system call, not one a line.
    let list = "\n";
    choices.forEach((c, i) => {
      list += `${this.#wrapHanging(`${i + 1}) ${c.text}`, `${i + 1}) `.length)}\n`;
    });
    for (;;) {
      this.#write(`${list}> `);
      list = "";
      const input = await this.#readEchoed();
      if (input === null) {
        this.#write("\n");
        return { kind: "eof" };
      }
      if (/^\d+$/.test(input)) {
        const n = Number(input);
        if (n >= 1 && n <= choices.length) {
          this.#write("\n");
          return { kind: "choice", index: n - 1 };
        }
        this.#write(
          `There is no choice ${input.length > 12 ? "with that number" : input}. ${typeANumber(choices.length)}.\n`,
        );
        continue;
      }
      const command = input ? parseCommand(input) : null;
      if (command) {
        if (command.name === "help") {
          this.#help(choices.length);
          continue;
        }
        return { kind: "command", command };
      }
      this.#write(
        input === ""
          ? `${typeANumber(choices.length)}, or "help".\n`
          : `"${input.length > 20 ? `${input.slice(0, 20)}...` : input}" is not a choice. ${typeANumber(choices.length)}, or "help".\n`,
      );
    }
  }

  /** A numbered list; `0`, an empty line or `back` leaves it (null), as does the end of input. */
  async menu(message: string, options: readonly MenuOption[], opts: MenuOpts = {}): Promise<string | null> {
    if (this.#width > 0) await loadWrappingFor(menuTexts(message, options));
    // The list and the prompt go out in one write.
    let list = message ? `\n${this.#wrap(message)}\n` : "\n";
    options.forEach((o, i) => {
      const n = `${i + 1}) `;
      list += `${this.#wrapHanging(`${n}${o.label}`, n.length)}\n`;
      if (o.hint) list += `${" ".repeat(n.length)}${this.#wrapHanging(o.hint, n.length)}\n`;
    });
    let first = true;
    for (;;) {
      this.#write(`${list}> `);
      list = "";
      if (first) {
        first = false;
        if (this.#width > 0) preloadWrapping();
        opts.shown?.();
      }
      const input = await this.#readEchoed();
      if (input === null) {
        this.#write("\n");
        return null;
      }
      if (input === "" || input === "0" || input.toLowerCase() === "back") return null;
      const n = Number(input);
      if (/^\d+$/.test(input) && n >= 1 && n <= options.length) return options[n - 1]?.value ?? null;
      const byName = options.find((o) => o.label.toLowerCase() === input.toLowerCase() || o.value === input);
      if (byName) return byName.value;
      this.#write(`${typeANumber(options.length)}, or 0 to go back.\n`);
    }
  }

  /**
   * A screen as plain lines. Its items are information, not options: they
   * are marked "- " ("[x] " found, "[ ] " not yet), never numbered, and a
   * tree's depth is shown by indenting. Any line (or the end of input) leaves it.
   */
  async showScreen(screen: Screen): Promise<void> {
    if (this.#width > 0) await loadWrapping();
    this.#write(`\n${this.#wrap(`== ${screen.title} ==`)}\n`);
    if (screen.summary) this.#write(`${this.#wrap(screen.summary)}\n`);
    let n = 0;
    for (const section of screen.sections) {
      this.#write(`\n${this.#wrap(section.heading.includes(":") ? section.heading : `${section.heading}:`)}\n`);
      for (const item of section.items) {
        n += 1;
        const indent = "  ".repeat(item.depth ?? 0);
        const mark = item.state === "found" ? "[x] " : item.state === "hidden" ? "[ ] " : "- ";
        const head = `${indent}${mark}`;
        this.#write(`${this.#wrapHanging(`${head}${item.text}`, head.length)}\n`);
        if (item.detail) this.#write(`${" ".repeat(head.length)}${this.#wrapHanging(item.detail, head.length)}\n`);
      }
    }
    if (n === 0 && screen.empty) this.#write(`\n${this.#wrap(screen.empty)}\n`);
    this.#write("\nPress Enter to go back.\n> ");
    if ((await this.#readEchoed()) === null) this.#write("\n");
  }

  async prompt(message: string): Promise<string | null> {
    this.#write(`${message} `);
    const input = await this.#readEchoed(`${message} `);
    if (input === null) this.#write("\n");
    return input;
  }

  message(text: string, kind: "info" | "warn" | "error" = "info"): void {
    const prefix = kind === "error" ? "Error: " : kind === "warn" ? "Note: " : "";
    this.#write(`${this.#wrap(prefix + text)}\n`);
  }

  close(): void {}

  /** The next line typed; a line too long to be anything is answered here and the prompt repeated. */
  async #readEchoed(prompt = "> "): Promise<string | null> {
    this.#linesSinceInput = 0;
    for (;;) {
      const input = await this.#reader.next();
      if (input !== null && typeof input === "object") {
        if (this.#echo) this.#write("...\n");
        this.#write(`That line is too long (over ${MAX_LINE} characters); it was ignored.\n${prompt}`);
        continue;
      }
      if (input !== null && this.#echo) this.#write(`${input.length > 40 ? `${input.slice(0, 40)}...` : input}\n`);
      return input;
    }
  }

  #help(count: number): void {
    this.#write(`${typeANumber(count)} to choose. Other commands:\n`);
    for (const [cmd, what] of COMMAND_HELP) this.#write(`  ${cmd.padEnd(34)} ${what}\n`);
  }

  #format(block: Block): string {
    switch (block.kind) {
      case "chapter":
        return `\n${this.#wrap(`== ${block.title} ==`)}\n\n`;
      case "scene":
        return `${this.#wrap(`[${block.place}]`)}\n`;
      case "text":
        return block.recap ? `${this.#wrap(`  - ${block.text}`)}\n` : `${this.#wrap(block.text)}\n\n`;
      case "pause":
        // Paragraphs already stand apart in plain text; a pause adds nothing a screen reader needs.
        return "";
      case "ending":
        return `\n${this.#wrap(block.title ? `== THE END: ${block.title} ==` : "== THE END ==")}\n`;
      case "placeholder":
        return `\n${this.#wrap(`== TO BE CONTINUED: ${block.what} ==`)}\n`;
    }
  }

  #wrap(text: string): string {
    return this.#width > 0 ? wrap(text, this.#width) : text;
  }

  /** Wraps to the width less `indent`, indenting the lines after the first by `indent`. */
  #wrapHanging(text: string, indent: number): string {
    if (this.#width <= 0) return text;
    return wrap(text, Math.max(10, this.#width - indent)).replace(/\n/g, `\n${" ".repeat(indent)}`);
  }

  #write(s: string): void {
    this.#out.write(s);
  }
}
