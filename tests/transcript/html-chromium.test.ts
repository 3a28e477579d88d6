/**
 * The HTML transcript as a reader meets it: opened in headless Chromium,
 * screenshotted, and the picture checked for dark text on a light page.
 * The same check is shown to fail on a blank page, so it can fail at all.
 * Skipped, saying why, when Chromium is not installed (under CI=true a
 * missing Chromium fails the run instead: tests/support/tools.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { toHtml } from "../../src/transcript/index.js";
import { CHROMIUM_PATH, CHROMIUM as CHROMIUM_TOOL, haveTool } from "../support/tools.js";
import { coverage, decodePng, type Image, looksLikeTextOnLight } from "./png.js";
import { FIXTURE_TITLE, playFixture } from "./support.js";

const CHROMIUM = CHROMIUM_PATH;
const available = haveTool(CHROMIUM_TOOL, "The HTML transcript screenshot tests");

/** Where the transcript's text column lies in a 900-pixel-wide window. */
const TEXT_AREA = { x: 100, y: 20, width: 700, height: 1150 };

const work = mkdtempSync(join(tmpdir(), "fc-chromium-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function screenshot(htmlPath: string, pngPath: string): Image {
  const result = spawnSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${mkdtempSync(join(work, "profile-"))}`,
      `--screenshot=${pngPath}`,
      "--window-size=900,1200",
      pathToFileURL(htmlPath).href,
    ],
    { encoding: "utf8", timeout: 90_000 },
  );
  if (!existsSync(pngPath)) {
    throw new Error(`chromium wrote no screenshot (exit ${result.status}):\n${result.stderr}`);
  }
  return decodePng(readFileSync(pngPath));
}

describe.skipIf(!available)("the HTML transcript in headless Chromium", () => {
  it("renders as dark text on a light page", { timeout: 120_000 }, () => {
    const htmlPath = join(work, "transcript.html");
    writeFileSync(htmlPath, toHtml(playFixture().log, { title: FIXTURE_TITLE, timeZone: "UTC", withUndone: true }));
    const image = screenshot(htmlPath, join(work, "transcript.png"));
    expect([image.width, image.height]).toEqual([900, 1200]);
    const page = coverage(image, TEXT_AREA);
    expect(page.light).toBeGreaterThan(0.6);
    expect(page.dark).toBeGreaterThan(0.005);
    expect(page.inkedRows).toBeGreaterThan(150);
    expect(looksLikeTextOnLight(page)).toBe(true);
  });
});

describe("the screenshot check", () => {
  it("fails a blank page", () => {
    const blank: Image = { width: 900, height: 1200, pixels: new Uint8Array(900 * 1200 * 4).fill(255) };
    expect(looksLikeTextOnLight(coverage(blank, TEXT_AREA))).toBe(false);
  });

  it("fails a page that is all dark", () => {
    const pixels = new Uint8Array(900 * 1200 * 4);
    for (let i = 3; i < pixels.length; i += 4) pixels[i] = 255;
    expect(looksLikeTextOnLight(coverage({ width: 900, height: 1200, pixels }, TEXT_AREA))).toBe(false);
  });
});
