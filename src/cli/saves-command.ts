/**
 * `first-contact saves`: list, show, delete, rename, export and import saved games.
 *
 * Owns: the words and layout of the saves command. The save store does the
 * file work and every check; this module parses arguments, prints, and
 * turns the store's errors into messages and exit codes (0 ok, 1 the
 * operation failed, 2 bad usage). Never calls process.exit.
 */
import type { StoryBundle } from "../log/index.js";
import { SaveError, type SaveFile, SaveStore, type SlotInfo } from "../saves/index.js";
import { type EndingInfo, endingTitle } from "../story-build/ending-titles.js";
import { parseOptions } from "./args.js";
import { formatPlayTime, formatWhen } from "./when.js";

export interface SavesCommandContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  saveDir: string;
  story: StoryBundle & { title: string; endings?: Readonly<Record<string, EndingInfo>> };
}

const USAGE = `Usage:
  first-contact saves list                       the saved games, newest first
  first-contact saves show SLOT                  everything about one save
  first-contact saves delete SLOT                delete a save (kept as SLOT.json.bak)
  first-contact saves rename FROM TO             rename a save
  first-contact saves export SLOT FILE [--force] copy a save out of the save folder
  first-contact saves import FILE [SLOT] [--force]
                                                 copy a save file in (checked first)
Options:
  --save-dir DIR   where saves live (or FIRST_CONTACT_SAVE_DIR)
  --force          replace an existing file or slot
`;

/** How many positional arguments each subcommand takes: [min, max]. */
const ARITY: Record<string, [number, number]> = {
  list: [0, 0],
  show: [1, 1],
  delete: [1, 1],
  rename: [2, 2],
  export: [2, 2],
  import: [1, 2],
};

/** Runs `saves ...`; returns the exit code. */
export async function savesCommand(args: string[], ctx: SavesCommandContext): Promise<number> {
  const out = (text: string) => ctx.stdout.write(text);
  const usage = (problem: string) => {
    ctx.stderr.write(`first-contact saves: ${problem}\n\n${USAGE}`);
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    return usage(err instanceof Error ? err.message : String(err));
  }
  if (parsed.values.help) {
    out(USAGE);
    return 0;
  }
  const [command = "list", ...rest] = parsed.positionals;
  const arity = ARITY[command];
  if (!arity) return usage(`unknown saves command "${command}"`);
  if (rest.length < arity[0] || rest.length > arity[1])
    return usage(`wrong number of arguments for "saves ${command}"`);
  if (parsed.values.force && command !== "export" && command !== "import") {
    return usage(`--force only applies to "saves export" and "saves import"`);
  }
  const force = parsed.values.force === true;
  const store = new SaveStore(ctx.saveDir, { story: { id: ctx.story.id, hash: ctx.story.hash } });
  const [a = "", b] = rest;
  try {
    switch (command) {
      case "list":
        out(renderList(store.list(), ctx));
        return 0;
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

function parse(args: string[]) {
  return parseOptions(args, { force: { type: "boolean" }, help: { type: "boolean", short: "h" } } as const);
}

/** An ending as the player knows it: its title, never its id. */
function endingWords(ending: string, ctx: SavesCommandContext): string {
  return endingTitle(ctx.story.endings, ending) ?? "the end";
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
    lines.push(`${name}${place(s.chapter, s.scene)}${s.ending ? ` · ended: ${endingWords(s.ending, ctx)}` : ""}`);
    if (s.lastLine) lines.push(`${pad}"${clip(s.lastLine, 70)}"`);
    lines.push(
      `${pad}turn ${s.turns} · ${formatPlayTime(s.playMillis)} played · ${formatWhen(s.savedAt)} · ${storyVersion(s.storyHash, ctx.story.hash)}`,
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
    `Played:      ${formatPlayTime(s.playMillis)}`,
    `Saved:       ${formatWhen(save.savedAt)} by First Contact ${save.gameVersion}`,
    `Started:     ${formatWhen(save.log.startedAt)}`,
    ...(s.ending ? [`Ending:      ${endingWords(s.ending, ctx)}`] : []),
    `Playthrough: ${save.log.id}`,
  ];
  if (save.story.hash !== ctx.story.hash) {
    rows.push("", "The story has been updated since this save: loading it replays your choices on the new story.");
  }
  if (recent.length) rows.push("", "Last lines:", ...recent);
  return `${rows.join("\n")}\n`;
}
