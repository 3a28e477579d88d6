/**
 * Counting words.
 *
 * Owns: what a word is, for every figure the game reports (the verifier's
 * words per run and words of prose, the story walk's words seen): a run of
 * characters between white space that holds at least one letter or digit,
 * in any script. A dash or an ellipsis standing alone is punctuation, not a
 * word: "He waits — then runs." is four words. Pure; fast on ASCII, which
 * is most of what it reads.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** The number of words in `text`. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let space: boolean;
    let wordy: boolean;
    if (c < 128) {
      space = c === 32 || (c >= 9 && c <= 13);
      wordy = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    } else {
      const cp = text.codePointAt(i) as number;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      space = SPACE.test(ch);
      wordy = !space && LETTER_OR_DIGIT.test(ch);
    }
    if (space) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (wordy && !counted) {
      counted = true;
      n++;
    }
  }
  return n;
}
