/**
 * `first-contact saves`: list, show, delete, rename, export and import saved games.
 *
 * Owns: the words and layout of the saves command. The save store does the
 * file work and every check; this module parses arguments, prints, and
 * turns the store's errors into messages and exit codes (0 ok, 1 the
 * operation failed, 2 bad usage). Never calls process.exit.
 */

import { finishedMark } from "../app/save-service.js";
import type { OutputStream } from "../files/stdio.js";
import type { StoryBundle } from "../log/index.js";
import { SaveError, type SaveFile, SaveStore, type SlotInfo } from "../saves/index.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import { formatDuration, TimeFormat } from "../text/time.js";
import { parseOptions } from "./args.js";
import { COMMANDS, PRUNE_KEEP, usage } from "./usage.js";

export interface SavesCommandContext {
  stdout: OutputStream;
  stderr: OutputStream;
  saveDir: string;
  story: StoryBundle & { title: string; endings?: Readonly<Record<string, EndingInfo>> };
  /** Folders holding the saves of stories played with `play FILE` (shown by `list`, so they are not forgotten). */
  otherStories?: { dir: string; count: number };
  /** Asks the player a question and returns the line answered, or null at the end of input. */
  ask?: (question: string) => Promise<string | null>;
}

/** How many positional arguments each subcommand takes: [min, max]. */
const ARITY: Record<string, [number, number]> = {
  list: [0, 0],
  show: [1, 1],
  delete: [1, 1],
  rename: [2, 2],
  export: [2, 2],
  import: [1, 2],
  prune: [0, 0],
};

/** Runs `saves ...`; returns the exit code. */
export async function savesCommand(args: string[], ctx: SavesCommandContext): Promise<number> {
  const out = (text: string) => ctx.stdout.write(text);
  const refuse = (problem: string) => {
    ctx.stderr.write(`first-contact saves: ${problem}\n\n${usage("saves")}`);
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    return refuse(err instanceof Error ? err.message : String(err));
  }
  if (parsed.values.help) {
    out(usage("saves"));
    return 0;
  }
  const [command = "list", ...rest] = parsed.positionals;
  const arity = ARITY[command];
  if (!arity) return refuse(`unknown saves command "${command}"`);
  if (rest.length < arity[0] || rest.length > arity[1])
    return refuse(`wrong number of arguments for "saves ${command}"`);
  if (parsed.values.force && command !== "export" && command !== "import") {
    return refuse(`--force only applies to "saves export" and "saves import"`);
  }
  if ((parsed.values.keep !== undefined || parsed.values.yes) && command !== "prune") {
    return refuse(`--keep and --yes only apply to "saves prune"`);
  }
  const keep = parsed.values.keep === undefined ? PRUNE_KEEP : Number(parsed.values.keep);
  if (!/^\d{1,4}$/.test(parsed.values.keep ?? "0")) return refuse("--keep takes a whole number of games");
  const force = parsed.values.force === true;
  const store = new SaveStore(ctx.saveDir, { story: { id: ctx.story.id, hash: ctx.story.hash } });
  const [a = "", b] = rest;
  try {
    switch (command) {
      case "list": {
        out(renderList(store.list(), ctx));
        const other = ctx.otherStories;
        if (other && other.count > 0) {
          const what = other.count === 1 ? "1 other story" : `${other.count} other stories`;
          out(`\nThe saves of ${what} played with "play FILE" are in ${other.dir}; list them with --story FILE.\n`);
        }
        return 0;
      }
      case "show":
        out(renderShow(store.read(a), store.pathOf(a), ctx));
        return 0;
      case "delete":
        store.delete(a);
        out(`Deleted "${a}". Until that slot is saved again, it is kept as ${a}.json.bak in ${ctx.saveDir}.\n`);
        return 0;
      case "rename":
        store.rename(a, b ?? "");
        out(`Renamed "${a}" to "${b}".\n`);
        return 0;
      case "export":
        store.export(a, b ?? "", { force });
        out(`Exported "${a}" to ${b}.\n`);
        return 0;
      case "prune":
        return await prune(store, keep, parsed.values.yes === true, ctx);
      default: {
        const slot = store.import(a, b, { force });
        out(`Imported ${a} as "${slot}".\n`);
        return 0;
      }
    }
  } catch (err) {
    if (err instanceof SaveError) {
      ctx.stderr.write(`first-contact saves: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    store.release();
  }
}

/**
 * `saves prune`: the autosaves of every game but the `keep` most recent
 * ones. Says what it will remove and asks first (unless `yes`); a slot is
 * removed the way `saves delete` removes it, kept as `.bak`.
 */
async function prune(store: SaveStore, keep: number, yes: boolean, ctx: SavesCommandContext): Promise<number> {
  const out = (text: string) => ctx.stdout.write(text);
  const autosaves = store.list().filter((s) => s.ok && s.autosave);
  const doomed = autosaves.slice(keep);
  if (doomed.length === 0) {
    out(
      `Nothing to prune: ${autosaves.length} game${autosaves.length === 1 ? "" : "s"} autosaved, and prune keeps the ${keep} most recent.\n`,
    );
    return 0;
  }
  const n = doomed.length;
  out(
    `Pruning keeps the autosaves of the ${keep} most recent game${keep === 1 ? "" : "s"} and every named save. It would remove ${n === 1 ? "this autosave" : `these ${n} autosaves`}:\n\n`,
  );
  out(renderList(doomed, ctx));
  if (!yes) {
    const answer = ctx.ask
      ? await ctx.ask(`\nRemove ${n === 1 ? "it" : `these ${n}`}? Type yes to remove, anything else to keep: `)
      : null;
    if (answer === null) {
      ctx.stderr.write("No answer: nothing was removed. Use --yes to prune without asking.\n");
      return 1;
    }
    if (!/^\s*y(es)?\s*$/i.test(answer)) {
      out("Nothing was removed.\n");
      return 0;
    }
  }
  let failed = 0;
  for (const s of doomed) {
    try {
      store.delete(s.slot);
    } catch (err) {
      if (!(err instanceof SaveError)) throw err;
      ctx.stderr.write(`first-contact saves: ${err.message}\n`);
      failed++;
    }
  }
  out(
    `Removed ${n - failed} autosave${n - failed === 1 ? "" : "s"}. Until each name is saved again, its file is kept as <slot>.json.bak in ${ctx.saveDir}.\n`,
  );
  return failed > 0 ? 1 : 0;
}

function parse(args: string[]) {
  return parseOptions(args, COMMANDS.saves.options);
}

function storyVersion(hash: string, installed: string): string {
  return `story ${hash.slice(0, 8)}${hash !== installed ? " (story updated since)" : ""}`;
}

function place(chapter: string | null, scene: string | null): string {
  return [chapter, scene].filter(Boolean).join(" · ") || "the beginning";
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function renderList(slots: SlotInfo[], ctx: SavesCommandContext): string {
  if (slots.length === 0) return `No saved games in ${ctx.saveDir}.\n`;
  const width = Math.max(...slots.map((s) => s.slot.length));
  const pad = " ".repeat(width + 2);
  const lines: string[] = [];
  for (const s of slots) {
    const name = s.slot.padEnd(width + 2);
    if (!s.ok) {
      lines.push(`${name}cannot be loaded: ${s.reason}`);
      continue;
    }
    const finished = finishedMark(s, ctx.story.endings);
    lines.push(`${name}${place(s.chapter, s.scene)}${finished ? ` · ${finished}` : ""}`);
    // The last line is shown as the story wrote it: quoting it again would double a quote it opens with.
    if (s.lastLine) lines.push(`${pad}last line: ${clip(s.lastLine, 60)}`);
    lines.push(
      `${pad}turn ${s.turns} · ${formatDuration(s.playMillis)} played · ${new TimeFormat().dateTime(s.savedAt)} · ${storyVersion(s.storyHash, ctx.story.hash)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function renderShow(save: SaveFile, file: string, ctx: SavesCommandContext): string {
  const s = save.summary;
  const recent = save.log.events
    .filter((e): e is Extract<SaveFile["log"]["events"][number], { type: "text" }> => e.type === "text" && !!e.text)
    .slice(-5)
    .map((e) => `    ${clip(e.text, 74)}`);
  const rows = [
    `Slot:        ${save.slot}`,
    `File:        ${file}`,
    `Story:       ${save.story.title} (${storyVersion(save.story.hash, ctx.story.hash)})`,
    `Where:       ${place(s.chapter, s.scene)}`,
    `Turns:       ${s.turns}`,
    `Played:      ${formatDuration(s.playMillis)}`,
    `Saved:       ${new TimeFormat().dateTime(save.savedAt)} by First Contact ${save.gameVersion}`,
    `Started:     ${new TimeFormat().dateTime(save.log.startedAt)}`,
    ...(finishedMark(s, ctx.story.endings) ? [`Finished:    ${finishedMark(s, ctx.story.endings)}`] : []),
    `Playthrough: ${save.log.id}`,
  ];
  if (save.story.hash !== ctx.story.hash) {
    rows.push("", "The story has been updated since this save: loading it replays your choices on the new story.");
  }
  if (recent.length) rows.push("", "Last lines:", ...recent);
  return `${rows.join("\n")}\n`;
}
