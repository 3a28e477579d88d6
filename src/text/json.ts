/**
 * Reading JSON that came from outside the game.
 *
 * Owns: the checks every untrusted JSON text passes before anything looks
 * at its fields (save slots, JSON transcripts, settings and profile files,
 * lock records): a size limit, a byte-order mark dropped, a nesting limit
 * counted on the text before parsing (so a hostile file cannot exhaust the
 * parser's stack), JSON syntax, and no `__proto__`, `constructor` or
 * `prototype` key anywhere. The shape of what is inside is the caller's.
 * Pure: text in, a value or an UntrustedJsonError out.
 */

/** Why a text was refused. */
export type UntrustedJsonProblem = "empty" | "too-large" | "too-deep" | "not-json" | "forbidden-key";

/** A JSON text refused before its fields were looked at; `message` completes "the file is damaged: ..." (or "is refused: ..."). */
export class UntrustedJsonError extends Error {
  override name = "UntrustedJsonError";
  constructor(
    message: string,
    readonly problem: UntrustedJsonProblem,
    /** For `forbidden-key`: the key. */
    readonly key?: string,
  ) {
    super(message);
  }
}

export interface UntrustedJsonLimits {
  /** Largest text accepted, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest nesting of arrays and objects accepted. */
  maxDepth: number;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The deepest nesting of `[`/`{` in JSON text, stopping early once past
 * `limit`. Strings (most of a save: the story's text) are skipped with
 * indexOf rather than a character at a time; at start-up, before this code
 * is optimised, that made the depth check of a 60-turn save's log (125,000
 * characters) two to three times quicker: 1.4 to 3.3 ms instead of 4 to 7.
 */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // To the closing quote: the next one not escaped by an odd run of backslashes.
      for (;;) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return max; // Unterminated: JSON.parse says so.
        let slashes = 0;
        while (text.charCodeAt(close - 1 - slashes) === 92 /* \ */) slashes++;
        i = close;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Where the first `__proto__`, `constructor` or `prototype` key is in a parsed value, or null. */
function findForbiddenKey(root: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: "" }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return at;
      stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return null;
}

/**
 * Parses untrusted JSON text, checking in order: size, emptiness, nesting
 * depth, syntax, forbidden keys. Throws UntrustedJsonError at the first
 * check that fails.
 */
export function readUntrustedJson(text: string, limits: UntrustedJsonLimits): unknown {
  if (text.length > limits.maxBytes || Buffer.byteLength(text, "utf8") > limits.maxBytes) {
    const mb = limits.maxBytes / 1024 / 1024;
    throw new UntrustedJsonError(`it is too large to read (the limit is ${mb} MB)`, "too-large");
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new UntrustedJsonError("it is empty", "empty");
  if (nestingDepth(body, limits.maxDepth) > limits.maxDepth) {
    throw new UntrustedJsonError(`nested more than ${limits.maxDepth} levels deep`, "too-deep");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new UntrustedJsonError(`not valid JSON (${detail})`, "not-json");
  }
  // A forbidden key can only come from text that spells one, or that escapes characters (\u...).
  const mayHoldOne = body.includes("\\u") || [...FORBIDDEN_KEYS].some((k) => body.includes(k));
  const forbidden = mayHoldOne ? findForbiddenKey(raw) : null;
  if (forbidden) {
    const key = forbidden.slice(forbidden.search(/[^.\]]*$/));
    throw new UntrustedJsonError(`it contains the forbidden key "${forbidden}"`, "forbidden-key", key);
  }
  return raw;
}

/** True for a plain JSON object (not null, not a list). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
