/**
 * The stories the game ships with, as built into dist/stories/.
 *
 * Owns: finding a built story's manifest (small, read at start-up for the
 * title screen) and its compiled JSON (large, read only when a game starts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { StoryBundle } from "../log/index.js";
import type { MapChapter } from "../story-build/choices.js";
import type { StoryManifest } from "../story-build/manifest.js";

export interface CatalogStory {
  manifest: StoryManifest;
  /** Reads the compiled story (once). */
  bundle(): StoryBundle & { title: string };
  /** Reads the story's choice map, written by the build (for the Paths screen). */
  paths(): MapChapter[];
}

export class StoryNotFoundError extends Error {
  override name = "StoryNotFoundError";
}

export function loadCatalogStory(storiesDir: string, id: string): CatalogStory {
  let manifest: StoryManifest;
  try {
    manifest = JSON.parse(readFileSync(join(storiesDir, `${id}.manifest.json`), "utf8")) as StoryManifest;
  } catch (err) {
    throw new StoryNotFoundError(
      `the story "${id}" is not built (${(err as NodeJS.ErrnoException).code ?? "unreadable"} in ${storiesDir}); run "npm run build"`,
    );
  }
  let cached: (StoryBundle & { title: string }) | null = null;
  return {
    manifest,
    bundle() {
      cached ??= {
        id: manifest.id,
        hash: manifest.hash,
        title: manifest.title,
        json: readFileSync(join(storiesDir, `${id}.json`), "utf8"),
      };
      return cached;
    },
    paths() {
      return JSON.parse(readFileSync(join(storiesDir, `${id}.paths.json`), "utf8")) as MapChapter[];
    },
  };
}
