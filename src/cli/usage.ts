/**
 * The words of the command line: help text, version, usage errors.
 *
 * Owns: what `--help` prints. Kept free of imports so start-up stays fast.
 */

/** Bad arguments: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const HELP = `First Contact — interactive fiction for the terminal.
The Borg have followed the Enterprise-E back to April 2063.
(An unofficial, non-commercial Star Trek fan work.)

Usage:
  first-contact                     open the title screen
  first-contact --continue          continue the latest game
  first-contact --new               start a new game straight away
  first-contact play FILE           play any ink story (.ink or compiled .json);
                                    --from KNOT starts at a knot (for writers)
  first-contact saves list|show|delete|rename|export|import|prune ...
                                    manage saved games
  first-contact export [SLOT] --format txt|md|html|json [-o FILE]
                                    write a playthrough's transcript
  first-contact replay TRANSCRIPT.json [--slot NAME]
                                    rebuild a playthrough from its JSON transcript
  first-contact verify [STORY|FILE] prove every route of a story (--json, --from KNOT)

Options:
  --plain            numbered choices read as lines, no escape codes
                     (automatic when input or output is not a terminal)
  --no-color         no colour (NO_COLOR is honoured too; FORCE_COLOR forces it)
  --width N          wrap text at N columns (0: do not wrap)
  --pacing off|fast|slow  type the text out (or not)
  --paging on|off    wait for a key after a screenful (or not)
                     (these four override the Settings screen for one run)
  --save-dir DIR     where saves live (or FIRST_CONTACT_SAVE_DIR)
  -h, --help         this help
  -v, --version      the game's version

While playing:
  arrow keys or a number, then Enter, to choose; Escape or the Menu entry
  (or typing save, load, undo, export, quit, help in --plain mode) for
  everything else. Ctrl-C saves and leaves.

Exit codes: 0 done, 1 error, 2 bad usage, 130 interrupted.
`;

export const PLAY_HELP = `Usage: first-contact play FILE [--from KNOT] [--plain] [--no-color] [--width N]

Plays any ink story: an .ink source (compiled now, INCLUDEs resolved) or a
compiled .json story.
  --from KNOT   start at a knot (a chapter's entry state), for writers
  --plain       numbered choices read as lines, no escape codes
  --no-color    no colour
  --width N     wrap text at N columns (0: do not wrap)
`;
