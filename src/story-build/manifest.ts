/**
 * The story manifest: what the game knows about a compiled story without
 * loading it into inkjs (title, chapters, content hash, statistics).
 *
 * Owns: reading the manifest facts out of ink sources. Chapters are the
 * `# chapter: Title` tags, in the order the INCLUDEs put the files; the title
 * is the global `# title:` tag of main.ink; ending titles are the tags that
 * open each `ending_*` knot (see ending-titles.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type CompileResult, type CompileStats, compileInkFile } from "./compile.js";
import { type EndingInfo, endingTitles } from "./ending-titles.js";

export interface StoryManifest {
  format: 1;
  id: string;
  title: string;
  chapters: string[];
  /** sha256 of the compiled JSON: the story's identity for saves. */
  hash: string;
  /** Ending titles and hints by ending id (the `ending-title`/`ending-hint` tags opening each `ending_*` knot). */
  endings?: Record<string, EndingInfo>;
  stats: CompileStats;
}

/** Returns every ink file reachable from `mainPath` through INCLUDE, in order. */
export function inkFilesInOrder(mainPath: string): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    order.push(path);
    for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
      const m = /^\s*INCLUDE\s+(.+?)\s*$/.exec(line);
      if (m?.[1]) visit(join(dirname(mainPath), m[1]));
    }
  };
  visit(mainPath);
  return order;
}

/** Reads the manifest's descriptive facts from the ink sources. */
function describeSources(mainPath: string): { title: string | null; chapters: string[] } {
  let title: string | null = null;
  const chapters: string[] = [];
  for (const file of inkFilesInOrder(mainPath)) {
    for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
      if (line.trim().startsWith("//")) continue;
      const t = /#\s*title:\s*([^#]+)/.exec(line);
      if (t?.[1] && title == null && file === mainPath) title = t[1].trim();
      const c = /#\s*chapter:\s*([^#]+)/.exec(line);
      if (c?.[1]) {
        const name = c[1].trim();
        if (!chapters.includes(name)) chapters.push(name);
      }
    }
  }
  return { title, chapters };
}

function hashStoryJson(json: string): string {
  return createHash("sha256").update(json).digest("hex");
}

/** Compiles a story folder and, when it compiles, describes it. */
export function buildStory(dir: string, id: string): { result: CompileResult; manifest: StoryManifest | null } {
  const mainPath = join(dir, "main.ink");
  const result = compileInkFile(mainPath);
  if (!result.ok || !result.json || !result.stats) return { result, manifest: null };
  const { title, chapters } = describeSources(mainPath);
  return {
    result,
    manifest: {
      format: 1,
      id,
      title: title ?? id,
      chapters,
      hash: hashStoryJson(result.json),
      endings: endingTitles(result.json),
      stats: result.stats,
    },
  };
}
