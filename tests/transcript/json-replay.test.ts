/**
 * JSON transcripts read back and replayed: the round trip to the same ink
 * state and text, a changed story reported at the turn where it parts, and
 * every kind of bad input refused with its own code.
 */
import { describe, expect, it } from "vitest";
import { keptEvents, type PlaythroughLog } from "../../src/log/index.js";
import {
  describeDivergence,
  logFromTranscript,
  MAX_TRANSCRIPT_BYTES,
  parseTranscript,
  replayTranscript,
  StoryMismatchError,
  TranscriptFormatError,
  toJson,
} from "../../src/transcript/index.js";
import {
  editedStory,
  FIXTURE_TITLE,
  fixedClock,
  fixtureStory,
  KEPT_PATH,
  playFixture,
  storyWithoutBackDoor,
} from "./support.js";

function keptText(log: PlaythroughLog): string[] {
  return keptEvents(log).flatMap((e) => (e.type === "text" ? [e.text] : []));
}

function refusal(text: string): TranscriptFormatError {
  try {
    parseTranscript(text);
  } catch (err) {
    if (err instanceof TranscriptFormatError) return err;
    throw err;
  }
  throw new Error("the transcript was accepted");
}

describe("the JSON round trip", () => {
  const story = fixtureStory();
  const played = playFixture(story);
  const json = toJson(played.log, { title: FIXTURE_TITLE });

  it("reads back the very log it was written from", () => {
    const t = parseTranscript(json);
    expect(t.story).toEqual({ id: "transcript-fixture", hash: story.hash, title: FIXTURE_TITLE });
    expect(logFromTranscript(t)).toEqual(played.log);
  });

  it("replays to the same ink state, the same text and the same ending", () => {
    const { session, report, storyChanged } = replayTranscript(parseTranscript(json), story, { clock: fixedClock() });
    expect(storyChanged).toBe(false);
    expect(report).toEqual({ applied: 4, total: 4, divergence: null });
    expect(session.snapshot()).toBe(played.snapshot());
    expect(keptText(session.log)).toEqual(keptText(played.log));
    expect(session.current.ended).toBe(true);
    expect(session.log.seed).toBe(7);
  });

  it("replays an unfinished game to the same waiting choice", () => {
    const unfinished = playFixture(story, { finish: false });
    const { session } = replayTranscript(parseTranscript(toJson(unfinished.log)), story);
    expect(session.snapshot()).toBe(unfinished.snapshot());
    expect(session.current.choices.map((c) => c.text)).toEqual([KEPT_PATH[3]]);
  });
});

describe("replay against a changed story", () => {
  const json = toJson(playFixture().log, { title: FIXTURE_TITLE });

  it("replays every choice when only the narration changed, and says the story changed", () => {
    const story = editedStory((s) => s.replace("the colour of weak tea", "the colour of old brass"));
    const { session, report, storyChanged } = replayTranscript(parseTranscript(json), story);
    expect(storyChanged).toBe(true);
    expect(report.divergence).toBeNull();
    expect(keptText(session.log)).toContain("The lights in sickbay have gone the colour of old brass.");
    expect(session.log.events.at(-1)).toMatchObject({ type: "meta", action: "migrated" });
  });

  it("reports the turn and the choice that no longer exists", () => {
    const story = storyWithoutBackDoor();
    const { session, report } = replayTranscript(parseTranscript(json), story);
    expect(report.applied).toBe(2);
    expect(report.divergence?.turn).toBe(2);
    expect(report.divergence?.wanted.text).toBe("Ask about the back door");
    expect(report.divergence?.offered.map((c) => c.text)).toEqual(["Order two whiskies"]);
    expect(describeDivergence(report)).toBe(
      "at turn 3, the choice “Ask about the back door” is no longer offered (now offered: “Order two whiskies”)",
    );
    // The rebuilt game waits where the paths part.
    expect(session.turnNumber).toBe(2);
    expect(session.current.choices.map((c) => c.text)).toEqual(["Order two whiskies"]);
  });

  it("refuses a transcript of another story", () => {
    const other = { ...fixtureStory(), id: "another-story" };
    expect(() => replayTranscript(parseTranscript(json), other)).toThrow(StoryMismatchError);
  });
});

describe("bad transcripts", () => {
  const json = toJson(playFixture().log);

  it("refuses malformed JSON", () => {
    expect(refusal(json.slice(0, -40)).code).toBe("not-json");
    expect(refusal("").code).toBe("not-json");
  });

  it("refuses JSON nested beyond reason without crashing", () => {
    expect(["not-json", "foreign"]).toContain(refusal(`${"[".repeat(200_000)}${"]".repeat(200_000)}`).code);
  });

  it("says “not a First Contact transcript” for foreign JSON", () => {
    for (const foreign of [
      "{}",
      "[]",
      '"text"',
      "42",
      "null",
      '{"format":"other"}',
      '{"name":"package","version":"1.0.0"}',
    ]) {
      const err = refusal(foreign);
      expect(err.code).toBe("foreign");
      expect(err.message).toBe("not a First Contact transcript");
    }
    // A save file is JSON from this game, but not a transcript.
    expect(refusal(JSON.stringify({ format: 1, game: "first-contact", log: JSON.parse(json) })).code).toBe("foreign");
  });

  it("rejects __proto__, constructor and prototype keys anywhere, and pollutes nothing", () => {
    const withProto = json.replace('"type": "text",', '"type": "text", "__proto__": { "polluted": true },');
    expect(withProto).not.toBe(json);
    expect(refusal(withProto).code).toBe("forbidden-key");
    expect(refusal(json.replace('"version": 1,', '"version": 1, "constructor": {"prototype": {"x": 1}},')).code).toBe(
      "forbidden-key",
    );
    expect(refusal('{"__proto__": {"polluted": true}}').code).toBe("forbidden-key");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a transcript from a newer version", () => {
    expect(refusal(json.replace('"version": 1,', '"version": 2,')).code).toBe("newer-version");
  });

  it("refuses damaged shapes, naming the field", () => {
    const cases: [string, string, string][] = [
      [
        '"type": "text",',
        '"type": "teleport",',
        'transcript.events[2].type: expected one of text, choices, choose, chapter, end, meta, found string "teleport"',
      ],
      ['"turn": 0,', '"turn": -1,', "transcript.events[0].turn: expected a whole number, found -1"],
      ['"undone": false,', '"undone": "no",', 'transcript.events[0].undone: expected true or false, found string "no"'],
      ['"seed": 7,', '"seed": "seven",', 'transcript.playthrough.seed: expected a number, found string "seven"'],
      [
        '"at": "2063-04-05T09:00:20.000Z"',
        '"at": "yesterday"',
        'transcript.events[0].at: expected an ISO 8601 time, found string "yesterday"',
      ],
      [
        '"action": "started"',
        '"action": "exploded"',
        'transcript.events[0].action: expected "started" or "saved" or "loaded" or "undone" or "migrated" or "settings" or "resumed", found string "exploded"',
      ],
      [
        '"action": "started"',
        '"action": "started", "toTurn": -1',
        "transcript.events[0].toTurn: expected a whole number, found -1",
      ],
      [
        '"action": "started"',
        '"action": "started", "detail": 5',
        "transcript.events[0].detail: expected text, found number 5",
      ],
      ['"logFormat": 1,', '"logFormat": 2,', "transcript.playthrough.logFormat: expected 1, found number 2"],
      ['"scene": "Holodeck 3",', '"scene": 3,', "transcript.summary.scene: expected text, found number 3"],
      ['"turns": 4,', '"turns": 4.5,', "transcript.summary.turns: expected a whole number, found 4.5"],
      ['"speaker: Crusher"', '"speaker: Crusher", 7', "transcript.events[3].tags[1]: expected text, found number 7"],
      ['"story": {', '"story": [], "was": {', "transcript.story: expected an object, found a list"],
    ];
    for (const [from, to, problem] of cases) {
      const damaged = json.replace(from, to);
      expect(damaged).not.toBe(json);
      const err = refusal(damaged);
      expect(err.code).toBe("bad-shape");
      expect(err.message).toBe(`this transcript is damaged: ${problem}`);
    }
    const t = JSON.parse(json);
    t.events = {};
    expect(refusal(JSON.stringify(t)).message).toBe(
      "this transcript is damaged: transcript.events: expected a list, found an object",
    );
    delete t.events;
    expect(refusal(JSON.stringify(t)).message).toBe("this transcript is damaged: transcript.events: missing");
    const u = JSON.parse(json);
    u.events[1] = [u.events[1]];
    expect(refusal(JSON.stringify(u)).message).toBe(
      "this transcript is damaged: transcript.events[1]: expected an object, found a list",
    );
  });

  it("keeps only the fields it knows", () => {
    const t = JSON.parse(json);
    t.extra = { x: 1 };
    t.story.extra = 1;
    t.playthrough.extra = 1;
    t.summary.extra = 1;
    for (const e of t.events) e.extra = 1;
    const read = parseTranscript(JSON.stringify(t));
    expect(read).toEqual(parseTranscript(json));
    expect(JSON.stringify(read)).not.toContain("extra");
  });

  it("refuses a transcript over the size limit before parsing it", () => {
    expect(refusal(" ".repeat(MAX_TRANSCRIPT_BYTES + 1)).code).toBe("too-large");
  });
});
