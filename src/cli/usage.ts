/**
 * The command line's one table: every command, its synopsis, its options
 * and their help, and the usage text generated from it.
 *
 * Owns: what `--help` prints for the game and for each command, and which
 * options each command takes (the parser, args.ts, reads them from here).
 * Kept free of imports so start-up stays fast.
 */

/** Bad arguments: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface OptionSpec {
  type: "boolean" | "string";
  short?: string;
  /** The value's name in help (`DIR`, `N`). */
  value?: string;
  /** One line (or two, split by \n) for --help; an option without help is not listed. */
  help?: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

const help = { type: "boolean", short: "h", help: "this help" } as const;
const saveDir = { type: "string", value: "DIR", help: "where saves live (or FIRST_CONTACT_SAVE_DIR)" } as const;
const width = { type: "string", value: "N", help: "wrap text at N columns (0: do not wrap)" } as const;
const pacing = {
  type: "string",
  value: "off|fast|slow",
  help: "type the text out, or not (overrides Settings for one run)",
} as const;
const paging = {
  type: "string",
  value: "on|off",
  help: "wait for a key after a screenful (overrides Settings for one run)",
} as const;
const skipSeen = {
  type: "string",
  value: "on|off",
  help: "pass over text read in any playthrough, or not\n(overrides Settings for one run)",
} as const;
const force = { type: "boolean", help: "replace an existing file or slot" } as const;
const storyFile = { type: "string", value: "FILE", help: 'the saves of an ink story played with "play FILE"' } as const;

/** How many of the most recent games `saves prune` keeps when not told. */
export const PRUNE_KEEP = 10;

interface CommandSpec {
  /** Synopsis lines after `first-contact `, each with what it does. */
  synopsis: readonly (readonly [string, string])[];
  /** A paragraph under the synopsis in the command's own help. */
  about?: string;
  options: OptionTable;
  /** The last line of the command's help. */
  footer?: string;
}

/** The options of playing (the title screen and `play FILE`); they may stand before or after a command. */
export const GLOBAL_OPTIONS = {
  plain: {
    type: "boolean",
    help: "numbered choices read as lines, no escape codes\n(automatic when input or output is not a terminal)",
  },
  color: { type: "boolean" },
  "no-color": { type: "boolean", help: "no colour (NO_COLOR is honoured too; FORCE_COLOR forces it)" },
  width,
  pacing,
  paging,
  "skip-seen": skipSeen,
  "save-dir": saveDir,
  continue: { type: "boolean", short: "c" },
  new: { type: "boolean" },
  from: { type: "string", value: "KNOT" },
  help,
  version: { type: "boolean", short: "v", help: "the game's version" },
} as const satisfies OptionTable;

export const COMMANDS = {
  play: {
    synopsis: [
      ["play FILE", "play any ink story (.ink or compiled .json);\n--from KNOT starts at a knot (for writers)"],
    ],
    about: "Plays any ink story: an .ink source (compiled now, INCLUDEs resolved) or a\ncompiled .json story.",
    options: {
      from: { type: "string", value: "KNOT", help: "start at a knot (a chapter's entry state), for writers" },
      plain: { type: "boolean", help: "numbered choices read as lines, no escape codes" },
      "no-color": { type: "boolean", help: "no colour" },
      width,
      pacing,
      paging,
      "skip-seen": skipSeen,
      help,
    },
  },
  saves: {
    synopsis: [
      ["saves list", "the saved games, newest first"],
      ["saves show SLOT", "everything about one save"],
      ["saves delete SLOT", "delete a save (kept as SLOT.json.bak)"],
      ["saves rename FROM TO", "rename a save"],
      ["saves export SLOT FILE [--force]", "copy a save out of the save folder"],
      ["saves import FILE [SLOT] [--force]", "copy a save file in (checked first)"],
      [
        "saves prune [--keep N] [--yes]",
        `remove the autosaves of all but the N most\nrecent games (default ${PRUNE_KEEP}); named saves\nare never pruned. Lists them and asks first.`,
      ],
    ],
    options: {
      "save-dir": saveDir,
      story: storyFile,
      force,
      keep: { type: "string", value: "N", help: "how many of the most recent games prune keeps" },
      yes: { type: "boolean", short: "y", help: "prune without asking (for scripts)" },
      help,
    },
  },
  export: {
    synopsis: [["export [SLOT] --format txt|md|html|json [-o FILE]", "write a playthrough's transcript"]],
    about: "Writes the transcript of a saved game (the latest save when SLOT is not given).",
    options: {
      format: {
        type: "string",
        short: "f",
        value: "F",
        help: "txt, md, html or json (default: from FILE's extension, else txt)",
      },
      output: {
        type: "string",
        short: "o",
        value: "FILE",
        help: "write to FILE instead of standard output; an existing FILE is\nkept unless --force, and a symbolic link is never written through",
      },
      width: { type: "string", value: "N", help: "wrap text transcripts at N columns (0: no wrapping; default 80)" },
      "with-undone": { type: "boolean", help: "include the branches abandoned by going back, marked as such" },
      force: { type: "boolean", help: "replace FILE if it exists" },
      "save-dir": saveDir,
      story: storyFile,
      help,
    },
  },
  replay: {
    synopsis: [["replay TRANSCRIPT.json [--slot NAME]", "rebuild a playthrough from its JSON transcript"]],
    about:
      'Rebuilds the playthrough a JSON transcript records (same seed, same choices) on\nthe story installed now and saves it in a slot (default: "replay"). If the story\nhas changed, says at which turn the transcript stops fitting; the save resumes there.',
    options: {
      slot: { type: "string", value: "NAME", help: "the slot to save into" },
      force: { type: "boolean", help: "replace a save already in that slot" },
      "save-dir": saveDir,
      story: { type: "string", value: "FILE", help: 'the story to replay on: an ink story played with "play FILE"' },
      help,
    },
  },
  verify: {
    synopsis: [["verify [STORY|FILE]", "prove every route of a story (--json, --from KNOT)"]],
    about:
      "Takes every choice of a story and reports endings reached, dead ends,\nruntime errors and warnings, unreached knots, stitches, labelled gathers\nand choices, endings never reached, the deepest path and words seen per run.\n\nSTORY is a built story id (default: first-contact), or a path to an .ink\nor compiled .json file.",
    options: {
      from: { type: "string", value: "KNOT", help: "explore only from this knot (e.g. entry_holodeck)" },
      json: { type: "boolean", help: "print the report as JSON on stdout" },
      runs: { type: "string", value: "N", help: "seeded random runs for the words-seen figures (default 200)" },
      help,
    },
    footer: "Exit status: 0 when no problem is found, 1 when any is, 2 on a usage or load error.",
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The option lines of a help text, aligned. */
function optionLines(table: OptionTable): string[] {
  const rows = Object.entries(table)
    .filter(([, spec]) => spec.help)
    .map(([name, spec]) => {
      const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
      return [flag, spec.help as string] as const;
    });
  const w = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.flatMap(([flag, text]) =>
    text.split("\n").map((line, i) => `  ${(i === 0 ? flag : "").padEnd(w)}${line}`),
  );
}

function synopsisLines(synopsis: readonly (readonly [string, string])[], w: number): string[] {
  return synopsis.flatMap(([use, what]) => {
    const head = `  first-contact ${use}`;
    const lines = what.split("\n");
    const first = head.length < w ? [`${head.padEnd(w)}${lines[0]}`] : [head, `${"".padEnd(w)}${lines[0]}`];
    return [...first, ...lines.slice(1).map((l) => `${"".padEnd(w)}${l}`)];
  });
}

/** A command's own help: its synopsis, what it does, its options. */
export function usage(command: CommandName): string {
  const spec: CommandSpec = COMMANDS[command];
  const head =
    spec.synopsis.length === 1
      ? [`Usage: first-contact ${spec.synopsis[0]?.[0]}`]
      : ["Usage:", ...synopsisLines(spec.synopsis, 50)];
  const about = spec.about ? ["", spec.about] : [];
  const footer = spec.footer ? ["", spec.footer] : [];
  return `${[...head, ...about, "", "Options:", ...optionLines(spec.options), ...footer].join("\n")}\n`;
}

/** The game's own help (`first-contact --help`). */
export function gameHelp(): string {
  const playing: [string, string][] = [
    ["", "open the title screen"],
    ["--continue", "continue the latest game"],
    ["--new", "start a new game straight away"],
  ];
  const commands = Object.values(COMMANDS as Record<string, CommandSpec>).flatMap((c) =>
    c.synopsis.length > 1
      ? [
          [
            `${c.synopsis[0]?.[0].split(" ")[0]} ${c.synopsis.map((s) => s[0].split(" ")[1]).join("|")} ...`,
            "manage saved games",
          ] as const,
        ]
      : c.synopsis,
  );
  return `${[
    "First Contact — interactive fiction for the terminal.",
    "The Borg have followed the Enterprise-E back to April 2063.",
    "(An unofficial, non-commercial Star Trek fan work.)",
    "",
    "Usage:",
    ...synopsisLines(playing, 36),
    ...synopsisLines(commands, 36),
    "",
    "Options:",
    ...optionLines(GLOBAL_OPTIONS),
    "",
    "While playing:",
    "  arrow keys or a number, then Enter, to choose; Escape or the Menu entry",
    "  (or typing save, load, undo, export, quit, help in --plain mode) for",
    "  everything else. Ctrl-C saves and leaves.",
    "",
    "Exit codes: 0 done, 1 error, 2 bad usage, 130 interrupted.",
  ].join("\n")}\n`;
}
