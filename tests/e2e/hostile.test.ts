/**
 * The built CLI against a hostile player or a hostile machine: a flood of
 * input, a line of hundreds of megabytes, a save folder that is a file or
 * cannot be entered, and a terminal that goes away mid-game.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, collectOutput, runCli, runCliInProcess, tempDir } from "../support/cli.js";
import { haveTool, TMUX } from "../support/tools.js";

const hasTmux = haveTool(TMUX, "The tests of a terminal that goes away");

/** Resident memory of a running process, in MB (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Lets `game` run for `ms`, noting its resident memory every half second,
 * then sends SIGTERM: its exit code, how long it took to exit, and the
 * peak memory. The game is killed in any case.
 */
async function runThenTerminate(game: ChildProcess, ms: number) {
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    game.on("exit", (code) => resolve({ code, at: Date.now() })),
  );
  let peak = 0;
  try {
    for (let waited = 0; waited < ms; waited += 500) {
      await sleep(500);
      peak = Math.max(peak, rssMb(game.pid as number));
    }
    const sent = Date.now();
    game.kill("SIGTERM");
    const { code, at } = await exited;
    return { code, took: at - sent, peak };
  } finally {
    game.kill("SIGKILL");
  }
}

const hasAutosave = (dir: string) => readdirSync(dir).some((f) => /^autosave-[0-9a-f]{8}\.json$/.test(f));

describe.skipIf(process.platform !== "linux")("a flood of input", () => {
  it("keeps memory bounded under `yes 1` and honours SIGTERM within a second, saved", async () => {
    const saveDir = tempDir("fc-flood-");
    const yes = spawn("yes", ["1"], { stdio: ["ignore", "pipe", "ignore"] });
    const game = spawn(process.execPath, [bin, "--plain"], {
      stdio: [yes.stdout, "ignore", "pipe"],
      env: { ...process.env, FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    const out = collectOutput(game);
    let ended: Awaited<ReturnType<typeof runThenTerminate>>;
    try {
      ended = await runThenTerminate(game, 8000);
    } finally {
      yes.kill();
    }
    expect(ended.code).toBe(130);
    expect(ended.took).toBeLessThan(1000);
    // Reading was unbounded before: 700 MB after six seconds. The story and its log need about 150.
    expect(ended.peak).toBeLessThan(300);
    expect(out.stderr()).toBe("");
    expect(hasAutosave(saveDir)).toBe(true);
  }, 30_000);

  it("reads a flood from a file with backpressure too, and honours SIGTERM within a second, saved", async () => {
    // Input from a file is read by the game's own reader (files/stdio.ts), not Node's stream.
    const saveDir = tempDir("fc-flood-");
    const answers = join(saveDir, "answers.txt");
    // New game, then 160 MB of lines that are not choices: each is answered, and lines kept unread would hold
    // the file in memory (366 MB after four seconds when reading did not pause).
    writeFileSync(answers, `1\n${`${"9".repeat(79)}\n`.repeat(2_000_000)}`);
    const input = openSync(answers, "r");
    const game = spawn(process.execPath, [bin, "--plain"], {
      stdio: [input, "ignore", "pipe"],
      env: { ...process.env, FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    closeSync(input);
    const out = collectOutput(game);
    let ended: Awaited<ReturnType<typeof runThenTerminate>>;
    try {
      ended = await runThenTerminate(game, 4000);
    } finally {
      rmSync(answers, { force: true });
    }
    expect(ended.code).toBe(130);
    expect(ended.took).toBeLessThan(1000);
    expect(ended.peak).toBeLessThan(300);
    expect(out.stderr()).toBe("");
    expect(hasAutosave(saveDir)).toBe(true);
  }, 30_000);

  it("goes on reading its input while nobody reads its output, and ends when the output is read", async () => {
    // A driver that writes all its answers before it reads anything: the game's output to the pipe must not
    // stop it reading them (it did when that output was written with writeSync: both sides waited for ever).
    const saveDir = tempDir("fc-driver-");
    const game = spawn(process.execPath, [bin, "--plain", "--save-dir", saveDir], { stdio: ["pipe", "pipe", "pipe"] });
    game.stdout.pause();
    const written = new Promise<void>((resolve) => game.stdin.end(`1\n${`${"9".repeat(79)}\n`.repeat(5000)}`, resolve));
    const fed = await Promise.race([written.then(() => true), sleep(15_000).then(() => false)]);
    let bytes = 0;
    game.stdout.on("data", (d: Buffer) => {
      bytes += d.length;
    });
    game.stdout.resume();
    const code = await new Promise((resolve) => game.on("close", resolve));
    expect(fed).toBe(true);
    expect(code).toBe(0);
    expect(bytes).toBeGreaterThan(400_000);
  }, 30_000);

  it("honours SIGTERM within a second, saved, while nobody reads its output", async () => {
    const saveDir = tempDir("fc-stalled-");
    const answers = join(saveDir, "answers.txt");
    writeFileSync(answers, "1\n".repeat(2000));
    const input = openSync(answers, "r");
    const game = spawn(process.execPath, [bin, "--plain"], {
      stdio: [input, "pipe", "ignore"],
      env: { ...process.env, FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    closeSync(input);
    game.stdout?.pause();
    const ended = await runThenTerminate(game, 2500);
    expect(ended.code).toBe(130);
    expect(ended.took).toBeLessThan(1000);
    expect(hasAutosave(saveDir)).toBe(true);
  }, 30_000);

  it("answers a 600 MB line with one short message, and plays on", async () => {
    const child = spawn(
      "sh",
      [
        "-c",
        `{ head -c 600000000 /dev/zero | tr '\\0' x; printf '\\n1\\n'; } | "${process.execPath}" "${bin}" play "$STORY"`,
      ],
      { env: { ...process.env, STORY: join(import.meta.dirname, "..", "fixtures", "demo", "main.ink") } },
    );
    const out = collectOutput(child);
    const code = await new Promise((resolve) => child.on("close", resolve));
    const stdout = out.stdout();
    expect(out.stderr()).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("That line is too long (over 4096 characters); it was ignored.");
    expect(stdout).toContain("She hands you a coil of rope.");
    expect(stdout.length).toBeLessThan(20_000);
  }, 60_000);
});

describe("a save folder that cannot be used", () => {
  it("says so in one line and exits 1 when the save folder is a file, or inside one", async () => {
    const dir = tempDir();
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    for (const [saveDir, words] of [
      [file, "is a file, not a folder"],
      [join(file, "saves"), "is inside a file, not a folder"],
    ] as const) {
      const r = await runCli(["--plain"], { env: { FIRST_CONTACT_SAVE_DIR: saveDir } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`first-contact: the save folder ${saveDir} ${words}; choose another with --save-dir DIR\n`);
      expect(r.stdout).toBe("");
    }
  });

  // Permissions do not bind root: as root, the game runs as nobody (setpriv), when it can.
  const asRoot = process.getuid?.() === 0;
  const canDrop = asRoot && spawnSync("setpriv", ["--version"]).status === 0;
  it.skipIf(asRoot && !canDrop)("says so when the folder, or one on the way, cannot be entered", async () => {
    const root = tempDir();
    chmodSync(root, 0o755);
    const locked = join(root, "locked");
    mkdirSync(join(locked, "inner"), { recursive: true });
    chmodSync(locked, 0o000);
    const run = async (saveDir: string) => {
      const argv = [process.execPath, bin, "--plain", "--save-dir", saveDir];
      const drop = ["--reuid=65534", "--regid=65534", "--clear-groups"];
      const child = asRoot
        ? spawn("setpriv", [...drop, ...argv], { stdio: ["ignore", "pipe", "pipe"] })
        : spawn(argv[0] as string, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
      const out = collectOutput(child);
      const code = await new Promise((resolve) => child.on("close", resolve));
      return { code, stdout: out.stdout(), stderr: out.stderr() };
    };
    try {
      const inside = await run(join(locked, "inner", "saves"));
      expect(inside.code).toBe(1);
      expect(inside.stderr).toBe(
        `first-contact: the save folder ${join(locked, "inner", "saves")} is inside a folder that cannot be opened (permission denied); choose another with --save-dir DIR\n`,
      );
      const itself = await run(locked);
      expect(itself.code).toBe(1);
      expect(itself.stderr).toBe(
        `first-contact: the save folder ${locked} cannot be opened (permission denied); choose another with --save-dir DIR\n`,
      );
      expect(itself.stdout).toBe("");
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe.skipIf(!hasTmux)("the terminal goes away", () => {
  it("exits cleanly (no SIGABRT from Node's terminal reset) with the autosave intact", async () => {
    const dir = tempDir("fc-hangup-");
    const saves = join(dir, "saves");
    const status = join(dir, "status");
    const server = `fc-hangup-${process.pid}`;
    const tmux = (...args: string[]) => execFileSync("tmux", ["-L", server, ...args], { encoding: "utf8" });
    // The shell ignores the hang-up so that it lives to record how the game exited.
    const script = `trap '' HUP; FIRST_CONTACT_SAVE_DIR='${saves}' '${process.execPath}' '${bin}' --new 2>'${dir}/stderr'; echo $? > '${status}'`;
    tmux("new-session", "-d", "-s", "game", "-x", "80", "-y", "24", "sh", "-c", script);
    try {
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        const screen = tmux("capture-pane", "-p", "-t", "game");
        if (screen.includes("— more")) tmux("send-keys", "-t", "game", "Space");
        if (screen.includes("What do you do?")) break;
        await sleep(100);
      }
      expect(hasAutosave(saves)).toBe(true);
      tmux("kill-server");
      const until = Date.now() + 10_000;
      while (!existsSync(status) && Date.now() < until) await sleep(100);
      const code = Number(readFileSync(status, "utf8").trim());
      expect(code === 0 || code === 130, `exit status ${code}`).toBe(true);
      expect(readFileSync(join(dir, "stderr"), "utf8")).not.toMatch(/Assertion|ResetStdio/);
      const resumed = await runCliInProcess(["--continue", "--plain"], { env: { FIRST_CONTACT_SAVE_DIR: saves } });
      expect(resumed.code).toBe(0);
      expect(resumed.stdout).toContain("Resuming where you left off.");
    } finally {
      try {
        tmux("kill-server");
      } catch {}
    }
  }, 40_000);
});
