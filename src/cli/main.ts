/**
 * The command line: reads the arguments, calls the app (or a command), and
 * turns every outcome and error into an exit code in one top-level catch.
 *
 * Owns: process.exit (nothing else in the game calls it; the app's one way
 * out, app/shutdown.ts, calls it through the function given here after a
 * signal or a lost stream), and the exit code of a `verify` run in a child
 * Node (cli/verify-child.ts). Exit codes: 0 done, 1 error, 2 bad usage,
 * 130 interrupted (Ctrl-C, SIGTERM, SIGHUP).
 *
 * Start-up matters: only what the title screen needs is imported here; the
 * story engine, enquirer and the commands load on demand.
 */

import { type GameIo, startPlaying } from "../app/play.js";
import { Shutdown } from "../app/shutdown.js";
import { GAME_VERSION } from "../app/version.js";
import { standardStreams } from "../files/stdio.js";
import { parseOptions, parseWidth } from "./args.js";
import { COMMANDS, GLOBAL_OPTIONS, gameHelp, type OptionTable, UsageError, usage } from "./usage.js";

export type CliIo = GameIo;

const EXIT = { ok: 0, error: 1, usage: 2, interrupted: 130 } as const;

/** Commands with options of their own; global options given before them are passed on where they apply. */
const SUBCOMMANDS = new Set(Object.keys(COMMANDS).filter((c) => c !== "play"));
const COMMAND_WORDS = new Set([...Object.keys(COMMANDS), "help"]);

/**
 * Finds the command word: the first argument that is neither an option nor
 * the value of a global option (`--save-dir D export` names `export`).
 */
function splitCommand(argv: string[]): { command: string | null; before: string[]; after: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg.startsWith("-") && arg !== "-") {
      const name = arg.startsWith("--") ? arg.slice(2) : null;
      const spec = name !== null ? (GLOBAL_OPTIONS as OptionTable)[name] : undefined;
      if (spec?.type === "string") i++;
      continue;
    }
    if (COMMAND_WORDS.has(arg)) return { command: arg, before: argv.slice(0, i), after: argv.slice(i + 1) };
    break;
  }
  return { command: null, before: [], after: argv };
}

/** Global options given before a subcommand, turned into that command's own arguments. */
function forwardGlobals(command: string, before: string[]): string[] {
  const { values, positionals } = parseOptions(before, GLOBAL_OPTIONS);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  for (const name of ["continue", "new", "from"] as const) {
    if (values[name] !== undefined) throw new UsageError(`--${name} goes with playing, not with ${command}`);
  }
  const forwarded: string[] = [];
  if (values.help) forwarded.push("--help");
  if (values["save-dir"] !== undefined && command !== "verify") forwarded.push("--save-dir", values["save-dir"]);
  if (values.width !== undefined && command === "export") forwarded.push("--width", values.width);
  return forwarded;
}

async function run(argv: string[], io: CliIo, shutdown: Shutdown, onPlay?: () => void): Promise<number> {
  const { command, before, after } = splitCommand(argv);
  if (command === "help") {
    io.stdout.write(gameHelp());
    return EXIT.ok;
  }
  if (command && SUBCOMMANDS.has(command)) {
    if (parseOptions(before, GLOBAL_OPTIONS).values.version) {
      io.stdout.write(`${GAME_VERSION}\n`);
      return EXIT.ok;
    }
    const rest = [...forwardGlobals(command, before), ...after];
    if (command === "verify") {
      const { verifyCommand } = await import("./verify-command.js");
      return verifyCommand(rest, { stdout: io.stdout, stderr: io.stderr });
    }
    const { runStorageCommand } = await import("./storage-commands.js");
    return runStorageCommand(command as "saves" | "export" | "replay", rest, io);
  }

  const { values, positionals } = parseOptions([...before, ...after], GLOBAL_OPTIONS);
  if (values.help) {
    io.stdout.write(command === "play" ? usage("play") : gameHelp());
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${GAME_VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "play" && positionals.length === 0) throw new UsageError("play needs a story FILE (.ink or .json)");
  if (command === "play" && positionals.length > 1)
    throw new UsageError(`play takes one FILE, not ${positionals.length}`);
  if (command === null && positionals.length > 0) throw new UsageError(`unknown command "${positionals[0]}"`);
  if (values.from !== undefined && command !== "play") throw new UsageError("--from goes with play FILE");
  if (values.continue && values.new) throw new UsageError("--continue and --new cannot be used together");
  const width = values.width === undefined ? undefined : parseWidth(values.width);
  const pacing = oneOf("--pacing", values.pacing, ["off", "fast", "slow"] as const);
  const paging = oneOf("--paging", values.paging, ["on", "off"] as const);
  const skipSeen = oneOf("--skip-seen", values["skip-seen"], ["on", "off"] as const);

  onPlay?.();
  const outcome = await startPlaying(
    {
      file: command === "play" ? (positionals[0] as string) : null,
      plain: values.plain ?? false,
      noColor: values["no-color"] ?? false,
      color: values.color ?? false,
      saveDir: values["save-dir"],
      width,
      continueLatest: values.continue ?? false,
      newGame: values.new ?? false,
      from: values.from,
      pacing,
      paging,
      skipSeen,
    },
    io,
    shutdown,
  );
  return outcome === "interrupted" ? EXIT.interrupted : outcome === "error" ? EXIT.error : EXIT.ok;
}

/** A flag's value from a fixed list, or undefined when not given; throws UsageError otherwise. */
function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (allowed.includes(value as T)) return value as T;
  throw new UsageError(`${flag} takes ${allowed.join(", ")}, not "${value.slice(0, 20)}"`);
}

/** Maps an error to its message and exit code. Errors are told apart by class, never by message text. */
async function report(err: unknown, io: CliIo): Promise<number> {
  if (err instanceof UsageError) {
    io.stderr.write(`first-contact: ${err.message}\nTry "first-contact --help".\n`);
    return EXIT.usage;
  }
  const known = await import("./errors.js");
  const message = known.describeError(err);
  if (message) {
    io.stderr.write(`first-contact: ${message}\n`);
    return EXIT.error;
  }
  io.stderr.write(`first-contact: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
  return EXIT.error;
}

/**
 * Runs one command line over the given streams, to the end: whatever it
 * does, the way out (`shutdown.finish`) has run when it returns. Returns the
 * exit code. `onPlay` is called when the command line turns out to play the
 * game (the title, `--continue`, `--new`, `play FILE`), just before it
 * starts: not for a command, help, the version or a bad command line.
 */
export async function runCommandLine(
  argv: string[],
  io: CliIo,
  shutdown: Shutdown,
  onPlay?: () => void,
): Promise<number> {
  let code: number;
  try {
    code = await run(argv, io, shutdown, onPlay);
  } catch (err) {
    code = await report(err, io);
  }
  shutdown.finish("done");
  return code;
}

/** The process's command line over its standard streams (bin/first-contact.js, through cli/entry.ts); `onPlay` as for runCommandLine. */
export async function main(onPlay?: () => void): Promise<void> {
  const argv = process.argv.slice(2);
  const verifying = splitCommand(argv).command === "verify";
  // `verify` wants a young generation Node only takes at start-up: it runs in a child Node that has one (verify-child.ts).
  if (verifying && process.argv[1]) {
    const { needsRoomierHeap, runInRoomierHeap } = await import("./verify-child.js");
    if (needsRoomierHeap(process.execArgv, process.env)) {
      process.exitCode = await runInRoomierHeap(process.argv[1], argv, process.stderr);
      return;
    }
  }
  const io: CliIo = { ...standardStreams(), env: process.env };
  const shutdown = new Shutdown(io, (how) => process.exit(how === "done" ? EXIT.ok : EXIT.interrupted));
  // The verifier saves nothing and works in long synchronous stretches: Ctrl-C and other signals end it at once.
  shutdown.listen(process, { signals: !verifying });
  process.exitCode = await runCommandLine(argv, io, shutdown, onPlay);
  // Input streams left open by prompts must not keep the process alive.
  io.stdin.pause();
  if (io.stdin.isTTY) process.stdin.unref?.();
}
