/**
 * The commands that work on saved games and transcripts: `saves`, `export`
 * and `replay`. Each lives in its own module; this one gives them the save
 * directory and the story: the installed one, or with `--story FILE` an ink
 * story played with `play FILE` (and its own save folder).
 *
 * Owns: building the context those commands share.
 */
import { readdirSync } from "node:fs";
import { installedStory } from "../app/catalog.js";
import { openSaveService, storiesDir, storySaveDir } from "../app/save-service.js";
import { GAME_VERSION } from "../app/version.js";
import type { StoryBundle } from "../log/session.js";
import { makeSave } from "../saves/index.js";
import { resolveSaveDir } from "../saves/paths.js";
import type { EndingInfo } from "../story-build/ending-titles.js";
import { LineReader } from "../ui/lines.js";
import { parseOptions } from "./args.js";
import type { CliIo } from "./main.js";
import { COMMANDS } from "./usage.js";

/** The folder of `play FILE` stories' saves, and how many stories have one. */
function storyFolders(saveDir: string): { dir: string; count: number } {
  const dir = storiesDir(saveDir);
  try {
    return { dir, count: readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length };
  } catch {
    return { dir, count: 0 };
  }
}

/**
 * Writes `question` and reads one line of the answer from standard input
 * (cleaned as the plain renderer's lines are; a line too long to keep is an
 * empty answer); null at the end of input.
 */
async function askLine(io: CliIo, question: string): Promise<string | null> {
  io.stdout.write(question);
  const line = await new LineReader(io.stdin).next();
  io.stdin.pause();
  return typeof line === "string" || line === null ? line : "";
}

export async function runStorageCommand(
  command: "saves" | "export" | "replay",
  args: string[],
  io: CliIo,
): Promise<number> {
  // The command reads its own arguments again; here only where its saves are matters.
  const { values } = parseOptions(args, COMMANDS[command].options);
  const saveDir = resolveSaveDir({ flag: values["save-dir"], env: io.env });
  // `--story FILE`: the saves of an ink story played with `play FILE`, kept in a folder of their own.
  const storyFile = values.story;
  const rest = args;
  let title: string;
  let story: () => StoryBundle & { title: string; endings?: Readonly<Record<string, EndingInfo>> };
  let dir = saveDir;
  if (storyFile !== undefined) {
    const { storyFromFile } = await import("../app/story-file.js");
    const fileStory = await storyFromFile(storyFile);
    title = fileStory.title;
    const { endingTitles } = await import("../story-build/ending-titles.js");
    const endings = endingTitles(fileStory.json);
    story = () => ({ ...fileStory, endings });
    dir = storySaveDir(saveDir, fileStory.id);
  } else {
    const catalog = installedStory();
    title = catalog.manifest.title;
    story = () => ({ ...catalog.bundle(), title, endings: catalog.manifest.endings });
  }
  const storyInfo = story();
  const service = openSaveService({ dir, storyInfo, story, title, endings: storyInfo.endings });
  const base = { stdout: io.stdout, stderr: io.stderr, saveDir: service.dir };
  if (command === "saves") {
    const { savesCommand } = await import("./saves-command.js");
    const otherStories = storyFile === undefined ? storyFolders(saveDir) : undefined;
    return savesCommand(rest, { ...base, story: story(), otherStories, ask: (q) => askLine(io, q) });
  }
  if (command === "export") {
    const { exportCommand } = await import("./export-command.js");
    return exportCommand(rest, {
      ...base,
      loadSlot: (slot: string) => service.store.read(slot),
      latestSlot: () => service.store.latest()?.slot ?? null,
      story: story(),
    });
  }
  const { replayCommand } = await import("./replay-command.js");
  return replayCommand(rest, {
    ...base,
    writeSlot: (slot, save) => service.store.write(slot, save),
    hasSlot: (slot) => service.store.list().some((info) => info.slot === slot),
    makeSave,
    story: story(),
    gameVersion: GAME_VERSION,
  });
}
