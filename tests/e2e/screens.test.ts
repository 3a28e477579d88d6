/**
 * The screens beside the story through the built CLI in plain mode: what two
 * playthroughs to two endings leave on the Endings screen.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";
import { fixturesDir } from "../support/compile.js";

const lantern = join(fixturesDir, "screens", "main.ink");

describe("screens from the title screen (plain)", () => {
  it("after two playthroughs to two endings, Endings shows both, with the right count", async () => {
    const saveDir = tempDir("fc-screens-");
    const play = (input: string) => runCli(["play", lantern, "--save-dir", saveDir], { input });
    // Home early; then, in a second game, up the stair to the lamp.
    const first = await play("1\n2\nBack to the title screen\nEndings\n0\nquit\n");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("== THE END: Home Before Dark ==");
    expect(first.stdout).toContain("== Endings ==\n1 of 3 endings found\n");
    const second = await play("2\n1\n1\nBack to the title screen\nEndings\n0\nquit\n");
    expect(second.code).toBe(0);
    const screen = second.stdout.slice(second.stdout.lastIndexOf("== Endings =="));
    expect(screen).toMatch(
      /^== Endings ==\n2 of 3 endings found\n\nFound:\n1\) \[x\] Home Before Dark\n {7}found [\d-]+ [\d:]+, in the playthrough begun [\d-]+ [\d:]+\n2\) \[x\] The Great Lamp\n/,
    );
    expect(screen).toContain("Not found yet:\n3) [ ] An ending not yet found.\n");
    expect(screen).not.toContain("A Dark Tower");
  });
});
