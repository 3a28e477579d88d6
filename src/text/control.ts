/**
 * Control characters and terminal escape sequences.
 *
 * Owns: which characters the game treats as control characters (C0, DEL and
 * C1) and the shape of a terminal escape sequence, for every place that
 * removes them (input lines, transcripts, the rich renderer's width
 * arithmetic) or refuses them (slot names). Pure: no I/O.
 */
// biome-ignore-all lint/suspicious/noControlCharactersInRegex: naming the control characters is what this module is for.

/** One C0 control, DEL or C1 control. */
export const CONTROL_CHAR = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_CHARS = new RegExp(CONTROL_CHAR.source, "g");
/** A CSI escape sequence (colours, cursor movement), as terminals and enquirer write them. */
const ESCAPE_SEQUENCES = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** `s` without terminal escape sequences. */
export function stripEscapes(s: string): string {
  return s.replace(ESCAPE_SEQUENCES, "");
}

/** `s` without control characters; escape sequences lose their ESC and keep the rest. */
export function stripControls(s: string): string {
  return s.replace(CONTROL_CHARS, "");
}
