/**
 * What each transcript says, beyond the goldens: the kept path and the
 * rewind marker, abandoned branches when asked, the header, wrapping by
 * display width, time zones, and escaping of hostile story text.
 */
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import type { LogEvent, PlaythroughLog } from "../../src/log/index.js";
import { escapeMarkdown, toHtml, toMarkdown, toText } from "../../src/transcript/index.js";
import { FIXTURE_TITLE, playFixture } from "./support.js";

const base = { title: FIXTURE_TITLE, timeZone: "UTC" };

/** A hand-made log, for text the fixture story cannot carry. */
function syntheticLog(lines: { text: string; tags?: string[] }[], extra: LogEvent[] = []): PlaythroughLog {
  const at = "2063-04-05T09:00:00.000Z";
  return {
    format: 1,
    id: "synthetic",
    storyId: "synthetic-story",
    storyHash: "0".repeat(64),
    seed: 1,
    startedAt: at,
    events: [
      { type: "meta", action: "started", turn: 0, at },
      ...lines.map((l): LogEvent => ({ type: "text", text: l.text, tags: l.tags ?? [], turn: 0, at })),
      ...extra,
    ],
  };
}

describe("the kept path", () => {
  const log = playFixture().log;

  it("leaves out the abandoned turns and marks where the player went back", () => {
    const text = toText(log, { ...base, width: 0 });
    expect(text).not.toContain("The tube is a throat of warm rungs.");
    expect(text).not.toContain("You chose: Go back down");
    const rewind = text.indexOf("— you went back 2 turns (09:08) —");
    expect(rewind).toBeGreaterThan(text.indexOf("Wide words wrap by display width"));
    expect(rewind).toBeLessThan(text.indexOf("> You chose: Head for the holodeck"));
  });

  it("notes saves with their times", () => {
    const text = toText(log, { ...base, width: 0 });
    expect(text).toContain("(saved to slot “holodeck”, 09:12)");
    expect(toMarkdown(log, base)).toContain("_(saved to slot “holodeck” · 09:12)_");
    expect(toHtml(log, base)).toContain('<p class="note note-saved">saved to slot “holodeck” · 09:12</p>');
  });

  it("includes the abandoned branch, marked, only when asked", () => {
    const text = toText(log, { ...base, width: 0, withUndone: true });
    expect(text).toContain("| ABANDONED BRANCH: the player went back, so this did not happen");
    expect(text).toContain("| The tube is a throat of warm rungs.");
    expect(text).toContain("| > You chose: Go back down");
    expect(text.indexOf("| The tube")).toBeLessThan(text.indexOf("— you went back 2 turns"));
    expect(toMarkdown(log, { ...base, withUndone: true })).toContain("> The tube is a throat of warm rungs.");
    const html = toHtml(log, { ...base, withUndone: true });
    const branch = html.slice(html.indexOf('<section class="branch">'), html.indexOf("</section>"));
    expect(branch).toContain("The tube is a throat of warm rungs.");
    expect(toHtml(log, base)).not.toContain("The tube is a throat");
  });

  it("has a header with the title, start, play time, turns and ending", () => {
    const text = toText(log, { ...base, width: 0 });
    expect(text.split("\n").slice(0, 8)).toEqual([
      "THE LONG NIGHT ON DECK 16",
      "A transcript of one playthrough",
      "",
      "Started:   2063-04-05 09:00 UTC",
      "Play time: 13 min",
      "Turns:     4",
      "Ending:    Side by Side",
      expect.stringMatching(/^Story: {5}transcript-fixture \(version [0-9a-f]{12}\)$/),
    ]);
  });

  it("names the ending by the title the story gives it, from the log or from the story's table", () => {
    expect(toText(log, { ...base, width: 0 })).toContain("== THE END: SIDE BY SIDE ==");
    expect(toMarkdown(log, base)).toContain("## The end: Side by Side");
    const at = "2063-04-05T09:05:00.000Z";
    const bare = syntheticLog(
      [{ text: "It is over.", tags: ["ending: ending_quiet"] }],
      [{ type: "end", ending: "ending_quiet", turn: 0, at }],
    );
    const untitled = toText(bare, { ...base, width: 0 });
    expect(untitled).toContain("== THE END ==");
    expect(untitled).not.toContain("ending_quiet");
    const titled = toText(bare, { ...base, width: 0, endings: { ending_quiet: { title: "Quiet", hint: null } } });
    expect(titled).toContain("== THE END: QUIET ==");
    expect(titled).toContain("Ending:    Quiet");
  });

  it("says what is to come when the game stopped at a placeholder, in every format", () => {
    const at = "2063-04-05T09:05:00.000Z";
    const log = syntheticLog(
      [{ text: "The tube climbs on into the dark.", tags: ["placeholder: Chapter Three"] }],
      [{ type: "end", ending: null, turn: 0, at }],
    );
    const fact = "none yet: to be continued (Chapter Three, not written yet)";
    expect(toText(log, { ...base, width: 0 })).toContain(`Ending:    ${fact}`);
    expect(toMarkdown(log, base)).toContain(`- **Ending:** ${escapeMarkdown(fact)}`);
    expect(toHtml(log, base)).toContain(fact);
  });

  it("shows an unfinished game waiting at its choices, with no ending", () => {
    const log = playFixture(undefined, { finish: false }).log;
    const text = toText(log, { ...base, width: 0 });
    expect(text).toContain("Ending:    not reached yet");
    expect(text).toContain("\nThe story waits here. On offer:\n  1. Walk out together\n");
    expect(text).not.toContain("THE END");
    expect(toHtml(log, base)).toContain("<li>Walk out together</li>");
  });

  it("gives Markdown a heading per chapter and sets the choices apart", () => {
    const md = toMarkdown(log, base);
    expect(md).toContain("\n## Chapter One: Sickbay\n");
    expect(md).toContain("\n## Chapter Two: The Holonovel\n");
    expect(md).toContain("\n> **You chose:** Ask about the back door  \n> _Also offered:_ Order two whiskies\n");
  });

  it("puts the noir holonovel, and only it, in a noir passage", () => {
    const html = toHtml(log, base);
    const start = html.indexOf('<div class="passage noir">');
    const noir = html.slice(start, html.indexOf('<h3 class="scene">Holodeck 3</h3>'));
    expect(noir.trimEnd().endsWith("</div>")).toBe(true);
    expect(noir).toContain("Club Tangier at a quarter to midnight");
    expect(noir).toContain("The bartender nods toward a curtain");
    expect(noir).not.toContain("grey grid lines");
    expect(html.match(/class="passage noir"/g)).toHaveLength(1);
  });
});

describe("wrapping", () => {
  const log = playFixture().log;

  it.each([20, 33, 60, 100])("keeps every line within %i columns of display width", (width) => {
    for (const withUndone of [false, true]) {
      const lines = toText(log, { ...base, width, withUndone }).split("\n");
      const over = lines.filter((l) => stringWidth(l) > width);
      expect(over).toEqual([]);
    }
  });

  it("wraps wide characters by how wide they show, not how many there are", () => {
    const text = toText(syntheticLog([{ text: "接触 ".repeat(20).trim() }]), { width: 20 });
    const body = text.split("=".repeat(20))[1]?.trim().split("\n") ?? [];
    expect(body.length).toBeGreaterThan(3);
    for (const l of body) expect(stringWidth(l)).toBeLessThanOrEqual(20);
  });

  it("leaves each line whole with width 0", () => {
    const text = toText(log, { ...base, width: 0 });
    expect(text).toContain('\n"Two hyposprays, one tricorder, no idea where my other shoe is," Tolland says.\n');
  });
});

describe("times", () => {
  it("shows times in the zone asked for, and falls back to UTC for an unknown zone", () => {
    const log = playFixture().log;
    expect(toText(log, { ...base, timeZone: "Asia/Tokyo" })).toContain("Started:   2063-04-05 18:00 Asia/Tokyo");
    expect(toText(log, { ...base, timeZone: "Asia/Tokyo" })).toContain("(saved to slot “holodeck”, 18:12)");
    expect(toText(log, { ...base, timeZone: "Not/AZone" })).toContain("Started:   2063-04-05 09:00 UTC");
  });
});

describe("hostile story text", () => {
  const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  const log = syntheticLog(
    [
      { text: `Line ${hostile}`, tags: [`speaker: ${hostile}`, `scene: ${hostile}`, `chapter: ${hostile}`] },
      { text: "red \u001b[31malert\u001b[0m and a bell\u0007 and \u009b31m" },
    ],
    [
      {
        type: "choices",
        turn: 0,
        at: "2063-04-05T09:00:00.000Z",
        choices: [{ index: 0, text: hostile, target: "x" }],
      },
      { type: "meta", action: "saved", detail: hostile, turn: 0, at: "2063-04-05T09:00:00.000Z" },
    ],
  );

  it("escapes everything in HTML: title, speakers, scenes, lines, choices, notes", () => {
    const html = toHtml(log, { title: hostile });
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain('data-speaker="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('class="line speech speaker-img-src-x-onerror-alert-1-script-alert-2-script');
  });

  it("has no scripts and no external assets, and forbids both", () => {
    const html = toHtml(playFixture().log, base);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain("@media print");
    expect(html).toContain("@media (prefers-color-scheme: dark)");
  });

  it("removes terminal control characters from every format", () => {
    for (const out of [toText(log), toMarkdown(log), toHtml(log)]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters in the output.
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(toText(log)).toContain("red [31malert[0m and a bell and 31m");
  });

  it("keeps Markdown markup in the story as prose", () => {
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("- nor this")).toBe("\\- nor this");
    expect(escapeMarkdown("*bold* _it_ `code` [link](x) <b>")).toBe(
      "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) &lt;b&gt;",
    );
    const md = toMarkdown(log, { title: hostile });
    expect(md).not.toMatch(/<img|<script/);
  });
});
