import { toPng, toSvg } from 'html-to-image';

/** Device pixels per CSS pixel of an exported picture: sharp on projectors and retina screens. */
export const PRESENTATION_PIXEL_RATIO = 2;

/** Downloads what the presentation canvas shows, as PNG (at twice the resolution) or SVG. */
export async function exportSlide(root: HTMLElement, format: 'png' | 'svg', fileBase: string): Promise<string> {
  const target = root.querySelector<HTMLElement>('.react-flow');
  if (!target) throw new Error('Nothing to export');
  const options = {
    pixelRatio: PRESENTATION_PIXEL_RATIO,
    backgroundColor: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff',
    // Zoom buttons and the mini map are controls, not part of the picture.
    filter: (el: HTMLElement) => !el.classList?.contains('react-flow__controls') && !el.classList?.contains('react-flow__minimap'),
  };
  // The flow bands are styled by class; html-to-image drops those SVG styles (black fills), so
  // they are written onto the paths for the length of the export.
  const bands = [...target.querySelectorAll<SVGPathElement>('.sim-flow')];
  for (const b of bands) {
    const css = getComputedStyle(b);
    b.setAttribute('fill', 'none');
    b.setAttribute('stroke-opacity', css.strokeOpacity);
    b.setAttribute('stroke-linecap', css.strokeLinecap);
  }
  let dataUrl: string;
  try {
    dataUrl = format === 'png' ? await toPng(target, options) : await toSvg(target, options);
  } finally {
    for (const b of bands) ['fill', 'stroke-opacity', 'stroke-linecap'].forEach((a) => b.removeAttribute(a));
  }
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = `${fileBase}.${format}`;
  a.click();
  return dataUrl;
}
