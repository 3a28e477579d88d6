/**
 * The app driven in-process: a renderer that answers from a script and
 * records what it was shown, and a save service that keeps saves in memory.
 * Both are the app's own interfaces (Renderer, SaveService), so the game
 * loop, its menus and the title screen run exactly as they do in a terminal.
 */
import type { TranscriptExporter } from "../../src/app/game.js";
import type { SaveService, SlotSummary } from "../../src/app/services.js";
import type { Choice, Line } from "../../src/engine/index.js";
import { recentLines } from "../../src/log/path.js";
import { Session, type StoryBundle } from "../../src/log/session.js";
import type { Answer, MenuOption, MenuOpts, Renderer, Screen, ShowOptions } from "../../src/ui/types.js";
import { compileFixture } from "../support/compile.js";

/** One scripted reply: to a choice prompt, a menu or a text prompt (in the order they are asked). */
export type Reply = { ask: Answer } | { menu: string | null; expect?: string } | { prompt: string | null };

/** Everything the renderer was asked to show, in order. */
export type Shown =
  | { kind: "title"; title: string }
  | { kind: "lines"; text: string[]; seen: boolean; skip?: number }
  | { kind: "ask"; choices: string[] }
  | { kind: "menu"; message: string; options: MenuOption[] }
  | { kind: "prompt"; message: string }
  | { kind: "message"; text: string; level: string }
  | { kind: "screen"; screen: Screen };

export class ScriptedRenderer implements Renderer {
  readonly mode: "rich" | "plain";
  readonly shown: Shown[] = [];
  closed = false;
  #script: Reply[];

  constructor(script: Reply[], mode: "rich" | "plain" = "plain") {
    this.#script = [...script];
    this.mode = mode;
  }

  get unused(): number {
    return this.#script.length;
  }

  #next(kind: "ask" | "menu" | "prompt", what: string): Reply | null {
    const reply = this.#script.shift();
    if (reply === undefined) return null;
    if (!(kind in reply)) throw new Error(`the script answers a ${Object.keys(reply)[0]} where the game asks ${what}`);
    return reply;
  }

  showTitle(title: string): void {
    this.shown.push({ kind: "title", title });
  }
  async showLines(lines: readonly Line[], opts: ShowOptions = {}): Promise<void> {
    this.shown.push({
      kind: "lines",
      text: lines.map((l) => l.text),
      seen: opts.seen === true,
      ...(opts.skip ? { skip: opts.skip } : {}),
    });
    opts.shown?.();
  }
  useEndings(): void {}
  present(): void {}
  async showScreen(screen: Screen): Promise<void> {
    this.shown.push({ kind: "screen", screen });
  }
  async ask(choices: readonly Choice[]): Promise<Answer> {
    this.shown.push({ kind: "ask", choices: choices.map((c) => c.text) });
    const reply = this.#next("ask", `for a choice (${choices.map((c) => c.text).join(" / ")})`);
    return reply && "ask" in reply ? reply.ask : { kind: "eof" };
  }
  async menu(message: string, options: readonly MenuOption[], opts: MenuOpts = {}): Promise<string | null> {
    this.shown.push({ kind: "menu", message, options: [...options] });
    opts.shown?.();
    const reply = this.#next("menu", `"${message}"`);
    if (!reply || !("menu" in reply)) return null;
    if (reply.expect !== undefined && reply.expect !== message) {
      throw new Error(`the script expected the menu "${reply.expect}", the game shows "${message}"`);
    }
    if (reply.menu !== null && !options.some((o) => o.value === reply.menu)) {
      throw new Error(
        `"${message}" does not offer ${reply.menu} (it offers ${options.map((o) => o.value).join(", ")})`,
      );
    }
    return reply.menu;
  }
  async prompt(message: string): Promise<string | null> {
    this.shown.push({ kind: "prompt", message });
    const reply = this.#next("prompt", `"${message}"`);
    return reply && "prompt" in reply ? reply.prompt : null;
  }
  message(text: string, level = "info"): void {
    this.shown.push({ kind: "message", text, level });
  }
  close(): void {
    this.closed = true;
  }

  /** Every story line shown, in order. */
  get text(): string[] {
    return this.shown.flatMap((s) => (s.kind === "lines" ? s.text : []));
  }
  get messages(): string[] {
    return this.shown.flatMap((s) => (s.kind === "message" ? [s.text] : []));
  }
  menus(message: string): MenuOption[][] {
    return this.shown.flatMap((s) => (s.kind === "menu" && s.message === message ? [s.options] : []));
  }
}

/** A save service over a Map: what was saved, to which slot, in order. */
export class MemorySaves implements SaveService {
  readonly slots = new Map<string, { log: string; state: string; at: number }>();
  readonly autosaves: string[] = [];
  released = false;
  #story: StoryBundle;
  #tick = 0;

  constructor(story: StoryBundle) {
    this.#story = story;
  }

  #summary(slot: string): SlotSummary {
    const s = this.slots.get(slot);
    const turns = s
      ? (JSON.parse(s.log) as { events: { type: string }[] }).events.filter((e) => e.type === "choose").length
      : 0;
    return { slot, ok: true, label: `${slot}: turn ${turns}`, detail: "" };
  }
  list(): SlotSummary[] {
    return [...this.slots.entries()].sort((a, b) => b[1].at - a[1].at).map(([slot]) => this.#summary(slot));
  }
  latest(): { latest: SlotSummary | null; skipped: SlotSummary[]; any: boolean } {
    return { latest: this.list()[0] ?? null, skipped: [], any: this.slots.size > 0 };
  }
  recap(slot: string, count: number): { text: string; tags: string[] }[] | null {
    const s = this.slots.get(slot);
    return s ? recentLines(JSON.parse(s.log), count) : null;
  }
  existing(slot: string): SlotSummary | null {
    return this.slots.has(slot) ? this.#summary(slot) : null;
  }
  save(slot: string, session: Session): void {
    this.slots.set(slot, { log: JSON.stringify(session.log), state: session.snapshot(), at: ++this.#tick });
  }
  autosave(session: Session): string {
    const slot = `autosave-${session.log.id.slice(0, 8)}`;
    this.save(slot, session);
    this.autosaves.push(slot);
    return slot;
  }
  async load(slot: string) {
    const s = this.slots.get(slot);
    if (!s) throw new Error(`no slot ${slot}`);
    const { session, replay } = Session.resume(this.#story, JSON.parse(s.log), s.state);
    return { session, replay, replayedBecause: null };
  }
  release(): void {
    this.released = true;
  }
}

/** An exporter that keeps what it was asked to write. */
export class RecordingExporter implements TranscriptExporter {
  readonly calls: { turns: number; format: string | undefined }[] = [];
  async export(session: Session, format: string | undefined): Promise<string> {
    this.calls.push({ turns: session.turnNumber, format });
    return `Transcript written as ${format}`;
  }
}

let demo: (StoryBundle & { title: string }) | null = null;
/** The demo story ("Night Shift": a dock, a lab, two endings), compiled once. */
export function demoStory(): StoryBundle & { title: string } {
  demo ??= { id: "night-shift", hash: "demo", title: "Night Shift", json: compileFixture("demo/main.ink") };
  return demo;
}

export const choose = (index: number): Reply => ({ ask: { kind: "choice", index } });
export const command = (c: Extract<Answer, { kind: "command" }>["command"]): Reply => ({
  ask: { kind: "command", command: c },
});
