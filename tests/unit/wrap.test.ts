import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import wrapAnsi from "wrap-ansi";
import { loadWrapping, wrap } from "../../src/ui/style.js";

const storyDir = join(import.meta.dirname, "..", "..", "stories", "first-contact");

/**
 * Lines of the story's sources (one in seven: wrap-ansi takes about half a
 * millisecond a line), and runs of them joined as paragraphs.
 */
function storyText(): string[] {
  const lines = readdirSync(storyDir)
    .filter((f) => f.endsWith(".ink"))
    .flatMap((f) => readFileSync(join(storyDir, f), "utf8").split("\n"))
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i + 6 < lines.length; i += 97) joined.push(lines.slice(i, i + 6).join(" "));
  return [...lines.filter((_, i) => i % 7 === 0), ...joined];
}

const byWrapAnsi = (text: string, width: number) =>
  wrapAnsi(text, Math.max(10, width), { hard: true, trim: true, wordWrap: true });

describe("wrapping", () => {
  beforeAll(loadWrapping);

  it("breaks the story's lines exactly as wrap-ansi does, at every width", () => {
    const texts = storyText();
    expect(texts.length).toBeGreaterThan(800);
    let compared = 0;
    for (const width of [8, 33, 60, 78]) {
      for (const text of texts) {
        expect(wrap(text, width), `${width}: ${text}`).toBe(byWrapAnsi(text, width));
        compared++;
      }
    }
    expect(compared).toBe(texts.length * 4);
  });

  it("measures by display width what is not one column a character", () => {
    const cases = [
      "日本語のテキストは二つの列を使います そして 折り返し",
      "A drone 🤖 walks in. The emoji takes two columns here, and so on for a while.",
      "tabs\tand  double  spaces stay as wrap-ansi leaves them, whatever that is",
      "a word that is longer than the line: antidisestablishmentarianismantidisestablishment",
      "soft\u00adhyphen and zero\u200bwidth characters",
      "\u001b[1mbold\u001b[22m text with an escape code in it, which takes no columns at all",
      "  leading spaces, and trailing ones  ",
      "line one\nline two is a little longer than the first\r\nthird",
    ];
    for (const width of [10, 16, 24, 40]) {
      for (const text of cases) expect(wrap(text, width), `${width}: ${text}`).toBe(byWrapAnsi(text, width));
    }
    // Wide characters count twice: a line of them holds half as many.
    expect(wrap("日本 日本 日本 日本", 10).split("\n")[0]).toBe("日本 日本");
  });

  it("draws a menu of short one-column words without wrap-ansi, and loads it for one that needs it", async () => {
    vi.resetModules();
    const fresh = await import("../../src/ui/style.js");
    const wide = "日本 日本 日本 日本";
    await fresh.loadWrappingFor(
      fresh.menuTexts("Your choice", [{ label: "New game" }, { label: "Quit", hint: "Leave the game" }]),
    );
    // Not loaded: wide characters are counted as one column each.
    expect(fresh.wrap(wide, 10).split("\n")[0]).toBe("日本 日本 日本");
    await fresh.loadWrappingFor(fresh.menuTexts("Load which game?", [{ label: "Autosave", hint: wide }]));
    expect(fresh.wrap(wide, 10)).toBe(byWrapAnsi(wide, 10));
    // A word longer than the narrowest line needs wrap-ansi too (it breaks the word).
    vi.resetModules();
    const again = await import("../../src/ui/style.js");
    await again.loadWrappingFor(["antidisestablishmentarianism"]);
    expect(again.wrap("antidisestablishmentarianism", 10)).toBe(byWrapAnsi("antidisestablishmentarianism", 10));
  });
});
