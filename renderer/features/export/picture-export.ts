import type { JourneyBody } from '../../../shared/model';
import {
  renderJourneySvg,
  simFigures,
  type RenderedJourney,
  type RenderTheme,
} from '../../../shared/render';
import { useSimulationStore } from '../../stores/simulation-store';
import { useWorkspaceStore } from '../settings/workspace-store';

/** PNG scales offered; 2× is sharp on projectors and retina screens. */
export const PNG_SCALES = [1, 2, 3, 4] as const;
export const DEFAULT_PNG_SCALE = 2;

/** Chromium's canvas limits (per side and area): a bigger picture is drawn at a smaller scale. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

/** The app's current theme (it follows the system's light or dark setting). */
export function currentTheme(): RenderTheme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

export interface PictureOptions {
  highlightId?: string | null;
  title?: string;
  theme?: RenderTheme;
}

/** The journey drawn by the shared vector renderer, with the simulation's figures when a run is shown. */
export function journeyPicture(
  body: Parameters<typeof renderJourneySvg>[0],
  options: PictureOptions = {},
): RenderedJourney {
  const { result, day } = useSimulationStore.getState();
  return renderJourneySvg(body, {
    theme: options.theme ?? currentTheme(),
    sim: result ? simFigures(result, day) : null,
    highlightId: options.highlightId,
    title: options.title,
    workspace: useWorkspaceStore.getState().workspace,
  });
}

/** The largest scale up to `wanted` that a canvas can hold for a picture of this size. */
export function fittingScale(width: number, height: number, wanted: number): number {
  return Math.min(
    wanted,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_AREA / (width * height)),
  );
}

/** Rasterises an SVG in the browser (an <img> of the SVG drawn on a canvas) at `scale`. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the journey's name (characters file systems refuse are dropped). */
export const pictureFileName = (name: string, format: 'png' | 'svg') =>
  `${name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'journey'}.${format}`;

/** Exports the whole journey (not just what is in view) as SVG, or as PNG at `scale` (2× by default). */
export async function exportJourneyPicture(
  format: 'png' | 'svg',
  body: Pick<JourneyBody, 'nodes' | 'edges'>,
  name: string,
  options: PictureOptions & { scale?: number } = {},
): Promise<void> {
  if (body.nodes.length === 0) throw new Error('Nothing to export: the journey has no nodes');
  const picture = journeyPicture(body, { title: name, ...options });
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${picture.svg}`;
  const blob =
    format === 'svg'
      ? new Blob([svg], { type: 'image/svg+xml' })
      : await svgToPng(
          picture.svg,
          picture.width,
          picture.height,
          fittingScale(picture.width, picture.height, options.scale ?? DEFAULT_PNG_SCALE),
        );
  downloadBlob(blob, pictureFileName(name, format));
}
