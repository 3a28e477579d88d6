/**
 * The CLI in plain mode, driven through pipes as a script or a screen reader
 * would: arguments, exit codes, bad input, end of input, Continue. The built
 * CLI runs in a process of its own where only a process shows the behaviour
 * (its exit status, colour from the environment, a closed pipe, a signal);
 * the rest runs the same command line in this process.
 */
import { spawn } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, runCli, runCliInProcess, tempDir } from "../support/cli.js";
import { compileFixture, fixturesDir } from "../support/compile.js";

const demo = join(fixturesDir, "demo", "main.ink");

describe("command line", () => {
  it("prints help and version, exit 0", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage:");
    expect(help.stdout).toContain("unofficial");
    const version = await runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("exits 2 on bad usage with a clear message", async () => {
    for (const args of [["--bogus"], ["frobnicate"], ["play"], ["--width", "wide"]]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^first-contact: .+\nTry "first-contact --help"/);
    }
  });

  it("gives one clear line, prefixed, for each kind of bad usage (exit 2)", async () => {
    for (const [args, message] of [
      [["--bogus"], "unknown option --bogus"],
      [["--width", "-5"], '--width takes a whole number of columns from 0 (no wrapping) to 1000, not "-5"'],
      [["--width"], "--width needs a value"],
      [["--plain=yes"], "--plain takes no value"],
      [["--continue", "--new"], "--continue and --new cannot be used together"],
      [["--new", "export"], "--new goes with playing, not with export"],
      [["export", "--bogus"], "unknown option --bogus"],
      [["saves", "--bogus"], "unknown option --bogus"],
      [["verify", "--bogus"], "unknown option --bogus"],
    ] as const) {
      const r = await runCliInProcess([...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.split("\n")[0], args.join(" ")).toMatch(
        new RegExp(`^first-contact( \\w+)?: ${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`),
      );
    }
  });

  it("prints play's own usage for play --help", async () => {
    const r = await runCliInProcess(["play", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: first-contact play FILE/);
  });

  it("takes global options before or after a subcommand", async () => {
    const saveDir = tempDir("fc-saves-");
    await runCliInProcess(["--new", "--plain"], { input: "1\n", env: { FIRST_CONTACT_SAVE_DIR: saveDir } });
    const before = await runCliInProcess(["--save-dir", saveDir, "export", "--format", "txt"]);
    const after = await runCliInProcess(["export", "--save-dir", saveDir, "--format", "txt"]);
    expect(before.stderr).toBe("");
    expect(before.code).toBe(0);
    expect(before.stdout).toContain("FIRST CONTACT");
    expect(after.stdout).toBe(before.stdout);
    const narrow = await runCliInProcess(["--width", "30", "--save-dir", saveDir, "export"]);
    expect(Math.max(...narrow.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(30);
    const list = await runCliInProcess(["--save-dir", saveDir, "saves", "list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^autosave/);
  });

  it("exits 1 with file and line when a story does not compile, or does not exist", async () => {
    const dir = tempDir();
    const broken = join(dir, "broken.ink");
    writeFileSync(broken, "Hello.\n* [Go] -> nowhere_at_all\n");
    const r = await runCliInProcess(["play", broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.ink:2: error: .*nowhere_at_all/);
    const missing = await runCliInProcess(["play", join(dir, "missing.ink")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^first-contact: cannot read .*missing\.ink: there is no such file\n$/);
    const notStory = join(dir, "x.json");
    writeFileSync(notStory, '{"hello": 1}');
    const bad = await runCliInProcess(["play", notStory]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a compiled ink story/);
  });
});

describe("play FILE in plain mode", () => {
  it("plays an .ink story to an ending with piped input, no escape codes", async () => {
    const r = await runCli(["play", demo], { input: "1\n1\n1\n", env: { FORCE_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("== One — The Dock ==");
    expect(r.stdout).toContain("[Cargo dock]");
    expect(r.stdout).toContain("The cage is shut");
    expect(r.stdout).toContain("== THE END: Coffee Is Owed ==");
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stderr).toBe("");
  });

  it("plays a compiled .json story", async () => {
    const dir = tempDir();
    const file = join(dir, "demo.json");
    writeFileSync(file, compileFixture("demo/main.ink"));
    const r = await runCliInProcess(["play", file], { input: "2\n2\n2\n1\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("== THE END ==");
    expect(r.stdout).not.toContain("ending_free");
  });

  it("re-asks on garbage and still takes the right choice", async () => {
    const long = "9".repeat(4000);
    const r = await runCliInProcess(["play", demo], { input: `abc\n0\n999\n\n-3\n${long}\n\u001b[B\n2\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"abc" is not a choice.');
    expect(r.stdout).toContain("There is no choice 0.");
    expect(r.stdout).toContain("There is no choice 999.");
    expect(r.stdout).toContain("There is no choice with that number.");
    expect(r.stdout).toContain("You count what you carry");
  });

  it("ends cleanly at end of input, mid-story", async () => {
    const r = await runCli(["play", demo], { input: "1\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Go in quietly");
    expect(r.stderr).toBe("");
  });

  it("ends quietly when its output is closed (piped into head)", async () => {
    const child = spawn(`${process.execPath} ${bin} play ${demo} --plain | head -c 20`, { shell: true });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdin.end("1\n1\n");
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});

describe("the game in plain mode", () => {
  it("starts at the title, plays, autosaves, and Continue brings back the same choices", async () => {
    const saveDir = tempDir("fc-saves-");
    const env = { FIRST_CONTACT_SAVE_DIR: saveDir };
    const first = await runCliInProcess([], { input: "1\n1\n", env });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("FIRST CONTACT");
    expect(first.stdout).toContain("1) New game");
    expect(readdirSync(saveDir).some((f) => f.startsWith("autosave"))).toBe(true);
    const lastChoices = first.stdout.slice(first.stdout.lastIndexOf("\n\n1) ")).split("\n> ")[0]?.trim() ?? "";
    expect(lastChoices).toMatch(/^1\) /);

    const again = await runCliInProcess(["--continue"], { input: "", env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Resuming where you left off.");
    const resumedChoices = again.stdout.slice(again.stdout.lastIndexOf("\n\n1) ")).split("\n> ")[0]?.trim() ?? "";
    expect(resumedChoices).toBe(lastChoices);

    const title = await runCliInProcess([], { input: "", env });
    expect(title.stdout).toContain("1) Continue");
  });

  it("says where the game is saved and how to carry on, after quit", async () => {
    const saveDir = tempDir("fc-saves-");
    const r = await runCliInProcess(["--new", "--plain", "--save-dir", saveDir], { input: "1\nquit\n" });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe(
      `Your game is saved in ${saveDir}. To carry on from here: first-contact --continue --save-dir ${saveDir}`,
    );
  });

  it("offers undo only when there is something to undo, and at an ending", async () => {
    const saveDir = tempDir("fc-saves-");
    const first = await runCliInProcess(["--new", "--plain"], {
      input: "menu\n0\n",
      env: { FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    const menu = first.stdout.slice(first.stdout.indexOf("Game menu"));
    expect(menu).toContain("Save to a named slot");
    expect(menu).not.toContain("Undo");
    const later = await runCliInProcess(["--new", "--plain"], {
      input: "1\nmenu\n",
      env: { FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    expect(later.stdout.slice(later.stdout.indexOf("Game menu"))).toMatch(
      /\d\) Undo the last choice\n +1 can be undone\n/,
    );
    const ended = await runCliInProcess(["play", demo], { input: "1\n1\n1\n1\n" });
    const end = ended.stdout.slice(ended.stdout.indexOf("The story has ended."));
    expect(end).toContain("1) Undo the last choice");
    expect(end).toContain("Went back 1 turn.");
    expect(end).toContain("Open the window and let it go");
  });

  it("leaves a list with 0, an empty line or 'back'", async () => {
    const saveDir = tempDir("fc-saves-");
    const r = await runCliInProcess(["--new", "--plain"], {
      input: "menu\n0\nmenu\n\nmenu\nback\n1\n",
      env: { FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split("Game menu").length - 1).toBe(3);
    expect(r.stdout).not.toContain("Type a number from 1 to 7");
  });

  it("answers 'load NAME' of a slot that does not exist with the slots there are", async () => {
    const saveDir = tempDir("fc-saves-");
    const r = await runCliInProcess(["--new", "--plain"], {
      input: "save harbour\nload nosuch\n",
      env: { FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    expect(r.stdout).toMatch(
      /There is no saved game called "nosuch"\. The saved games are: (autosave-[0-9a-f]{8}, harbour|harbour, autosave-[0-9a-f]{8})\./,
    );
  });

  it("shows save times in one format", async () => {
    const saveDir = tempDir("fc-saves-");
    await runCliInProcess(["--new", "--plain"], { input: "1\n", env: { FIRST_CONTACT_SAVE_DIR: saveDir } });
    const title = await runCliInProcess(["--plain"], { input: "", env: { FIRST_CONTACT_SAVE_DIR: saveDir } });
    expect(title.stdout).toMatch(/1\) Continue\n {3}.*, \d{4}-\d\d-\d\d \d\d:\d\d\n/);
  });

  it("saves on SIGTERM and exits 130", async () => {
    const saveDir = tempDir("fc-saves-");
    const child = spawn(process.execPath, [bin, "--new", "--plain"], {
      env: { ...process.env, FIRST_CONTACT_SAVE_DIR: saveDir },
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (out.includes("> ")) {
          clearInterval(check);
          resolve();
        }
      }, 20);
    });
    child.kill("SIGTERM");
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(readdirSync(saveDir).some((f) => /^autosave-[0-9a-f]{8}\.json$/.test(f))).toBe(true);
    expect(out).toContain(`Your game is saved in ${saveDir}. To carry on from here: first-contact --continue`);
  });
});
