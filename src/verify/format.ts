/**
 * Renders a verifier report as plain text for a terminal or a test log.
 * Pure: returns a string, colours nothing.
 */
import type { VerifyReport } from "./types.js";
import { formatRoute } from "./verify.js";

/** The full report: figures, endings reached, then every problem with its route. */
export function formatReport(r: VerifyReport): string {
  const lines: string[] = [];
  const e = r.exploration;
  lines.push(`Verified from ${r.roots.join(", ")}`);
  lines.push(
    `Story: ${r.stats.words} words of prose, ${r.stats.choices} choices, ${r.stats.knots} knots, ${r.stats.stitches} stitches, ${r.stats.endings} declared endings`,
  );
  lines.push(
    `Explored: ${e.states} distinct states, ${e.choicesTaken} choices taken, ${e.terminals} stops, in ${(e.elapsedMs / 1000).toFixed(2)} s (${e.statesPerSecond} states/s)${e.complete ? "" : " — INCOMPLETE"}`,
  );
  if (e.frames.carried) {
    lines.push(
      `Frames: ${e.frames.carried} more states carried beside their keys (values only a later chapter reads); ${e.frames.reruns} chapter crossings run again for them`,
    );
  }
  lines.push(
    `Deepest path: ${e.deepestPath.choices} choices${e.loops ? " (the story also loops)" : ""}: ${formatRoute(e.deepestPath.root, e.deepestPath.route)}`,
  );
  const w = r.wordsPerRun;
  lines.push(
    `Words seen per run: min ${w.min}, median ${w.median}, max ${w.max} (${w.runs} random runs, seed ${w.seed})`,
  );
  lines.push(`Endings reached (${r.endings.length}):`);
  for (const end of r.endings) {
    lines.push(`  ${end.kind} ${end.id} — ${end.arrivals} arrival(s); e.g. ${formatRoute(end.root, end.route)}`);
  }
  if (r.choicesNeverTaken) lines.push(`Choices never taken: ${r.choicesNeverTaken}`);
  if (r.problems.length) {
    lines.push(`Problems (${r.problems.length}):`);
    for (const p of r.problems) lines.push(`  ${p.message}`);
  } else {
    lines.push("No problems found.");
  }
  return `${lines.join("\n")}\n`;
}
