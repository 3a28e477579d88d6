/**
 * Loading a story from a file: the one loader behind `play FILE`,
 * `--story FILE` and `verify FILE`.
 *
 * Owns: reading an `.ink` source (compiled now, INCLUDEs resolved) or a
 * compiled `.json` story, the limits and words of a file that cannot be
 * one, and what identifies a story played from a file (so its saves are
 * its own): its declared `# title:` and `# author:` tags, read with the tag
 * reader, or its content when it declares no title.
 */

import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { TAG, tagValue } from "../engine/tags.js";
import { errCode } from "../files/fs-ops.js";
import type { StoryBundle } from "../log/session.js";
import type { CompileStats } from "../story-build/compile.js";
import { globalTags } from "../story-build/ending-titles.js";
import { slug } from "../text/slug.js";

export class StoryFileError extends Error {
  override name = "StoryFileError";
}

export class InkCompileError extends Error {
  override name = "InkCompileError";
}

const MAX_STORY_BYTES = 64 * 1024 * 1024;

export interface FileStory extends StoryBundle {
  title: string;
  /** The `.ink` file it was compiled from, or null for a compiled `.json`. */
  source: string | null;
  /** The compiler's figures, for a story compiled now. */
  stats: CompileStats | null;
}

/** True when `arg` names a story file (`.ink` or `.json`) rather than a built story's id. */
export function isStoryFile(arg: string): boolean {
  const ext = extname(arg).toLowerCase();
  return ext === ".ink" || ext === ".json";
}

/** Reads a story from a `.ink` (compiled now) or compiled `.json` file. Throws StoryFileError or InkCompileError. */
export async function storyFromFile(path: string): Promise<FileStory> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new StoryFileError(`${path} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof StoryFileError) throw err;
    const code = errCode(err);
    const why =
      code === "ENOENT"
        ? "there is no such file"
        : code === "EACCES"
          ? "permission denied"
          : (code ?? (err as Error).message);
    throw new StoryFileError(`cannot read ${path}: ${why}`);
  }
  if (size > MAX_STORY_BYTES) throw new StoryFileError(`${path} is too large to be a story (${size} bytes)`);
  const ext = extname(path).toLowerCase();
  let json: string;
  let stats: CompileStats | null = null;
  if (ext === ".ink") {
    const { compileInkFile, formatDiagnostic } = await import("../story-build/compile.js");
    const result = compileInkFile(path);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (!result.ok || !result.json) {
      const lines = (errors.length ? errors : result.diagnostics).map(
        (d) => `  ${formatDiagnostic(d, basename(path))}`,
      );
      throw new InkCompileError(`${path} does not compile:\n${lines.join("\n")}`);
    }
    json = result.json;
    stats = result.stats;
  } else if (ext === ".json") {
    json = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } else {
    throw new StoryFileError(`${path}: expected an .ink source file or a compiled .json story`);
  }
  const hash = createHash("sha256").update(json).digest("hex");
  const tags = globalTags(json);
  // The title is the story's own `# title:` tag when it has one.
  const declared = tagValue(tags, TAG.title) || null;
  const title = declared ?? basename(path, ext);
  const id = storyIdentity(declared, tagValue(tags, TAG.author), hash);
  return { id, title, json, hash, source: ext === ".ink" ? path : null, stats };
}

/**
 * What identifies a story played with `play FILE`, and so which saves are
 * its own: its declared `# title:` (with its `# author:`), so its saves
 * carry across edits and moves; a story that declares no title is
 * identified by its content. Never the file's name: every `main.ink` is
 * another story.
 */
function storyIdentity(title: string | null, author: string | null, hash: string): string {
  const name = slug(title ?? "untitled");
  const basis = title ? `title:${title}\nauthor:${author ?? ""}` : `content:${hash}`;
  return `${name}-${createHash("sha256").update(basis).digest("hex").slice(0, 12)}`;
}
