/**
 * The rich renderer: colour, wrapping to the terminal's width, chapter
 * cards, and enquirer's Select for choices (arrow keys, number keys, Enter).
 *
 * Owns: everything a terminal player sees. Takes its streams as
 * parameters; never touches saves. Ctrl-C or Escape at a prompt comes back
 * as a `cancel` answer, not an exception.
 */
import ansiColors from "ansi-colors";
import Enquirer from "enquirer";
import type { Choice, Line } from "../engine/index.js";
import { loadWrapping, type Palette, readingWidth, wrap } from "./style.js";
import { type Block, interpretLine, type TagState } from "./tags.js";
import {
  type Answer,
  COMMAND_HELP,
  type GameCommand,
  type MenuOption,
  type OutputStream,
  type Renderer,
  type RendererIo,
} from "./types.js";

// enquirer's typings describe the prompt-function API; the prompt classes it also exports are untyped.
interface PromptInstance {
  run(): Promise<string>;
  on(event: string, fn: (...args: unknown[]) => void): void;
}
type PromptClass = new (options: Record<string, unknown>) => PromptInstance;
const prompts = Enquirer as unknown as { Select: PromptClass; Input: PromptClass };

/**
 * Select with 1-based number keys: typing 1 picks the first choice, 1 then 2
 * picks the twelfth (enquirer's own counts from 0). Enter confirms.
 */
function numberedSelect(): PromptClass {
  const Base = prompts.Select as unknown as new (o: Record<string, unknown>) => Record<string, unknown>;
  class NumberedSelect extends (Base as new (o: Record<string, unknown>) => object) {
    digits = "";
    timer: NodeJS.Timeout | undefined;
    number(ch: string): unknown {
      const self = this as unknown as {
        choices: { index: number; role?: string }[];
        index: number;
        render(): unknown;
        alert(): unknown;
        visible: unknown[];
      };
      const selectable = self.choices.filter((c) => c.role !== "separator");
      this.digits += ch;
      clearTimeout(this.timer);
      const n = Number(this.digits);
      const apply = () => {
        const target = selectable.find((c) => c.index === n - 1);
        this.digits = "";
        if (!target) return self.alert();
        self.index = self.choices.indexOf(target);
        return self.render();
      };
      if (n === 0 || n > selectable.length) {
        this.digits = "";
        return self.alert();
      }
      if (n * 10 > selectable.length) return apply();
      this.timer = setTimeout(apply, 600);
      return undefined;
    }
  }
  return NumberedSelect as unknown as PromptClass;
}

let NumberedSelect: PromptClass | null = null;

export interface RichOptions {
  palette: Palette;
}

export class RichRenderer implements Renderer {
  readonly mode = "rich" as const;
  #io: RendererIo;
  #out: OutputStream;
  #p: Palette;
  #tags: TagState = { theme: "ship" };
  /** Screen rows written since the player last pressed a key: past a screenful, the text waits. */
  #rowsSinceInput = 0;

  constructor(io: RendererIo, opts: RichOptions) {
    this.#io = io;
    this.#out = io.output;
    this.#p = opts.palette;
    // enquirer colours its prompts through ansi-colors, which has its own switch: keep it in step with ours.
    ansiColors.enabled = opts.palette.chalk.level > 0;
  }

  get #width(): number {
    return readingWidth(this.#out.columns);
  }

  showTitle(title: string, subtitle: string): void {
    const w = this.#width;
    const rule = this.#p.dim("─".repeat(Math.min(w, 48)));
    this.#write(`\n${rule}\n${this.#p.chapter(` ${title.toUpperCase().split("").join(" ")}`)}\n`);
    this.#write(`${this.#p.dim(wrap(subtitle, Math.min(w, 48)))}\n${rule}\n\n`);
  }

  async showLines(lines: readonly Line[]): Promise<void> {
    await loadWrapping();
    for (const line of lines) {
      for (const block of interpretLine(line, this.#tags)) {
        const text = this.#format(block);
        const rows = text.split("\n").length - 1;
        // Like a [MORE] prompt: never scroll unread text off the top of the screen.
        if (this.#rowsSinceInput + rows > this.#pageRows) await this.#more();
        this.#write(text);
        this.#rowsSinceInput += rows;
      }
    }
  }

  get #pageRows(): number {
    const rows = (this.#out as OutputStream & { rows?: number }).rows;
    // Leave room for the choices under the text.
    return Math.max(8, (rows && rows > 0 ? rows : 24) - 8);
  }

  /** Waits for a key before more text, when the input is a terminal. */
  async #more(): Promise<void> {
    const input = this.#io.input;
    this.#rowsSinceInput = 0;
    if (!input.isTTY || !input.setRawMode) return;
    this.#write(this.#p.dim("— more (press a key) —"));
    await new Promise<void>((resolve) => {
      input.setRawMode?.(true);
      input.resume();
      input.once("data", (data: Buffer) => {
        input.setRawMode?.(false);
        input.pause();
        // Ctrl-C here means the same as anywhere else.
        if (data[0] === 3) process.kill(process.pid, "SIGINT");
        resolve();
      });
    });
    this.#write("\r\u001b[2K");
  }

  async ask(choices: readonly Choice[]): Promise<Answer> {
    await loadWrapping();
    NumberedSelect ??= numberedSelect();
    const w = this.#width;
    // The name is what enquirer shows once a choice is made, so it carries the number and the text.
    const items = choices.map((c, i) => ({
      name: `${i + 1}. ${c.text}`,
      message: wrap(`${i + 1}. ${c.text}`, w - 4).replace(/\n/g, `\n${" ".repeat(5)}`),
    }));
    const prompt = new NumberedSelect({
      name: "choice",
      message: this.#p.dim("What do you do?"),
      choices: [
        ...items,
        { role: "separator", name: "sep", message: this.#p.dim("  ─") },
        { name: "menu", message: this.#p.dim("Menu: save, load, undo, quit…") },
      ],
      stdin: this.#io.input,
      stdout: this.#out,
      limit: Math.max(5, choices.length + 2),
    });
    const answer = await this.#run(prompt);
    this.#rowsSinceInput = 0;
    this.#write("\n");
    if (answer === null) return { kind: "cancel" };
    if (answer === "menu") return { kind: "command", command: { name: "menu" } satisfies GameCommand };
    return { kind: "choice", index: Number.parseInt(answer, 10) - 1 };
  }

  async menu(message: string, options: readonly MenuOption[]): Promise<string | null> {
    await loadWrapping();
    NumberedSelect ??= numberedSelect();
    const prompt = new NumberedSelect({
      name: "menu",
      message,
      choices: options.map((o, i) => ({
        name: o.value,
        message: `${i + 1}. ${o.label}`,
        hint: o.hint ? this.#p.dim(o.hint) : undefined,
      })),
      stdin: this.#io.input,
      stdout: this.#out,
    });
    return this.#run(prompt);
  }

  async prompt(message: string): Promise<string | null> {
    const prompt = new prompts.Input({ name: "text", message, stdin: this.#io.input, stdout: this.#out });
    const value = await this.#run(prompt);
    return value === null ? null : value.trim();
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
    // Cursor back on, raw mode off: enquirer restores both on a normal close, this covers every other exit.
    if (this.#out.isTTY) this.#out.write("\u001b[?25h");
    if (this.#io.input.isTTY && this.#io.input.setRawMode) this.#io.input.setRawMode(false);
  }

  async #run(prompt: PromptInstance): Promise<string | null> {
    try {
      return await prompt.run();
    } catch {
      // enquirer rejects (with an empty string) on Ctrl-C and Escape: the player wants out.
      return null;
    }
  }

  #format(block: Block): string {
    const p = this.#p;
    const w = this.#width;
    switch (block.kind) {
      case "chapter": {
        const rule = p.dim("═".repeat(Math.min(w, 60)));
        return `\n\n${rule}\n${p.chapter(wrap(block.title.toUpperCase(), w))}\n${rule}\n\n`;
      }
      case "scene":
        return `${block.theme === "noir" ? p.noir(`┃ ${block.place}`) : p.scene(`◆ ${block.place}`)}\n\n`;
      case "text": {
        if (block.recap) return `${p.dim(wrap(`• ${block.text}`, w - 2).replace(/^/gm, "  "))}\n`;
        if (block.theme === "noir") {
          const body = wrap(block.text, w - 2)
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
        const rule = p.dim("─".repeat(Math.min(w, 60)));
        return `\n${rule}\n${p.chapter("THE END")}  ${p.dim(block.id.replace(/^ending_/, "").replace(/_/g, " "))}\n${rule}\n\n`;
      }
      case "placeholder": {
        const rule = p.dim("─".repeat(Math.min(w, 60)));
        return `\n${rule}\n${p.chapter("TO BE CONTINUED")}  ${p.dim(block.what)}\n${rule}\n\n`;
      }
    }
  }

  #write(s: string): void {
    this.#out.write(s);
  }
}
