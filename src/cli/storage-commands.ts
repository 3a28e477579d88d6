/**
 * The commands that work on saved games and transcripts: `saves`, `export`
 * and `replay`. Each lives in its own module; this one gives them the save
 * directory and the installed story.
 *
 * Owns: building the context those commands share.
 */
import { loadCatalogStory } from "../app/catalog.js";
import { makeSave } from "../saves/index.js";
import type { CliIo } from "./main.js";
import { builtStoriesDir } from "./play.js";
import { openSaveService } from "./save-service.js";
import { GAME_VERSION, UsageError } from "./usage.js";

/** Pulls `--save-dir DIR` (or `--save-dir=DIR`) out of the arguments, wherever it stands. */
export function takeSaveDir(args: string[]): { saveDir: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let saveDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--save-dir") {
      saveDir = args[++i];
      if (saveDir === undefined) throw new UsageError("--save-dir needs a directory");
    } else if (a.startsWith("--save-dir=")) {
      saveDir = a.slice("--save-dir=".length);
    } else {
      rest.push(a);
    }
  }
  return { saveDir, rest };
}

export async function runStorageCommand(
  command: "saves" | "export" | "replay",
  args: string[],
  io: CliIo,
): Promise<number> {
  const { saveDir: dirFlag, rest } = takeSaveDir(args);
  const catalog = loadCatalogStory(builtStoriesDir(), "first-contact");
  const story = () => catalog.bundle();
  const title = catalog.manifest.title;
  const service = openSaveService({ dirFlag, env: io.env, storyInfo: catalog.manifest, story, title });
  const base = { stdout: io.stdout, stderr: io.stderr, saveDir: service.dir };
  if (command === "saves") {
    const { savesCommand } = await import("./saves-command.js");
    return savesCommand(rest, { ...base, story: { ...story(), title, endings: catalog.manifest.endings } });
  }
  if (command === "export") {
    const { exportCommand } = await import("./export-command.js");
    return exportCommand(rest, {
      ...base,
      loadSlot: (slot: string) => service.store.read(slot),
      latestSlot: () => service.latest(),
      story: { ...story(), title, endings: catalog.manifest.endings },
    });
  }
  const { replayCommand } = await import("./replay-command.js");
  return replayCommand(rest, {
    ...base,
    writeSlot: (slot, save) => service.store.write(slot, save),
    hasSlot: (slot) => service.store.list().some((info) => info.slot === slot),
    makeSave,
    story: { ...story(), title },
    gameVersion: GAME_VERSION,
  });
}
