/** The one word counter: what the verifier's and the story walk's figures count. */
import { describe, expect, it } from "vitest";
import { countWords } from "../../src/text/words.js";

describe("countWords", () => {
  it("counts a dash standing alone as punctuation, not a word", () => {
    expect(countWords("He waits — then runs.")).toBe(4);
    expect(countWords("Wait … what?")).toBe(2);
  });

  it("counts words in any script, and words joined by punctuation once", () => {
    expect(countWords("Zefram Cochrane, née Montana—Bozeman")).toBe(4);
    expect(countWords("Ça va? Straße 2063")).toBe(4);
    expect(countWords("first-contact 9:30 \u{1d400}lpha")).toBe(3);
  });

  it("counts nothing in white space and punctuation", () => {
    expect(countWords("")).toBe(0);
    expect(countWords(" \t\n\u00a0 — ... ")).toBe(0);
  });
});
