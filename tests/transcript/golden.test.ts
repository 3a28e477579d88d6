/**
 * Golden transcripts: the fixture playthrough in every format, compared
 * byte for byte with the files in tests/fixtures/transcript/golden/.
 * Run with UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then
 * read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toHtml, toJson, toMarkdown, toText } from "../../src/transcript/index.js";
import { fixturesDir } from "../support/compile.js";
import { FIXTURE_TITLE, playFixture } from "./support.js";

const goldenDir = join(fixturesDir, "transcript", "golden");
const update = process.env.UPDATE_GOLDEN === "1";

function golden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  if (update) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("golden transcripts of the fixture playthrough", () => {
  const log = playFixture().log;
  const base = { title: FIXTURE_TITLE, timeZone: "UTC" };

  it("text, wrapped at 60 columns", () => golden("playthrough.txt", toText(log, { ...base, width: 60 })));
  it("text, unwrapped", () => golden("playthrough-unwrapped.txt", toText(log, { ...base, width: 0 })));
  it("text, with the abandoned branch", () =>
    golden("playthrough-with-undone.txt", toText(log, { ...base, width: 60, withUndone: true })));
  it("markdown", () => golden("playthrough.md", toMarkdown(log, base)));
  it("markdown, with the abandoned branch", () =>
    golden("playthrough-with-undone.md", toMarkdown(log, { ...base, withUndone: true })));
  it("html", () => golden("playthrough.html", toHtml(log, base)));
  it("html, with the abandoned branch", () =>
    golden("playthrough-with-undone.html", toHtml(log, { ...base, withUndone: true })));
  it("json", () => golden("playthrough.json", toJson(log, base)));

  it("renders the same log the same way every time", () => {
    expect(toText(playFixture().log, { ...base, width: 60 })).toBe(toText(log, { ...base, width: 60 }));
    expect(toJson(playFixture().log, base)).toBe(toJson(log, base));
  });
});
