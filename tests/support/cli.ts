/**
 * Test helpers for running the CLI as a player would: the built CLI in a
 * process of its own (runCli), or the same command line in this process over
 * pipes (runCliInProcess), which is many times cheaper. What only a real
 * process shows (its exit status, signals, a closed pipe, the built bundle)
 * needs runCli.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { Shutdown } from "../../src/app/shutdown.js";
import { type CliIo, runCommandLine } from "../../src/cli/main.js";

export const repoRoot = join(import.meta.dirname, "..", "..");
export const bin = join(repoRoot, "bin", "first-contact.js");

export function tempDir(prefix = "fc-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Gathers a child process's output as it comes. */
export function collectOutput(child: ChildProcess): { stdout(): string; stderr(): string } {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  return { stdout: () => stdout, stderr: () => stderr };
}

/** This process's environment without colour settings, then `overrides` (undefined removes a variable). */
export function cliEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    ...overrides,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

/** Runs the CLI with `input` on stdin (then end of input), and waits for it to exit. */
export function runCli(
  args: string[],
  opts: { input?: string; env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = cliEnv(opts.env);
    const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? repoRoot, env });
    const out = collectOutput(child);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`timed out: ${args.join(" ")}\n${out.stdout().slice(-2000)}\n${out.stderr()}`));
    }, opts.timeoutMs ?? 20_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: out.stdout(), stderr: out.stderr() });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(opts.input ?? "");
  });
}

/**
 * Runs the command line in this process, as the built CLI runs it (the same
 * function, from its arguments to its exit code and the way out), over
 * pipes: `input` on stdin, then end of input; nothing is a terminal, so the
 * game is in plain mode. Its working directory is this process's (the
 * repository). The exit code is the one the CLI would exit with; signals do
 * not reach it, so `signal` is always null.
 */
export async function runCliInProcess(
  args: string[],
  opts: { input?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const sink = (add: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        add(chunk.toString());
        done();
      },
    });
  const stdin = new PassThrough();
  stdin.end(opts.input ?? "");
  const io = {
    stdin,
    stdout: sink((t) => {
      stdout += t;
    }),
    stderr: sink((t) => {
      stderr += t;
    }),
    env: cliEnv(opts.env),
  } as unknown as CliIo;
  const shutdown = new Shutdown(io, (how) => {
    throw new Error(`the command line left through the exit for a signal or a lost stream (${how})`);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out: ${args.join(" ")}\n${stdout.slice(-2000)}\n${stderr}`)),
      opts.timeoutMs ?? 20_000,
    );
  });
  try {
    const code = await Promise.race([runCommandLine(args, io, shutdown), timeout]);
    return { code, signal: null, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}
