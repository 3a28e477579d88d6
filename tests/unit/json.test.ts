import { describe, expect, it } from "vitest";
import { readUntrustedJson } from "../../src/text/json.js";

const limits = { maxBytes: 1024 * 1024, maxDepth: 16 };

describe("untrusted JSON", () => {
  it("refuses a forbidden key, spelled out or escaped", () => {
    for (const text of [
      '{"a":[{"__proto__":{"x":1}}]}',
      '{"a":[{"\\u005f_proto__":{"x":1}}]}',
      '{"constructor":1}',
      '{"b":{"protot\\u0079pe":1}}',
    ]) {
      expect(() => readUntrustedJson(text, limits), text).toThrow(
        expect.objectContaining({ problem: "forbidden-key" }),
      );
    }
  });

  it("reads text that only mentions such words in values", () => {
    expect(readUntrustedJson('{"text":"the constructor of the prototype"}', limits)).toEqual({
      text: "the constructor of the prototype",
    });
  });
});
