import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';

// Images for tests, made here so no binary fixture sits in the repository: a signature as the
// intake screen's signature pad sends it (dark strokes on a transparent PNG) and a small JPEG.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG of `width` x `height` whose pixel colour comes from `paint`. */
export function pngOf(
  width: number,
  height: number,
  paint: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(paint(x, y), row + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Random pixels, which do not compress: the worst case for a size limit. */
export function noisePng(width: number, height: number): Buffer {
  const random = randomBytes(width * height * 3);
  return pngOf(width, height, (x, y) => {
    const at = (y * width + x) * 3;
    return [random[at], random[at + 1], random[at + 2], 255];
  });
}

/** A handwritten-looking stroke: two loops of a wave, 3 px thick, on transparency. */
export function signaturePng(seed = 0): Buffer {
  const width = 480;
  const height = 160;
  return pngOf(width, height, (x, y) => {
    const wave = 80 + 45 * Math.sin((x + seed) / 38) * Math.cos(x / 97);
    const loop = 80 + 30 * Math.cos((x + seed) / 21);
    const near = Math.min(Math.abs(y - wave), x > 140 && x < 330 ? Math.abs(y - loop) : 99);
    return near < 1.6 && x > 20 && x < width - 20 ? [20, 30, 90, 255] : [255, 255, 255, 0];
  });
}

/**
 * The smallest well-formed baseline JPEG header: SOI, a SOF0 frame of `width` x `height` and
 * EOI. Enough for the attachment checks, which read the frame; not a picture to look at.
 */
export function jpegHeader(width: number, height: number, padding = 0): Buffer {
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, 0, 0, 0, 0, 0x01, 0x01, 0x11, 0x00]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    Buffer.from([0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]),
    sof,
    Buffer.alloc(padding),
    Buffer.from([0xff, 0xd9]),
  ]);
}
