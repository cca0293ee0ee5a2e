// pdfmake wraps text but never shortens it, and a label printer has no second page: text that
// must stay on one line is cut to the width available, with an ellipsis so nobody mistakes a
// cut serial or model for the whole one.
//
// Widths are Noto Sans TC Bold's advances for printable ASCII (units per em: 1000), the wider
// of the two weights, so a cut measured here fits in either. Every other character (CJK, full
// width punctuation, accented Latin) is counted as a full em, which is exact for CJK and
// generous for the rest: the estimate may cut a little early, never overflow.
const ASCII_ADVANCES = [
  227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590,
  590, 590, 590, 590, 590, 590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615,
  585, 717, 757, 330, 568, 686, 578, 853, 749, 770, 667, 770, 682, 624, 625, 748, 619, 915, 627,
  580, 613, 378, 387, 378, 590, 567, 626, 591, 644, 527, 644, 581, 372, 597, 640, 304, 306, 604,
  315, 964, 641, 626, 644, 644, 437, 495, 421, 637, 576, 863, 562, 574, 511, 378, 296, 378, 590,
];
const FULL_EM = 1000;
const ELLIPSIS = '…';

function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code >= 32 && code < 127 ? ASCII_ADVANCES[code - 32] : FULL_EM;
}

/** The printed width of `text` in points at `fontSize` (an upper bound outside ASCII). */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) units += advance(char);
  return (units * fontSize) / 1000;
}

/** `text` on one line no wider than `maxWidth` points, cut with an ellipsis when it is not. */
export function ellipsize(text: string, fontSize: number, maxWidth: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (textWidth(oneLine, fontSize) <= maxWidth) return oneLine;
  const budget = (maxWidth * 1000) / fontSize - FULL_EM;
  let units = 0;
  let out = '';
  for (const char of oneLine) {
    units += advance(char);
    if (units > budget) break;
    out += char;
  }
  return out.trimEnd() + ELLIPSIS;
}

/**
 * The largest size from `maxSize` down to `minSize` (half points) at which `text` fits on one
 * line, and the text cut to fit at `minSize` when none does. For a serial number, where a
 * smaller font beats a cut one.
 */
export function shrinkToFit(
  text: string,
  maxSize: number,
  minSize: number,
  maxWidth: number,
): { text: string; fontSize: number } {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  for (let size = maxSize; size >= minSize; size -= 0.5) {
    if (textWidth(oneLine, size) <= maxWidth) return { text: oneLine, fontSize: size };
  }
  return { text: ellipsize(oneLine, minSize, maxWidth), fontSize: minSize };
}
