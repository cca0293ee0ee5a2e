// A chart leaves the dashboard as a PNG image (issue 10, item 4): its SVG is copied with the
// theme's colours written in (Mantine charts paint with CSS variables, which a lone SVG image
// cannot resolve), drawn on a white canvas at twice its size, and downloaded.

const VAR = /var\((--[\w-]+)\)/g;

/** Writes the computed value of every CSS variable an attribute uses into the copy. */
function resolveColours(copy: Element, original: Element): void {
  const style = getComputedStyle(original);
  for (const attr of ['fill', 'stroke', 'stop-color', 'color', 'style']) {
    const value = copy.getAttribute(attr);
    if (value?.includes('var(')) {
      copy.setAttribute(
        attr,
        value.replace(
          VAR,
          (_, name: string) => style.getPropertyValue(name).trim() || 'currentColor',
        ),
      );
    }
  }
  const kids = original.children;
  Array.from(copy.children).forEach((child, i) => resolveColours(child, kids[i]));
}

/** The chart's SVG as a standalone document. */
export function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 300));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  resolveColours(copy, svg);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves the first chart inside `container` as `fileName` (PNG, white background, 2x). */
export async function exportChartPng(container: HTMLElement, fileName: string): Promise<void> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new Error('There is no chart to save yet.');
  const { text, width, height } = standaloneSvg(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('The chart could not be drawn.');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.scale(2, 2);
    g.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No PNG'))), 'image/png'),
    );
    download(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
