/**
 * The game's save service: the save store (src/saves) adapted to what the
 * game loop needs (src/app/services.ts).
 *
 * Owns: which slot a playthrough autosaves to (its own), when a loaded
 * game becomes a playthrough of its own, the wording of save list entries,
 * and which story a save must belong to. The store does the careful file work.
 */

import { join } from "node:path";
import { recentLines } from "../log/path.js";
import type { Session, StoryBundle } from "../log/session.js";
import { SlotInUseError } from "../saves/errors.js";
import { makeSave } from "../saves/make-save.js";
import { autosaveSlotFor } from "../saves/slot-name.js";
import { SaveStore, type SlotInfo } from "../saves/store.js";
import { type EndingInfo, endingTitle } from "../story-build/ending-titles.js";
import { formatDuration, TimeFormat } from "../text/time.js";
import type { SaveService, SlotSummary } from "./services.js";
import { GAME_VERSION } from "./version.js";

export interface SaveServiceOptions {
  /** The save folder, already resolved (see resolveSaveDir). */
  dir: string;
  /** The installed story's identity (from its manifest: no need to load the story to list saves). */
  storyInfo: { id: string; hash: string };
  story: () => StoryBundle;
  title: string;
  /** The story's ending titles, so lists name an ending by its title. */
  endings?: Readonly<Record<string, EndingInfo>>;
}

/** How a finished game is marked in lists ("" while it is still being played). */
export function finishedMark(
  info: { ended: boolean; ending: string | null; placeholder: string | null },
  endings?: Readonly<Record<string, EndingInfo>>,
): string {
  if (info.placeholder) return `waiting for the next chapter (${info.placeholder})`;
  if (info.ended) {
    // An ending is named by the title the story gives it, never by its id.
    const title = endingTitle(endings, info.ending);
    return title ? `ended: ${title}` : "ended";
  }
  return "";
}

/** The folder inside the save folder that holds the saves of stories played with `play FILE`. */
export function storiesDir(saveDir: string): string {
  return join(saveDir, "stories");
}

/** The save folder for `play FILE`: each story's saves in their own folder, named by its identity. */
export function storySaveDir(saveDir: string, storyId: string): string {
  return join(storiesDir(saveDir), storyId);
}

/**
 * A save list entry in words: the label tells playthroughs apart (chapter,
 * turn, date, and whether the game has finished); the detail adds the
 * story, the scene and the time played.
 */
function describeSlot(info: SlotInfo, endings?: Readonly<Record<string, EndingInfo>>): SlotSummary {
  if (!info.ok) {
    return { slot: info.slot, ok: false, label: `${info.slot} (cannot be loaded)`, detail: info.reason };
  }
  const finished = finishedMark(info, endings);
  const name = info.autosave ? "Autosave" : `"${info.slot}"`;
  const where = [
    info.storyTitle,
    info.scene,
    `${formatDuration(info.playMillis)} played`,
    info.migrated ? "story updated since" : "",
  ];
  return {
    slot: info.slot,
    ok: true,
    label: `${name}: ${info.chapter ?? "the beginning"}, turn ${info.turns}, ${new TimeFormat().dateTime(info.savedAt)}${finished ? ` [${finished}]` : ""}`,
    detail: where.filter(Boolean).join(" · "),
  };
}

export function openSaveService(opts: SaveServiceOptions): SaveService & { dir: string; store: SaveStore } {
  const store = new SaveStore(opts.dir, { story: opts.storyInfo });
  const saveOf = (session: Session, slot: string) =>
    makeSave(session, { slot, title: opts.title, gameVersion: GAME_VERSION });
  return {
    dir: store.dir,
    store,
    list: () => store.list().map((info) => describeSlot(info, opts.endings)),
    latest(latestOpts) {
      const { latest, skipped, slots } = store.latestWithSkipped(latestOpts);
      return {
        latest: latest && describeSlot(latest, opts.endings),
        skipped: skipped.map((info) => describeSlot(info, opts.endings)),
        any: slots > 0,
      };
    },
    recap(slot: string, count: number) {
      try {
        const save = store.read(slot);
        const same = save.story.hash === opts.storyInfo.hash && save.log.storyHash === opts.storyInfo.hash;
        return same && save.state ? recentLines(save.log, count) : null;
      } catch {
        // Loading it says what is wrong.
        return null;
      }
    },
    existing(slot: string) {
      if (!store.has(slot)) return null;
      const info = store.list().find((s) => s.slot === slot);
      // A file the list does not show under this name (another case on a case-blind disk) is still a save.
      return info ? describeSlot(info, opts.endings) : { slot, ok: false, label: `"${slot}"`, detail: "" };
    },
    save(slot: string, session: Session) {
      store.write(slot, saveOf(session, slot));
    },
    autosave(session: Session): string {
      try {
        return store.autosave(saveOf(session, autosaveSlotFor(session.log.id)));
      } catch (err) {
        if (!(err instanceof SlotInUseError)) throw err;
        // Another running game is playing this same playthrough: this one carries on as its own.
        session.fork(globalThis.crypto.randomUUID());
        return store.autosave(saveOf(session, autosaveSlotFor(session.log.id)));
      }
    },
    release: () => store.release(),
    async load(slot: string) {
      const save = store.read(slot);
      const { loadGame } = await import("./load-game.js");
      const loaded = loadGame(save, opts.story());
      if (slot !== autosaveSlotFor(save.log.id) || store.inUse(slot))
        loaded.session.fork(globalThis.crypto.randomUUID());
      return loaded;
    },
  };
}
