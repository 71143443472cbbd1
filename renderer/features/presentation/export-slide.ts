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
  const dataUrl = format === 'png' ? await toPng(target, options) : await toSvg(target, options);
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = `${fileBase}.${format}`;
  a.click();
  return dataUrl;
}
