/**
 * `first-contact verify` as a process: it runs in a child Node with a
 * roomier young generation, the child's exit code is the process's, and a
 * signal ends both at once (the verifier works in long synchronous
 * stretches, so nothing may wait for it to finish).
 */
import { execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { needsRoomierHeap, ROOMY_HEAP } from "../../src/cli/verify-child.js";
import { bin, repoRoot, runCli } from "../support/cli.js";

const fixture = (name: string) => join(repoRoot, "tests", "fixtures", "verify", name);

/** The command lines of a process's children. */
function childrenOf(pid: number): { pid: number; args: string }[] {
  try {
    return execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => {
        const m = /^\s*(\d+)\s+(.*)$/.exec(l);
        return { pid: Number(m?.[1]), args: m?.[2] ?? "" };
      });
  } catch {
    return [];
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("verify, as a process", () => {
  it("asks for a roomier young generation only when Node was not given a size", () => {
    expect(needsRoomierHeap([], {})).toBe(true);
    expect(needsRoomierHeap([ROOMY_HEAP], {})).toBe(false);
    expect(needsRoomierHeap(["--max-semi-space-size=8"], {})).toBe(false);
    expect(needsRoomierHeap([], { NODE_OPTIONS: "--max-semi-space-size=64" })).toBe(false);
  });

  it("gives the child's exit code: 0 clean, 1 problems, 2 bad usage", async () => {
    const clean = await runCli(["verify", fixture("clean.ink"), "--runs", "5"]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("No problems found.");
    const broken = await runCli(["verify", fixture("broken.ink"), "--runs", "5"]);
    expect(broken.code).toBe(1);
    const bogus = await runCli(["verify", "--bogus"]);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain("unknown option --bogus");
  });

  it("runs the exploration in a child with the larger young generation, and a signal ends both at once with 130", async () => {
    const parent = spawn(process.execPath, [bin, "verify", join(repoRoot, "stories", "first-contact", "main.ink")], {
      cwd: repoRoot,
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((r) => parent.on("exit", (code) => r(code)));
    let child: { pid: number; args: string } | undefined;
    for (let i = 0; i < 100 && !child; i++) {
      await new Promise((r) => setTimeout(r, 50));
      child = childrenOf(parent.pid as number).find((c) => c.args.includes(ROOMY_HEAP));
    }
    expect(child?.args).toContain("verify");
    const sent = Date.now();
    parent.kill("SIGTERM");
    expect(await exited).toBe(130);
    expect(Date.now() - sent).toBeLessThan(3000);
    expect(alive(child?.pid as number)).toBe(false);
  });
});
