// The explicit Node build: bundlers resolving with browser or electron conditions would
// otherwise pick the canvas build, which cannot encode PNG.
import bwipjs from 'bwip-js/node';

// Reference numbers are printed as Code 128 so the counter can scan a receipt instead of
// typing it. Rendered as a PNG with a white background at a scale a 203 dpi label printer
// and an office laser both resolve; the human-readable text is printed by the template.

/**
 * A Code 128 barcode of `text` as a PNG data URL, for a pdfmake `image`. `heightMm` is the bar
 * height before the template scales the image; a small label wants shorter bars for its width.
 */
export async function code128DataUrl(
  text: string,
  options: { heightMm?: number } = {},
): Promise<string> {
  const png = await bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: 3,
    height: options.heightMm ?? 12,
    backgroundcolor: 'FFFFFF',
    paddingwidth: 4,
    paddingheight: 2,
  });
  return `data:image/png;base64,${png.toString('base64')}`;
}
