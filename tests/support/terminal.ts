/**
 * The rich renderer on a fake terminal: enquirer reads keys only from a
 * terminal, so the input says it is one (raw mode a no-op); keys are written
 * to `input`, and everything drawn is kept in `out()`.
 */
import { PassThrough } from "node:stream";
import { makePalette } from "../../src/ui/palette.js";
import { RichRenderer } from "../../src/ui/rich.js";

export function richOnFakeTerminal(columns = 60) {
  const input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { columns, rows: 200 });
  let written = "";
  output.on("data", (d) => {
    written += d.toString();
  });
  const r = new RichRenderer({ input, output }, { palette: makePalette(0) });
  return { r, input, out: () => written };
}
