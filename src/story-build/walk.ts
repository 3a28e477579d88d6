/**
 * `node dist/story-walk.js [stories/<id>/main.ink] [runs] [--from KNOT]`:
 * a quick author's check while writing. Compiles the story, prints every
 * diagnostic with file and line, then plays seeded random runs and reports
 * runtime errors, dead ends (the story stopped without an `ending:` or
 * `placeholder:` tag) and words seen per run, in all and by chapter; with
 * the words and choices of each source file. The exhaustive proof is
 * `first-contact verify`; this is the fast loop for writers.
 */

import { Story as InkStory } from "inkjs";
import type { Story as StoryType } from "inkjs/engine/Story";
import { parseOptions } from "../cli/args.js";
import { parseTag, TAG, tagValue } from "../engine/tags.js";
import { countWords } from "../text/words.js";

const Story = InkStory as unknown as typeof StoryType;

import { compileInkFile, formatDiagnostic } from "./compile.js";

const { values, positionals } = parseOptions(process.argv.slice(2), { from: { type: "string", value: "KNOT" } });
const from = values.from;
const file = positionals[0] ?? "stories/first-contact/main.ink";
const runs = Number(positionals[1] ?? 200);

const result = compileInkFile(file, { perFile: true });
for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
if (!result.ok || !result.json) {
  process.stderr.write("compile failed\n");
  process.exit(1);
}
console.log("stats", JSON.stringify(result.stats));
console.log("by file (words of text, choices):");
for (const [name, f] of Object.entries(result.files ?? {})) {
  if (f.words === 0 && f.choices === 0) continue;
  console.log(`  ${name.padEnd(28)} ${String(f.words).padStart(7)} ${String(f.choices).padStart(5)}`);
}

let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const endings = new Map<string, number>();
const deadEnds = new Map<string, number>();
const errors = new Map<string, number>();
const words: number[] = [];
/** Words seen per run in each chapter (by its `# chapter:` tag), for the runs that reached it. */
const chapterWords = new Map<string, number[]>();
for (let r = 0; r < runs; r++) {
  const story = new Story(result.json);
  const problems: string[] = [];
  story.onError = (msg: string) => problems.push(msg);
  if (from) story.ChoosePathString(from);
  let count = 0;
  let chapter = "(before the first chapter)";
  const seen = new Map<string, number>();
  let lastTags: string[] = [];
  let steps = 0;
  let lastPath = "";
  while (steps++ < 5000) {
    let guard = 0;
    while (story.canContinue && guard++ < 10000) {
      const text = story.Continue() ?? "";
      chapter = tagValue(story.currentTags ?? [], TAG.chapter) || chapter;
      const n = countWords(text);
      count += n;
      if (n > 0) seen.set(chapter, (seen.get(chapter) ?? 0) + n);
      if (story.currentTags?.length) lastTags = story.currentTags.slice();
      lastPath = story.state.currentPathString ?? lastPath;
    }
    if (guard >= 10000) problems.push(`never yields near ${lastPath}`);
    const choices = story.currentChoices;
    if (choices.length === 0) break;
    const pick = Math.floor(rand() * choices.length);
    lastPath = choices[pick]?.sourcePath ?? lastPath;
    story.ChooseChoiceIndex(pick);
  }
  for (const p of problems) errors.set(p, (errors.get(p) ?? 0) + 1);
  const end = lastTags.find((t) => {
    const { key, value } = parseTag(t);
    return (key === TAG.ending || key === TAG.placeholder) && value !== "";
  });
  if (end) endings.set(end.trim(), (endings.get(end.trim()) ?? 0) + 1);
  else deadEnds.set(lastPath, (deadEnds.get(lastPath) ?? 0) + 1);
  words.push(count);
  for (const [title, n] of seen) chapterWords.set(title, [...(chapterWords.get(title) ?? []), n]);
}
words.sort((a, b) => a - b);
console.log(
  `runs ${runs}; words seen min ${words[0]} median ${words[Math.floor(words.length / 2)]} max ${words.at(-1)}`,
);
console.log("words seen per run, by chapter (median of the runs that reached it, and how many did):");
for (const [title, list] of chapterWords) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(
    `  ${title.padEnd(48)} ${String(sorted[Math.floor(sorted.length / 2)]).padStart(6)}  (${list.length} runs)`,
  );
}
console.log("endings:", Object.fromEntries(endings));
if (deadEnds.size)
  console.log("DEAD ENDS (stopped without ending/placeholder tag, last path):", Object.fromEntries(deadEnds));
if (errors.size) console.log("RUNTIME ERRORS/WARNINGS:", Object.fromEntries(errors));
process.exit(deadEnds.size || errors.size ? 1 : 0);
