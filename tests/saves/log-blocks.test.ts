/**
 * Save format 3: the log's events packed into compressed blocks. A save
 * reads back exactly as it was written, however many blocks its log takes;
 * a full block is packed once for all later saves of the playthrough; a
 * damaged or hostile block is refused with the file named.
 */
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseSave, serializeSave } from "../../src/saves/index.js";
import { fixtureStory, saveOf } from "./support.js";

const story = fixtureStory("base");

/** A save whose log is long enough to take several blocks (each line of text a few hundred characters). */
function longSave() {
  const save = saveOf(story, ["Hold the door", "Check the core", "Walk the deck"]);
  const events = [...save.log.events];
  for (let i = 0; i < 1500; i++) {
    events.push({
      type: "text",
      text: `Line ${i}: ${"the warp core hums ".repeat(12)}`,
      tags: [],
      turn: 3,
      at: save.savedAt,
    });
  }
  return { ...save, log: { ...save.log, events } };
}

describe("save format 3", () => {
  it("reads back exactly the save that was written, over several blocks", () => {
    const save = longSave();
    const text = serializeSave(save).toString("utf8");
    const file = JSON.parse(text);
    expect(file.format).toBe(3);
    expect(file.log.events).toEqual([]);
    expect(file.state).toBeUndefined();
    expect(typeof file.packedState).toBe("string");
    expect(file.logBlocks.length).toBeGreaterThan(2);
    expect(parseSave(text, "long.json")).toEqual(save);
    // Packed, the prose takes a fraction of its size.
    expect(text.length).toBeLessThan(JSON.stringify(save).length / 3);
  });

  it("packs a full block once: later saves of the same playthrough reuse it", () => {
    const save = longSave();
    const first = JSON.parse(serializeSave(save).toString("utf8")).logBlocks as string[];
    // Events never change once written; were a full block packed again, this change would show in it.
    (save.log.events[5] as { text: string }).text = "changed";
    save.log.events.push({ type: "meta", action: "saved", turn: 3, at: save.savedAt });
    const second = JSON.parse(serializeSave(save).toString("utf8")).logBlocks as string[];
    expect(second[0]).toBe(first[0]);
    expect(second.at(-1)).not.toBe(first.at(-1));
  });

  it("takes events from the log itself after the blocks' (a save written by hand or by a tool)", () => {
    const save = saveOf(story, ["Hold the door"]);
    const file = JSON.parse(serializeSave(save).toString("utf8"));
    file.log.events = [{ type: "meta", action: "saved", turn: 1, at: save.savedAt }];
    const read = parseSave(JSON.stringify(file), "x.json");
    expect(read.log.events).toEqual([...save.log.events, file.log.events[0]]);
  });

  it("refuses a block that is not packed, or holds a forbidden key, naming the file and the block", () => {
    const file = JSON.parse(serializeSave(saveOf(story, ["Hold the door"])).toString("utf8"));
    const broken = { ...file, logBlocks: [...file.logBlocks, "not base64 deflate!"] };
    expect(() => parseSave(JSON.stringify(broken), "b.json")).toThrow(
      /^b\.json is damaged: logBlocks\[1\]: not a packed text/,
    );
    const hostile = deflateRawSync(Buffer.from('[{"type":"meta","__proto__":{"x":1}}]')).toString("base64");
    expect(() => parseSave(JSON.stringify({ ...file, logBlocks: [hostile] }), "h.json")).toThrow(
      /^h\.json is refused: logBlocks\[0\]: it contains the forbidden key/,
    );
    expect(() => parseSave(JSON.stringify({ ...file, logBlocks: "x" }), "n.json")).toThrow(
      /logBlocks: expected a list/,
    );
    expect(() => parseSave(JSON.stringify({ ...file, packedState: 5 }), "s.json")).toThrow(
      /^s\.json is damaged: packedState: expected a packed text/,
    );
  });
});
