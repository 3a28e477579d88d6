/** Test helpers for running the built CLI as a player would. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** Runs the CLI with `input` on stdin (then end of input), and waits for it to exit. */
export function runCli(
  args: string[],
  opts: { input?: string; env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      ...opts.env,
    };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [bin, ...args], { cwd: opts.cwd ?? repoRoot, env: env as NodeJS.ProcessEnv });
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
