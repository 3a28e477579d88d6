/**
 * Test helper: a small PNG decoder (8-bit greyscale, RGB or RGBA, not
 * interlaced: what Chromium writes for screenshots) and the "is there
 * rendered text on this page" check the HTML transcript test makes.
 */
import { inflateSync } from "node:zlib";

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row after row. */
  pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(file: Buffer): Image {
  if (!SIGNATURE.every((b, i) => file[i] === b)) throw new Error("not a PNG");
  let width = 0;
  let height = 0;
  let colorType = 0;
  const data: Buffer[] = [];
  for (let pos = 8; pos < file.length; ) {
    const length = file.readUInt32BE(pos);
    const type = file.toString("ascii", pos + 4, pos + 8);
    const body = file.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9] ?? 0;
      if (depth !== 8 || body[12] !== 0 || ![0, 2, 6].includes(colorType)) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${body[12]}`);
      }
    } else if (type === "IDAT") {
      data.push(body);
    } else if (type === "IEND") {
      break;
    }
    pos += 12 + length;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 1;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x] ?? 0;
      const left = x >= channels ? (rows[row + x - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[row - stride + x - channels] ?? 0) : 0;
      let out: number;
      switch (filter) {
        case 0:
          out = value;
          break;
        case 1:
          out = value + left;
          break;
        case 2:
          out = value + up;
          break;
        case 3:
          out = value + ((left + up) >> 1);
          break;
        case 4:
          out = value + paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      rows[row + x] = out & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let c = 0; c < 4; c++) {
      pixels[i * 4 + c] =
        c === 3
          ? channels === 4
            ? (rows[i * 4 + 3] ?? 255)
            : 255
          : (rows[i * channels + (channels === 1 ? 0 : c)] ?? 0);
    }
  }
  return { width, height, pixels };
}

function luminance(img: Image, i: number): number {
  const r = img.pixels[i * 4] ?? 0;
  const g = img.pixels[i * 4 + 1] ?? 0;
  const b = img.pixels[i * 4 + 2] ?? 0;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export interface InkCoverage {
  /** Share of pixels in the area that are dark (luminance below 96). */
  dark: number;
  /** Share of pixels in the area that are light (luminance above 200). */
  light: number;
  /** Rows in the area with at least a few dark pixels: lines of text show up as many such rows. */
  inkedRows: number;
}

/** Measures dark and light pixels in a rectangle of the image. */
export function coverage(img: Image, area: { x: number; y: number; width: number; height: number }): InkCoverage {
  let dark = 0;
  let light = 0;
  let inkedRows = 0;
  const x1 = Math.min(img.width, area.x + area.width);
  const y1 = Math.min(img.height, area.y + area.height);
  for (let y = area.y; y < y1; y++) {
    let rowDark = 0;
    for (let x = area.x; x < x1; x++) {
      const l = luminance(img, y * img.width + x);
      if (l < 96) rowDark++;
      else if (l > 200) light++;
    }
    dark += rowDark;
    if (rowDark >= 3) inkedRows++;
  }
  const total = Math.max(1, (x1 - area.x) * (y1 - area.y));
  return { dark: dark / total, light: light / total, inkedRows };
}

/**
 * True when the area looks like dark text on a light page: mostly light,
 * with a real but small share of dark pixels spread over many rows.
 */
export function looksLikeTextOnLight(c: InkCoverage): boolean {
  return c.light > 0.6 && c.dark > 0.005 && c.dark < 0.4 && c.inkedRows > 150;
}
