/**
 * Maps ink paths back to source lines, from the ink sources themselves
 * (compiled JSON carries no line numbers).
 *
 * Owns: reading knot (`=== name`), function, stitch (`= name`) and label
 * (`(name)` on a choice or gather) headers out of source text. Pure: takes
 * the text of each file; the caller reads the files.
 */
import type { Locate, SourceLocation } from "./types.js";

export interface SourceFile {
  file: string;
  text: string;
}

export interface SourceIndex {
  locate: Locate;
  functions: string[];
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][\w]*)/;
const LABEL = /^\s*(?:[-*+]\s*)+\(\s*([A-Za-z_][\w]*)\s*\)/;

/** Builds a locator over the given ink files. */
export function indexSources(files: SourceFile[]): SourceIndex {
  const named = new Map<string, SourceLocation>();
  const functions: string[] = [];
  const lines: { file: string; line: number; text: string; knot: string }[] = [];
  for (const { file, text } of files) {
    let knot = "";
    let stitch = "";
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = i + 1;
      const k = KNOT.exec(raw);
      if (k?.[2]) {
        knot = k[2];
        stitch = "";
        if (k[1]) functions.push(knot);
        if (!named.has(knot)) named.set(knot, { file, line });
      } else {
        const s = STITCH.exec(raw);
        if (s?.[1] && knot) {
          stitch = s[1];
          named.set(`${knot}.${stitch}`, { file, line });
        }
        const l = LABEL.exec(raw);
        if (l?.[1]) {
          const owner = stitch ? `${knot}.${stitch}` : knot;
          if (!named.has(`${owner}.${l[1]}`)) named.set(`${owner}.${l[1]}`, { file, line });
          if (!named.has(`${knot}.${l[1]}`)) named.set(`${knot}.${l[1]}`, { file, line });
        }
      }
      lines.push({ file, line, text: raw, knot });
    });
  }

  const locate: Locate = (path, hint) => {
    const parts = path.split(".").filter((p) => p && !/^\d+$/.test(p));
    const knot = parts[0] ?? "";
    const snippet = hint?.text?.replace(/\s+/g, " ").trim().slice(0, 40);
    if (snippet) {
      const inKnot = lines.find((l) => l.knot === knot && l.text.replace(/\s+/g, " ").includes(snippet));
      const anywhere = inKnot ?? lines.find((l) => l.text.replace(/\s+/g, " ").includes(snippet));
      if (anywhere) return { file: anywhere.file, line: anywhere.line };
    }
    // The deepest named part of the path: a label, else the stitch, else the knot.
    for (let i = parts.length - 1; i >= 1; i--) {
      const label = named.get(`${knot}.${parts[i]}`);
      if (label) return label;
    }
    return named.get(knot) ?? null;
  };
  return { locate, functions };
}
