/**
 * Reading inkjs's output stream: words, `ending:`/`placeholder:` tags and
 * the last line shown.
 *
 * Owns: the one pass over a stream of output objects that the verifier makes
 * instead of asking inkjs for the current text (inkjs's own line splitting
 * is switched off, see ink-overrides.ts), and finding where the finished
 * lines at the front of a stream end. Read-only.
 */
import { countWords } from "../text/words.js";
import { Cmd, ControlCommand, type InkObject, StringValue, Tag } from "./ink-internals.js";

/** An `ending:` or `placeholder:` tag. */
export const END_TAG = /^\s*(ending|placeholder):\s*(\S(?:.*\S)?)\s*$/;

export interface EndTag {
  kind: "ending" | "placeholder";
  id: string;
}

export interface OutputScan {
  /** The stream ends inside a string evaluation or a tag. */
  openString: boolean;
  openTag: boolean;
  words: number;
  endingTags: EndTag[];
  last: { text: string; tags: string[] } | null;
}

/**
 * Where finished lines end at the front of a stream: just after the last
 * newline that still has non-blank text after it (so the last line stays).
 * 0 when there is no such point.
 */
export function trimPoint(stream: InkObject[]): number {
  let sawText = false;
  for (let i = stream.length - 1; i >= 0; i--) {
    const o = stream[i];
    if (!(o instanceof StringValue)) continue;
    const v = String(o.value);
    if (v === "\n") {
      if (sawText) return i + 1;
    } else if (v.trim()) sawText = true;
  }
  return 0;
}

/**
 * One pass over a segment's output stream: words of prose (tags excluded),
 * every ending/placeholder tag, and the text and tags of the last line that
 * has any content. `cache` keeps each string object's word count.
 */
export function scanOutput(stream: InkObject[], cache: WeakMap<InkObject, number>): OutputScan {
  const result: OutputScan = { openString: false, openTag: false, words: 0, endingTags: [], last: null };
  let strings = 0;
  let text = "";
  let tags: string[] = [];
  let inTag = false;
  let tag = "";
  const endLine = () => {
    if (text.trim() || tags.length) result.last = { text, tags };
    text = "";
    tags = [];
  };
  const addTag = (t: string) => {
    const trimmed = t.trim();
    if (!trimmed) return;
    tags.push(trimmed);
    const m = END_TAG.exec(trimmed);
    if (m?.[1] && m[2]) result.endingTags.push({ kind: m[1] as EndTag["kind"], id: m[2] });
  };
  for (const o of stream) {
    if (o instanceof StringValue) {
      const v = String(o.value);
      if (inTag) tag += v;
      else if (v === "\n") endLine();
      else {
        text += v;
        let w = cache.get(o);
        if (w === undefined) {
          w = countWords(v);
          cache.set(o, w);
        }
        result.words += w;
      }
    } else if (o instanceof ControlCommand) {
      const t = o.commandType;
      if (t === Cmd.BeginTag) {
        inTag = true;
        tag = "";
      } else if (t === Cmd.EndTag) {
        inTag = false;
        addTag(tag);
      } else if (t === Cmd.BeginString) strings++;
      else if (t === Cmd.EndString) strings--;
    } else if (o instanceof Tag && o.text) addTag(o.text);
  }
  result.openString = strings > 0;
  result.openTag = inTag;
  endLine();
  if (result.last) result.last.text = result.last.text.replace(/\s+/g, " ").trim();
  return result;
}
