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

  it("counts nesting outside strings only, whatever the strings hold", () => {
    const deep = (n: number, inner = "1") => "[".repeat(n) + inner + "]".repeat(n);
    expect(readUntrustedJson(deep(16), limits)).toBeDefined();
    expect(() => readUntrustedJson(deep(17), limits)).toThrow(expect.objectContaining({ problem: "too-deep" }));
    // Brackets, escaped quotes and runs of backslashes inside strings are text, not nesting.
    for (const inner of ['"[[[[[[[[[[[[[[[[[["', '"a \\\\"', '"\\\\\\"[[[[[[[[[[[[[[[[[[[["', '"x\\\\\\\\"']) {
      expect(readUntrustedJson(deep(16, inner), limits), inner).toBeDefined();
    }
    // A string that ends in an escaped backslash closes, and the brackets after it count.
    expect(() => readUntrustedJson(`["\\\\",${deep(16)}]`, limits)).toThrow(
      expect.objectContaining({ problem: "too-deep" }),
    );
    expect(() => readUntrustedJson('["never closed', limits)).toThrow(expect.objectContaining({ problem: "not-json" }));
  });
});
