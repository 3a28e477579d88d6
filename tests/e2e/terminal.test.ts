/**
 * The rich renderer in a real terminal (tmux): arrow keys, number keys,
 * Enter, reading the screen, and the terminal left as it was found after
 * Ctrl-C.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, runCliInProcess, tempDir } from "../support/cli.js";
import { fixturesDir } from "../support/compile.js";
import { haveTool, TMUX } from "../support/tools.js";

const hasTmux = haveTool(TMUX, "The real-terminal tests");

let SESSION = `fc-test-${process.pid}`;
let sessions = 0;
const demo = join(fixturesDir, "demo", "main.ink");
const tmux = (...args: string[]) => execFileSync("tmux", ["-L", SESSION, ...args], { encoding: "utf8" });
const screen = () => tmux("capture-pane", "-p", "-t", SESSION);

/** Waits for a choice prompt, pressing a key at every "more" on the way. */
async function waitForPrompt(what: string): Promise<string> {
  for (let pages = 0; pages < 20; pages++) {
    const s = await waitFor((x) => /\? What do you do\?/.test(x) || x.includes("— more"), what);
    if (!s.includes("— more")) return s;
    tmux("send-keys", "-t", SESSION, "Space");
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no prompt after 20 pages: ${what}`);
}

// Generous: a busy machine (the whole suite runs in parallel) can take seconds to start a game.
async function waitFor(pred: (s: string) => boolean, what: string, ms = 30_000): Promise<string> {
  const end = Date.now() + ms;
  let last = "";
  while (Date.now() < end) {
    last = screen();
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
}

/**
 * Whether the last `text` on a screen captured with its escapes (`capture-pane -e`) is drawn dim: the
 * terminal sends only changes of attribute, so every SGR sequence before it counts.
 */
function dimAt(raw: string, text: string): boolean {
  const at = raw.lastIndexOf(text);
  if (at < 0) throw new Error(`no "${text}" on screen`);
  let dim = false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: attributes are escape sequences on the captured screen.
  for (const m of raw.slice(0, at).matchAll(/\x1b\[([0-9;]*)m/g)) {
    const codes = (m[1] ?? "").split(";");
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i] ?? "";
      if (c === "38" || c === "48") i += codes[i + 1] === "5" ? 2 : 4;
      else if (c === "" || c === "0" || c === "22") dim = false;
      else if (c === "2") dim = true;
    }
  }
  return dim;
}

/** Polls `value` until it is not null (false counts as null), and returns it. */
async function until<T>(value: () => T | null | false, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = value();
    if (v !== null && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** True while a running process holds a save slot in `saves`. */
function gameHolds(saves: string): boolean {
  return readdirSync(saves)
    .filter((n) => n.endsWith(".lock"))
    .some((n) => {
      try {
        process.kill((JSON.parse(readFileSync(join(saves, n), "utf8")) as { pid: number }).pid, 0);
        return true;
      } catch {
        return false;
      }
    });
}

describe.skipIf(!hasTmux)("rich renderer in a real terminal", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("fc-tmux-");
  });
  afterAll(() => {
    // Every server a test started, including those of a test that failed before its own kill-server.
    for (let n = 1; n <= sessions; n++) {
      try {
        execFileSync("tmux", ["-L", `fc-test-${process.pid}-${n}`, "kill-server"], { stdio: "ignore" });
      } catch {}
    }
  });

  function start(command: string, width = 80) {
    SESSION = `fc-test-${process.pid}-${++sessions}`;
    tmux("new-session", "-d", "-s", SESSION, "-x", String(width), "-y", "40", "bash", "--norc", "--noprofile");
    tmux(
      "send-keys",
      "-t",
      SESSION,
      `stty -g > ${dir}/stty-before; ${command}; echo "EXIT=$?"; stty -g > ${dir}/stty-after`,
      "Enter",
    );
  }

  /** Types the number shown beside `label` on screen, then Enter. */
  function pick(s: string, label: string) {
    const n = new RegExp(`(\\d+)\\. ${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).exec(s)?.[1];
    if (!n) throw new Error(`no "${label}" on screen:\n${s}`);
    tmux("send-keys", "-t", SESSION, n);
    tmux("send-keys", "-t", SESSION, "Enter");
  }

  /** Plays the screens fixture in a save folder of its own, trimming the wick and going home, back to the title. */
  async function homeEarly(prefix: string): Promise<string> {
    start(`FIRST_CONTACT_SAVE_DIR=${tempDir(prefix)} node ${bin} play ${join(fixturesDir, "screens", "main.ink")}`);
    let s = await waitForPrompt("the first prompt");
    pick(s, "Trim the wick");
    s = await waitFor((x) => x.includes("Go home early") && /\? What do you do\?/.test(x), "the second choices");
    pick(s, "Go home early");
    s = await waitFor((x) => x.includes("Back to the title screen"), "the end menu");
    pick(s, "Back to the title screen");
    return s;
  }

  it("moves with the arrow keys, selects with Enter and number keys, and restores the terminal on Ctrl-C", async () => {
    start(`FIRST_CONTACT_SAVE_DIR=${dir} node ${bin} play ${demo}`);
    let s = await waitFor((x) => x.includes("What do you do?"), "the first prompt");
    expect(s).toContain("ONE — THE DOCK");
    expect(s).toContain("1. Ask what got loose");
    tmux("send-keys", "-t", SESSION, "Down");
    tmux("send-keys", "-t", SESSION, "Enter");
    s = await waitFor((x) => x.includes("You count what you carry"), "the second choice's text");
    await waitFor((x) => x.includes("2. Go in with the torch lit"), "the next choices");
    tmux("send-keys", "-t", SESSION, "2");
    tmux("send-keys", "-t", SESSION, "Enter");
    s = await waitFor((x) => x.includes("The torch throws long shadows"), "the torch text");
    await waitFor((x) => x.includes("Wait for it to come to you"), "the lab choices");
    tmux("send-keys", "-t", SESSION, "C-c");
    s = await waitFor((x) => /EXIT=\d+/.test(x), "the game to exit");
    expect(s).toContain("EXIT=130");
    // The shell writes the settings after the exit line: wait for the whole line.
    const after = await until(() => {
      const text = existsSync(join(dir, "stty-after")) ? readFileSync(join(dir, "stty-after"), "utf8") : "";
      return text.endsWith("\n") ? text : null;
    }, "the terminal settings after the game");
    expect(after).toBe(readFileSync(join(dir, "stty-before"), "utf8"));
    tmux("kill-server");
  });

  it("wraps to a 20-column terminal without cutting words", async () => {
    start(`node ${bin} play ${demo}`, 20);
    const s = await waitFor((x) => x.includes("What do you"), "the first prompt", 10_000);
    for (const word of ["supervisor", "crate.", "loose"]) expect(s).toContain(word);
    tmux("send-keys", "-t", SESSION, "C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });

  it("loses nothing when the terminal is closed mid-game: Continue brings back the same choices", async () => {
    const saves = tempDir("fc-hup-");
    start(`FIRST_CONTACT_SAVE_DIR=${saves} node ${bin} --new`, 100);
    await waitForPrompt("the first prompt");
    tmux("send-keys", "-t", SESSION, "1");
    tmux("send-keys", "-t", SESSION, "Enter");
    await waitFor((x) => x.includes("✔ What do you do?"), "the choice to be taken");
    const s = await waitForPrompt("the second prompt");
    const offered = s
      .slice(s.lastIndexOf("? What do you do?"))
      .split("\n")
      .filter((l) => /^\s*[▸ ]\s*\d+\. /.test(l))
      .map((l) => l.replace(/^\s*▸?\s*/, "").trim());
    expect(offered.length).toBeGreaterThan(0);
    tmux("kill-server"); // the terminal goes away: SIGHUP
    // The game has left once no process holds a slot (a lock file names its process).
    await until(() => !gameHolds(saves) || null, "the game to leave after the hang-up");
    const resumed = await runCliInProcess(["--continue", "--plain"], { env: { FIRST_CONTACT_SAVE_DIR: saves } });
    expect(resumed.code).toBe(0);
    const menu = resumed.stdout
      .slice(resumed.stdout.lastIndexOf("\n\n1) "))
      .split("\n")
      .filter((l) => /^\d+\) /.test(l))
      .map((l) => l.replace(/^\d+\) /, "").trim());
    expect(menu).toEqual(offered.map((l) => l.replace(/^\d+\. /, "")));
  });

  const keys = (...k: string[]) => tmux("send-keys", "-t", SESSION, ...k);
  const count = (screen: string, text: string) => screen.split(text).length - 1;
  /** The screen once what was asked for has settled (a prompt redraws in steps). */
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 400));
    return screen();
  };

  it("answers a number that picks nothing with a hint; Escape opens the menu and never quits", async () => {
    start(`node ${bin} play ${demo}`);
    await waitForPrompt("the first prompt");
    keys("9", "9", "9");
    keys("Enter");
    let s = await waitFor((x) => x.includes("There is no choice 999."), "the hint for 999");
    expect(s).toContain("There is no choice 999. Type a number from 1 to 2.");
    expect(s).not.toContain("✔ What do you do?");
    keys("1", "0");
    keys("Enter");
    s = await waitFor((x) => x.includes("There is no choice 10."), "the hint for 10");
    expect(s).not.toContain("✔ What do you do?");
    keys("Escape");
    s = await waitFor((x) => x.includes("Game menu"), "the menu");
    expect(s).not.toMatch(/EXIT=\d/);
    expect(s).not.toContain("Undo the last choice");
    keys("Escape");
    s = await settle();
    expect(s).toContain("Game menu");
    expect(s).not.toMatch(/EXIT=\d/);
    keys("Enter");
    await waitFor((x) => count(x, "What do you do?") >= 2, "back at the choices");
    keys("2");
    keys("Enter");
    await waitFor((x) => x.includes("You count what you carry"), "the second choice's text");
    keys("C-c");
    s = await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    expect(s).toContain("EXIT=130");
    tmux("kill-server");
  });

  it("leaves with Ctrl-C from inside the game menu, saved, as from the choices", async () => {
    start(`FIRST_CONTACT_SAVE_DIR=${dir}/ctrl-c node ${bin} --new`);
    await waitForPrompt("the first prompt");
    keys("Escape");
    await waitFor((x) => x.includes("Game menu"), "the menu");
    keys("C-c");
    const s = await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    expect(s).toContain("EXIT=130");
    expect(s).toContain("Your game is saved in");
    expect(s).toContain("first-contact --continue");
    tmux("kill-server");
  });

  it("wraps at --width N, and redraws the current text and choices once at a new width", async () => {
    start(`node ${bin} play ${demo} --width 30`, 100);
    let s = await waitForPrompt("the first prompt");
    const storyLines = (x: string) =>
      x
        .split("\n")
        .filter((l) => /supervisor|crate|got loose|Check your kit|amber lamp/.test(l) && !l.includes("node "));
    expect(storyLines(s).length).toBeGreaterThan(2);
    for (const l of storyLines(s)) expect(l.length, l).toBeLessThanOrEqual(31);
    tmux("kill-server");

    start(`node ${bin} play ${demo}`, 100);
    await waitForPrompt("the first prompt");
    tmux("resize-window", "-t", SESSION, "-x", "40", "-y", "40");
    s = await waitFor(
      (x) => x.split("\n").every((l) => l.length <= 40) && x.includes("Menu"),
      "a redraw at 40 columns",
    );
    s = await settle();
    expect(count(s, "leans on a crate")).toBe(1);
    expect(count(s, "1. Ask what got loose")).toBe(1);
    expect(count(s, "What do you do?")).toBe(1);
    for (const l of s.split("\n")) expect(l.length, l).toBeLessThanOrEqual(40);
    tmux("resize-window", "-t", SESSION, "-x", "20", "-y", "40");
    await waitFor((x) => x.includes("supervisor") && !x.includes("The night supervisor leans"), "a redraw at 20");
    s = await settle();
    for (const word of ["supervisor", "crate.", "loose"]) expect(s).toContain(word);
    expect(count(s, "What do you")).toBe(1);
    keys("2");
    keys("Enter");
    await waitFor((x) => x.includes("torch,"), "the choice taken after the resize");
    keys("C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });

  it("redraws the title screen, card and menu, at a new width", async () => {
    start(`FIRST_CONTACT_SAVE_DIR=${dir}/title node ${bin}`, 60);
    await waitFor((x) => x.includes("1. New game"), "the title menu");
    tmux("resize-window", "-t", SESSION, "-x", "30", "-y", "40");
    const s = await waitFor(
      (x) => x.includes("1. New game") && x.split("\n").every((l) => l.length <= 30),
      "a redraw at 30 columns",
    );
    const after = await settle();
    expect(count(after, "F I R S T")).toBe(1);
    expect(count(after, "1. New game")).toBe(1);
    for (const l of after.split("\n")) expect(l.length, l).toBeLessThanOrEqual(30);
    expect(s).toContain("unofficial");
    keys("C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });

  it("keeps a digit typed at a 'more' pause for the choices, and does not page again after undo", async () => {
    // A save folder of its own: text read in an earlier game (and so in an earlier run of this test) is not paged.
    start(`FIRST_CONTACT_SAVE_DIR=${tempDir("fc-more-")} node ${bin} play ${demo}`, 40);
    tmux("resize-window", "-t", SESSION, "-x", "40", "-y", "12");
    await waitFor((x) => x.includes("— more"), "a more pause");
    keys("2");
    await waitForPrompt("the first prompt");
    let s = await settle();
    expect(s).toMatch(/What do you do\? … 2/);
    keys("Enter");
    await waitFor((x) => x.includes("You count what you carry"), "the digit's choice");
    await waitForPrompt("the second prompt");
    keys("Escape");
    s = await waitFor((x) => x.includes("Undo the last choice"), "the menu offering undo");
    const undo = /(\d)\. Undo the last choice/.exec(s)?.[1] as string;
    keys(undo);
    keys("Enter");
    const seen: string[] = [];
    s = await waitFor((x) => {
      seen.push(x);
      return x.includes("1. Ask what got loose") && /\? What do you do\?/.test(x);
    }, "the first choices again after undo");
    expect(seen.some((x) => x.includes("— more"))).toBe(false);
    keys("C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });

  it("shows colour in a terminal, and none with NO_COLOR or --no-color", async () => {
    for (const [prefix, flag, expectColour] of [
      ["", "", true],
      ["NO_COLOR=1 ", "", false],
      ["", "--no-color", false],
    ] as const) {
      start(`${prefix}node ${bin} play ${demo} ${flag}`);
      await waitFor((x) => x.includes("What do you do?"), "the first prompt");
      const withEscapes = tmux("capture-pane", "-p", "-e", "-t", SESSION);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a colour is an escape sequence on the captured screen.
      const coloured = /\u001b\[[0-9;]*(3[0-9]|38;)/.test(withEscapes);
      expect(coloured, `${prefix}${flag}`).toBe(expectColour);
      tmux("send-keys", "-t", SESSION, "C-c");
      await waitFor((x) => /EXIT=\d+/.test(x), "exit");
      tmux("kill-server");
    }
  });
  it("opens the Endings, Paths and Chapters screens from the title screen after an ending", async () => {
    let s = await homeEarly("fc-endings-");
    s = await waitFor((x) => /\d+\. Endings/.test(x), "the title menu offering Endings");
    pick(s, "Endings");
    // The whole screen, hint line included: the list is drawn line by line.
    s = await waitFor(
      (x) => x.includes("1 of 3 endings found") && x.includes("Someone has to climb the stair.") && x.includes("Back"),
      "the Endings screen",
    );
    expect(s).toContain("✓ Home Before Dark");
    expect(s).toContain("· Someone has to climb the stair.");
    expect(s).not.toContain("The Great Lamp");
    tmux("send-keys", "-t", SESSION, "Enter");
    s = await waitFor((x) => x.lastIndexOf("New game") > x.lastIndexOf("endings found"), "the title menu again");
    pick(s.slice(s.lastIndexOf("Your choice")), "Paths");
    s = await waitFor(
      (x) => x.includes("2 of 6 choices seen in all") && x.includes("Escape to go back"),
      "the Paths screen",
    );
    expect(s).toContain("One — The Shore: 2 of 4 choices seen");
    // The routes taken by name, the others counted: the home route was taken, the climb to the tower was not.
    expect(s.replace(/\s+/g, " ")).toContain("routes: Go home early; 1 not yet taken");
    expect(s).toContain("├ ✓ Trim the wick");
    expect(s).toContain("├ ✓ Go home early");
    expect(s).toContain("├ · 2 not yet taken");
    tmux("send-keys", "-t", SESSION, "Enter");
    s = await waitFor(
      (x) => x.lastIndexOf("New game") > x.lastIndexOf("choices seen in all"),
      "the title menu after Paths",
    );
    pick(s.slice(s.lastIndexOf("Your choice")), "Chapters");
    s = await waitFor(
      (x) => x.includes("Start which chapter?") && x.includes("after 0 choices"),
      "the chapters reached",
    );
    const offered = s.slice(s.lastIndexOf("Start which chapter?"));
    expect(offered).toContain("1. One — The Shore");
    expect(offered).not.toContain("Two — The Tower");
    tmux("send-keys", "-t", SESSION, "C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });
  it("Escape goes back from the Export format menu (which has Cancel), the game menu, Settings, Chapters and Load", async () => {
    const saves = tempDir("fc-escape-");
    start(`FIRST_CONTACT_SAVE_DIR=${saves} node ${bin} play ${join(fixturesDir, "screens", "main.ink")}`);
    let s = await waitForPrompt("the first prompt");
    const esc = async () => {
      keys("Escape");
      // A lone Escape is told from an arrow key only after a pause.
      await new Promise((r) => setTimeout(r, 700));
    };
    await esc();
    s = await waitFor((x) => x.includes("Export the transcript"), "the game menu");
    pick(s, "Export the transcript");
    s = await waitFor((x) => /\d+\. Cancel/.test(x.slice(x.lastIndexOf("Export the transcript as"))), "the formats");
    await esc();
    s = await waitFor(
      (x) => x.lastIndexOf("1. Trim the wick") > x.lastIndexOf("Export the transcript as"),
      "the choices after the formats",
    );
    expect(s).not.toContain("Transcript written");
    await esc();
    await waitFor((x) => x.includes("? Game menu"), "the game menu again");
    await esc();
    await waitFor((x) => x.includes("Game menu · Back to the story"), "the game menu left");
    await esc();
    s = await waitFor((x) => x.includes("? Game menu"), "the game menu a third time");
    pick(s.slice(s.lastIndexOf("? Game menu")), "Save and quit to the title screen");
    for (const [entry, question] of [
      ["Settings", "? Settings"],
      ["Chapters", "? Start which chapter?"],
      ["Load a saved game", "? Load which game?"],
    ] as const) {
      s = await waitFor((x) => x.includes("? Your choice") && x.includes(`. ${entry}`), `the title offering ${entry}`);
      pick(s.slice(s.lastIndexOf("? Your choice")), entry);
      await waitFor((x) => x.includes(question) && /\d+\. Back/.test(x.slice(x.indexOf(question))), entry);
      await esc();
      await waitFor((x) => x.includes("? Your choice") && !x.includes(question), `the title after ${entry}`);
    }
    s = await settle();
    pick(s.slice(s.lastIndexOf("Your choice")), "Quit");
    await waitFor((x) => /EXIT=0/.test(x), "a clean exit");
    tmux("kill-server");
  });

  it("changes the text width in Settings from the title screen, and the width holds when the game is opened again", async () => {
    const saves = tempDir("fc-settings-");
    start(`FIRST_CONTACT_SAVE_DIR=${saves} node ${bin} play ${demo}`);
    await waitForPrompt("the first prompt");
    tmux("send-keys", "-t", SESSION, "Escape");
    let s = await waitFor((x) => x.includes("Save and quit to the title screen"), "the game menu");
    pick(s, "Save and quit to the title screen");
    s = await waitFor((x) => /\d+\. Settings/.test(x), "the title menu offering Settings");
    pick(s, "Settings");
    s = await waitFor((x) => x.includes("Text width: auto"), "the Settings screen");
    pick(s, "Text width");
    s = await waitFor((x) => x.includes("60 columns"), "the widths");
    pick(s, "60 columns");
    s = await waitFor(
      (x) =>
        x.includes("Text width: 60 columns.") && /\d+\. Back/.test(x.slice(x.lastIndexOf("Text width: 60 columns."))),
      "the change told, and the settings again",
    );
    pick(s.slice(s.lastIndexOf("Text width: 60 columns.")), "Back");
    s = await waitFor((x) => x.lastIndexOf("New game") > x.lastIndexOf("Text width: 60"), "the title again");
    pick(s.slice(s.lastIndexOf("Your choice")), "Quit");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");

    start(`FIRST_CONTACT_SAVE_DIR=${saves} node ${bin} play ${demo}`);
    s = await waitForPrompt("the first prompt, opened again");
    const story = s.slice(s.indexOf("ONE — THE DOCK"), s.indexOf("? What do you do?"));
    expect(story).toContain("leans on a crate.");
    for (const line of story.split("\n")) expect(line.trimEnd().length, line).toBeLessThanOrEqual(60);
    expect(story.split("\n").some((l) => l.trimEnd().length > 50)).toBe(true);
    tmux("send-keys", "-t", SESSION, "C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });
  it("goes back to just before an earlier choice from the game menu's list of recent choices", async () => {
    const saves = tempDir("fc-rewind-");
    start(`FIRST_CONTACT_SAVE_DIR=${saves} node ${bin} play ${join(fixturesDir, "screens", "main.ink")}`);
    let s = await waitForPrompt("the first prompt");
    pick(s, "Trim the wick");
    s = await waitFor((x) => x.includes("Climb to the tower") && /\? What do you do\?/.test(x), "the second choices");
    pick(s, "Climb to the tower");
    await waitFor((x) => x.includes("Let it stay dark"), "the tower's choices");
    tmux("send-keys", "-t", SESSION, "Escape");
    s = await waitFor((x) => x.includes("Go back to an earlier choice"), "the game menu");
    pick(s, "Go back to an earlier choice");
    s = await waitFor((x) => x.includes("turn 1 (One — The Shore begins): Trim the wick"), "the recent choices");
    expect(s).toContain("turn 2: Climb to the tower");
    pick(s, "turn 1 (One — The Shore begins): Trim the wick");
    s = await waitFor((x) => x.includes("Went back 2 turns."), "the rewind");
    await waitFor(
      (x) => x.lastIndexOf("1. Trim the wick") > x.lastIndexOf("Went back 2 turns."),
      "the first choices again",
    );
    tmux("send-keys", "-t", SESSION, "C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });
  it("shows the story so far from the game menu, and the story goes on where it was", async () => {
    const saves = tempDir("fc-sofar-");
    start(`FIRST_CONTACT_SAVE_DIR=${saves} node ${bin} play ${join(fixturesDir, "screens", "main.ink")}`);
    let s = await waitForPrompt("the first prompt");
    pick(s, "Walk the sand");
    s = await waitFor((x) => x.includes("Climb to the tower") && /\? What do you do\?/.test(x), "the second choices");
    pick(s, "Climb to the tower");
    await waitFor((x) => x.includes("Let it stay dark"), "the tower's choices");
    tmux("send-keys", "-t", SESSION, "Escape");
    s = await waitFor((x) => x.includes("The story so far"), "the game menu");
    pick(s, "The story so far");
    s = await waitFor((x) => x.includes("WHERE THINGS STAND") || x.includes("Where things stand"), "the story so far");
    expect(s).toContain("You kept the lantern lit on the shore.");
    expect(s).toContain("The lantern is nearly dry.");
    tmux("send-keys", "-t", SESSION, "Enter");
    tmux("send-keys", "-t", SESSION, "Escape");
    await new Promise((r) => setTimeout(r, 300));
    s = await waitFor((x) => x.includes("Back to the story"), "the game menu again");
    pick(s.slice(s.lastIndexOf("Game menu")), "Back to the story");
    s = await waitFor(
      (x) => x.lastIndexOf("1. Light the great lamp") > x.lastIndexOf("Where things stand"),
      "the tower's choices again",
    );
    tmux("send-keys", "-t", SESSION, "C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });
  it("passes over text read in an earlier game, dimmed, up to the first new line; Settings turns it off", async () => {
    let s = await homeEarly("fc-skip-");
    s = await waitFor((x) => /\d+\. New game/.test(x), "the title menu");
    pick(s.slice(s.lastIndexOf("Your choice")), "New game");
    s = await waitFor(
      (x) => x.lastIndexOf("1. Trim the wick") > x.lastIndexOf("New game"),
      "the second game's choices",
    );
    let raw = tmux("capture-pane", "-p", "-e", "-t", SESSION);
    expect(dimAt(raw, "The tide is out and the lantern burns low.")).toBe(true);
    pick(s, "Walk the sand");
    await waitFor((x) => x.includes("You find a bottle with nothing inside."), "the new line");
    raw = tmux("capture-pane", "-p", "-e", "-t", SESSION);
    // Walking the sand is new, and so is all of its turn: the tower line read before is not dimmed after it.
    expect(dimAt(raw, "You find a bottle")).toBe(false);
    expect(dimAt(raw, "The tower stands at the end of the spit.")).toBe(false);
    tmux("send-keys", "-t", SESSION, "Escape");
    s = await waitFor((x) => x.includes("Save and quit to the title screen"), "the game menu");
    pick(s, "Save and quit to the title screen");
    s = await waitFor((x) => /\d+\. Settings/.test(x), "the title menu offering Settings");
    pick(s.slice(s.lastIndexOf("Your choice")), "Settings");
    s = await waitFor((x) => x.includes("Skip text already read: auto"), "the Settings screen");
    pick(s, "Skip text already read");
    s = await waitFor((x) => /\d+\. off/.test(x), "the values");
    pick(s.slice(s.lastIndexOf("Skip text already read (now")), "off");
    s = await waitFor(
      (x) =>
        x.includes("Skip text already read: off.") &&
        /\d+\. Back/.test(x.slice(x.lastIndexOf("Skip text already read: off."))),
      "the change told, and the settings again",
    );
    pick(s.slice(s.lastIndexOf("Skip text already read: off.")), "Back");
    s = await waitFor((x) => x.lastIndexOf("New game") > x.lastIndexOf("already read: off."), "the title again");
    pick(s.slice(s.lastIndexOf("Your choice")), "New game");
    await waitFor((x) => x.lastIndexOf("1. Trim the wick") > x.lastIndexOf("already read: off."), "a third game");
    raw = tmux("capture-pane", "-p", "-e", "-t", SESSION);
    expect(dimAt(raw, "The tide is out and the lantern burns low.")).toBe(false);
    tmux("send-keys", "-t", SESSION, "C-c");
    await waitFor((x) => /EXIT=\d+/.test(x), "exit");
    tmux("kill-server");
  });
});
