/**
 * The stories the game ships with, as built into dist/stories/.
 *
 * Owns: finding a built story's manifest (small, read at start-up for the
 * title screen) and its compiled JSON (large, read only when a game starts).
 */

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { errCode } from "../files/fs-ops.js";
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

function loadCatalogStory(storiesDir: string, id: string): CatalogStory {
  let manifest: StoryManifest;
  try {
    manifest = JSON.parse(readFileSync(join(storiesDir, `${id}.manifest.json`), "utf8")) as StoryManifest;
  } catch (err) {
    throw new StoryNotFoundError(
      `the story "${id}" is not built (${errCode(err) ?? "unreadable"} in ${storiesDir}); run "npm run build"`,
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

/**
 * Where the build put the compiled stories: beside the bundle; when running
 * from the sources, the checkout's dist/stories.
 */
function* builtStoriesDirs(): Generator<string> {
  yield join(import.meta.dirname, "stories");
  yield join(import.meta.dirname, "..", "..", "dist", "stories");
  yield resolve("dist", "stories");
}

/** The built story `id`, from the first place the build put it, or null when it is not built. */
export function findBuiltStory(id: string): CatalogStory | null {
  for (const dir of builtStoriesDirs()) {
    if (existsSync(join(dir, `${id}.manifest.json`))) return loadCatalogStory(dir, id);
  }
  return null;
}

/** The story the game ships with. Throws StoryNotFoundError when it is not built. */
export function installedStory(): CatalogStory {
  return (
    findBuiltStory(INSTALLED_STORY) ?? loadCatalogStory(builtStoriesDirs().next().value as string, INSTALLED_STORY)
  );
}

/** The id of the story the game ships with. */
const INSTALLED_STORY = "first-contact";
