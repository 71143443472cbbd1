import { toPng, toSvg } from 'html-to-image';
import { downloadDataUrl, withInlinedFlowBands } from '../editor/export-image';

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
  const dataUrl = await withInlinedFlowBands(target, () => (format === 'png' ? toPng(target, options) : toSvg(target, options)));
  downloadDataUrl(dataUrl, `${fileBase}.${format}`);
  return dataUrl;
}
