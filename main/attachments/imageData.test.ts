import { describe, expect, it } from 'vitest';
import { parseImage, PHOTO_LIMITS, SIGNATURE_LIMITS } from './imageData';
import { jpegHeader, noisePng, signaturePng } from '../testing/images';

const b64 = (data: Buffer) => data.toString('base64');
const errorOf = (text: string, limits = SIGNATURE_LIMITS) => {
  const result = parseImage(text, limits);
  return 'error' in result ? result.error : null;
};

describe('images at the boundary', () => {
  it('accepts the signature pad PNG, as a data URL or bare base64', () => {
    const png = signaturePng();
    for (const text of [`data:image/png;base64,${b64(png)}`, b64(png)]) {
      const image = parseImage(text, SIGNATURE_LIMITS);
      expect(image).toMatchObject({ mime: 'image/png', width: 480, height: 160 });
      expect('data' in image && image.data.equals(png)).toBe(true);
    }
  });

  it('accepts a JPEG by its frame header, and MIME-wrapped base64', () => {
    const jpeg = jpegHeader(4032, 3024);
    const wrapped = b64(jpeg).replace(/(.{16})/g, '$1\r\n');
    expect(parseImage(wrapped, PHOTO_LIMITS)).toMatchObject({
      mime: 'image/jpeg',
      width: 4032,
      height: 3024,
    });
  });

  it('refuses what is not base64, or nothing at all', () => {
    expect(errorOf('not base64 at all!')).toBe('Signature is not valid base64 data');
    expect(errorOf('QUJD=A==')).toBe('Signature is not valid base64 data');
    expect(errorOf('')).toBe('Signature is empty');
    expect(errorOf('data:image/png;base64,')).toBe('Signature is empty');
  });

  it('judges the type by the bytes, not by the label', () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(errorOf(b64(gif), PHOTO_LIMITS)).toBe('Photo is not a PNG or JPEG image');
    expect(errorOf(`data:image/png;base64,${b64(gif)}`)).toBe(
      'Signature is not a PNG or JPEG image',
    );
    expect(errorOf(`data:image/jpeg;base64,${b64(signaturePng())}`)).toBe(
      'Signature is labelled image/jpeg but its content is image/png',
    );
  });

  it('refuses a cut-off upload and absurd dimensions', () => {
    const png = signaturePng();
    expect(errorOf(b64(png.subarray(0, png.length - 20)))).toBe(
      'Signature is not a complete PNG image',
    );
    expect(errorOf(b64(Buffer.from([0xff, 0xd8, 0xff, 0xd9])), PHOTO_LIMITS)).toBe(
      'Photo is not a complete JPEG image',
    );
    expect(errorOf(b64(jpegHeader(20_000, 10)), PHOTO_LIMITS)).toBe(
      'Photo is 20000 x 10 pixels; each side must be 1 to 10000',
    );
  });

  it('refuses an image over the limit, before decoding a huge one', () => {
    const noise = noisePng(160, 150); // about 70 KB: random pixels do not compress
    expect(noise.length).toBeGreaterThan(64 * 1024);
    expect(errorOf(b64(noise))).toMatch(
      /^Signature is (about )?\d\d KB; at most 64 KB is accepted$/,
    );
    expect(errorOf('A'.repeat(40_000_000), PHOTO_LIMITS)).toBe(
      'Photo is about 28.6 MB; at most 5.0 MB is accepted',
    );
  });
});
