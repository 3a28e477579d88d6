/**
 * `verify` in a Node with a roomier young generation.
 *
 * Owns: deciding whether this process may run `verify` itself, and running
 * the same command line in a child Node when it may not, with this
 * process's streams, signals passed on and the child's exit code returned.
 *
 * Why: the verifier takes hundreds of thousands of story states and
 * allocates fast, and at V8's default young generation (16 MB) the garbage
 * collector was a tenth of its time. The size can only be set when Node
 * starts (`v8.setFlagsFromString` afterwards has no effect), and
 * `first-contact verify` is started by its bin, which cannot pass it. On the
 * whole of First Contact (`node bin/first-contact.js verify --runs 0`):
 * 56 to 60 s and 940 MB at the default; 51 to 53 s and 790 MB with
 * `--max-semi-space-size=32`; 52 s and 980 MB with 64.
 */
import { nodeChildProcess } from "../files/builtins.js";

const FLAG = "--max-semi-space-size";
export const ROOMY_HEAP = `${FLAG}=32`;

/** True when Node was started without a young-generation size of its own (on its command line or in NODE_OPTIONS). */
export function needsRoomierHeap(execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return !execArgv.some((a) => a.startsWith(FLAG)) && !(env.NODE_OPTIONS ?? "").includes(FLAG);
}

/**
 * Runs `script` with `argv` in a child Node that has ROOMY_HEAP, on this
 * process's standard streams. SIGINT, SIGTERM and SIGHUP are passed on (a
 * terminal's Ctrl-C reaches both anyway). Resolves with the child's exit
 * code, 130 when a signal ended it, and 1 when it could not be started.
 */
export function runInRoomierHeap(
  script: string,
  argv: readonly string[],
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  return new Promise((resolve) => {
    const child = nodeChildProcess().spawn(process.execPath, [...process.execArgv, ROOMY_HEAP, script, ...argv], {
      stdio: "inherit",
    });
    const pass = (signal: NodeJS.Signals) => {
      child.kill(signal);
      // The child's progress bar is cut off mid-line: the shell's prompt should start on a line of its own.
      if ((stderr as NodeJS.WriteStream).isTTY) stderr.write("\n");
    };
    for (const s of signals) process.on(s, pass);
    const done = (code: number) => {
      for (const s of signals) process.off(s, pass);
      resolve(code);
    };
    child.on("error", (err) => {
      stderr.write(`first-contact: could not start the verifier: ${err.message}\n`);
      done(1);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 130 : 1)));
  });
}
