/**
 * The command line: arguments, the choice of renderer, signals, and the one
 * top-level catch that turns every outcome into an exit code.
 *
 * Owns: process.exit (nothing else in the game calls it), and the terminal's
 * state on the way out. Exit codes: 0 done, 1 error, 2 bad usage,
 * 130 interrupted (Ctrl-C, SIGTERM, SIGHUP).
 *
 * Start-up matters: only what the title screen needs is imported here; the
 * story engine, enquirer and the commands load on demand.
 */
import { parseArgs } from "node:util";
import { GAME_VERSION, HELP, UsageError } from "./usage.js";

export interface CliIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Cleanup to run when the process is interrupted: save the game, restore the terminal. */
const onInterrupt: { save: (() => void) | null; restore: (() => void) | null } = { save: null, restore: null };

const EXIT = { ok: 0, error: 1, usage: 2, interrupted: 130 } as const;

function globalOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      plain: { type: "boolean" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      "save-dir": { type: "string" },
      width: { type: "string" },
      continue: { type: "boolean", short: "c" },
      new: { type: "boolean" },
      from: { type: "string" },
    },
  });
}

async function run(argv: string[], io: CliIo): Promise<number> {
  const command = argv[0] && !argv[0].startsWith("-") ? argv[0] : null;
  const rest = command ? argv.slice(1) : argv;
  switch (command) {
    case null:
    case "play":
      break;
    case "help":
      io.stdout.write(HELP);
      return EXIT.ok;
    case "verify": {
      const { verifyCommand } = await import("./verify-command.js");
      return verifyCommand(rest, { stdout: io.stdout, stderr: io.stderr });
    }
    case "saves":
    case "export":
    case "replay": {
      const { runStorageCommand } = await import("./storage-commands.js");
      return runStorageCommand(command, rest, io);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }

  let parsed: ReturnType<typeof globalOptions>;
  try {
    parsed = globalOptions(rest);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${GAME_VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "play" && positionals.length !== 1)
    throw new UsageError("play needs exactly one FILE (.ink or .json)");
  if (values.from !== undefined && command !== "play") throw new UsageError("--from goes with play FILE");
  if (command === null && positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  let width: number | undefined;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!Number.isInteger(width) || width < 0 || width > 1000)
      throw new UsageError("--width takes a whole number of columns (0 for no wrapping)");
  }

  const { startPlaying } = await import("./play.js");
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
    },
    io,
    onInterrupt,
  );
  return outcome === "interrupted" ? EXIT.interrupted : outcome === "error" ? EXIT.error : EXIT.ok;
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

function interrupted(): never {
  try {
    onInterrupt.save?.();
  } catch {
    // The autosave from the last turn is still on disk.
  }
  onInterrupt.restore?.();
  process.stdout.write("\n");
  process.exit(EXIT.interrupted);
}

/** Entry point used by bin/first-contact.js. */
export async function main(): Promise<void> {
  const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  // A closed pipe (`first-contact ... | head`) ends the game quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") {
        try {
          onInterrupt.save?.();
        } catch {}
        process.exit(EXIT.ok);
      }
    });
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, interrupted);
  // A terminal that goes away mid-read (EIO) is a hang-up by another name.
  process.stdin.on("error", interrupted);
  let code: number;
  try {
    code = await run(process.argv.slice(2), io);
  } catch (err) {
    code = await report(err, io);
  } finally {
    onInterrupt.restore?.();
  }
  process.exitCode = code;
  // Input streams left open by prompts must not keep the process alive.
  process.stdin.pause();
  if (process.stdin.isTTY) process.stdin.unref?.();
}

void main();
