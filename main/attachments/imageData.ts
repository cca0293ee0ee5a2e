import { z } from 'zod';

// Images arrive over the bridge as base64 (the signature pad's canvas.toDataURL(), a webcam
// frame, a file picked at the desk). They are checked once, here at the boundary: real base64,
// a PNG or JPEG by its own bytes (not by what the sender claims), a whole image with sane
// dimensions, and under the kind's size limit, so nothing broken reaches the disk or the
// receipt's PDF renderer.

export const IMAGE_MIMES = ['image/png', 'image/jpeg'] as const;
export type ImageMime = (typeof IMAGE_MIMES)[number];

export type ImageData = { data: Buffer; mime: ImageMime; width: number; height: number };

export type ImageLimits = {
  /** What the clerk calls it in an error: "Photo", "Signature". */
  label: string;
  maxBytes: number;
  /** Longest side in pixels; a bigger picture is a mistake or an attack, not a unit photo. */
  maxSide: number;
};

/** Photos of the unit: a phone camera's full-size JPEG fits. */
export const PHOTO_LIMITS: ImageLimits = {
  label: 'Photo',
  maxBytes: 5 * 1024 * 1024,
  maxSide: 10_000,
};
/**
 * The signature pad's image. It is embedded in every receipt, which must stay under 150 KB
 * (issue 3) with up to about 80 KB of Chinese text and fonts; a pad's PNG of a signature is
 * 5-40 KB at 1-2x pixel ratio. The sides allow a wide pad on a 3x screen.
 */
export const SIGNATURE_LIMITS: ImageLimits = {
  label: 'Signature',
  maxBytes: 64 * 1024,
  maxSide: 4000,
};

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DATA_URL = /^data:([a-z/+.-]+);base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** Width and height from the IHDR chunk, or null when the PNG is not whole. */
function pngSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 8 + 25 + 12 || data.toString('latin1', 12, 16) !== 'IHDR') return null;
  // A truncated upload loses its end: the last chunk of a whole PNG is IEND.
  if (data.toString('latin1', data.length - 8, data.length - 4) !== 'IEND') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Width and height from the first SOF marker, or null when there is none. */
function jpegSize(data: Buffer): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    // SOF0-SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    if (marker === 0xda || length < 2) return null; // image data before any frame header
    at += 2 + length;
  }
  return null;
}

function sniff(data: Buffer): ImageMime | null {
  if (data.subarray(0, 8).equals(PNG_MAGIC)) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Checks one base64 image; returns the decoded image or the clerk-readable reason it is refused. */
export function parseImage(text: string, limits: ImageLimits): ImageData | { error: string } {
  const { label, maxBytes, maxSide } = limits;
  const declared = DATA_URL.exec(text);
  const payload = (declared ? text.slice(declared[0].length) : text).replace(/[\r\n]/g, '');
  // Refuse an oversized upload before decoding it (4 base64 characters carry 3 bytes).
  if (payload.length > Math.ceil(maxBytes / 3) * 4 + 4) {
    return {
      error: `${label} is about ${sizeText(Math.floor((payload.length * 3) / 4))}; at most ${sizeText(maxBytes)} is accepted`,
    };
  }
  if (payload.length === 0) return { error: `${label} is empty` };
  if (payload.length % 4 !== 0 || !BASE64.test(payload)) {
    return { error: `${label} is not valid base64 data` };
  }
  const data = Buffer.from(payload, 'base64');
  if (data.length > maxBytes) {
    return {
      error: `${label} is ${sizeText(data.length)}; at most ${sizeText(maxBytes)} is accepted`,
    };
  }
  const mime = sniff(data);
  if (mime === null) return { error: `${label} is not a PNG or JPEG image` };
  if (declared && declared[1].toLowerCase() !== mime) {
    return { error: `${label} is labelled ${declared[1]} but its content is ${mime}` };
  }
  const size = mime === 'image/png' ? pngSize(data) : jpegSize(data);
  if (size === null) {
    return { error: `${label} is not a complete ${mime === 'image/png' ? 'PNG' : 'JPEG'} image` };
  }
  if (size.width < 1 || size.height < 1 || size.width > maxSide || size.height > maxSide) {
    return {
      error: `${label} is ${size.width} x ${size.height} pixels; each side must be 1 to ${maxSide}`,
    };
  }
  return { data, mime, ...size };
}

/** The boundary schema: base64 (or a data URL) in, a checked image out, errors on the field. */
export function imageSchema(limits: ImageLimits) {
  return z.string().transform((text, ctx): ImageData => {
    const image = parseImage(text, limits);
    if ('error' in image) {
      ctx.addIssue({ code: 'custom', message: image.error });
      return z.NEVER;
    }
    return image;
  });
}
