/**
 * The game's save service: the save store (src/saves) adapted to what the
 * game loop needs (src/app/services.ts).
 *
 * Owns: the autosave slot's name, the wording of save list entries, and
 * which story a save must belong to. The store does the careful file work.
 */
import type { SaveService, SlotSummary } from "../app/services.js";
import type { Session, StoryBundle } from "../log/session.js";
import { makeSave } from "../saves/make-save.js";
import { resolveSaveDir } from "../saves/paths.js";
import { SaveStore } from "../saves/store.js";
import { GAME_VERSION } from "./usage.js";
import { formatPlayTime, formatWhen } from "./when.js";

export interface SaveServiceOptions {
  dirFlag: string | undefined;
  env: NodeJS.ProcessEnv;
  /** The installed story's identity (from its manifest: no need to load the story to list saves). */
  storyInfo: { id: string; hash: string };
  story: () => StoryBundle;
  title: string;
}

export function openSaveService(opts: SaveServiceOptions): SaveService & { dir: string; store: SaveStore } {
  const dir = resolveSaveDir({ flag: opts.dirFlag, env: opts.env });
  const store = new SaveStore(dir, { story: opts.storyInfo });
  const AUTOSAVE = "autosave";
  return {
    dir,
    store,
    autosaveSlot: AUTOSAVE,
    latest: () => store.latest()?.slot ?? null,
    list(): SlotSummary[] {
      return store.list().map((info) => {
        if (!info.ok) return { slot: info.slot, ok: false, label: `${info.slot} (damaged)`, detail: info.reason };
        const where = [info.chapter, info.scene].filter(Boolean).join(", ");
        const when = formatWhen(info.savedAt);
        return {
          slot: info.slot,
          ok: true,
          label: info.slot,
          detail: `${where || "the beginning"} · turn ${info.turns} · ${formatPlayTime(info.playMillis)} played · ${when}${info.migrated ? " · story updated since" : ""}`,
        };
      });
    },
    save(slot: string, session: Session) {
      if (slot === AUTOSAVE) {
        // The store picks this game's own autosave slot, so two games at once never overwrite each other.
        store.autosave(makeSave(session, { slot: AUTOSAVE, title: opts.title, gameVersion: GAME_VERSION }));
      } else {
        store.write(slot, makeSave(session, { slot, title: opts.title, gameVersion: GAME_VERSION }));
      }
    },
    release: () => store.release(),
    async load(slot: string) {
      const save = store.read(slot);
      const { loadGame } = await import("../saves/game.js");
      return loadGame(save, opts.story());
    },
  };
}
