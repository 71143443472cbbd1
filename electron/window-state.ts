import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './core/store/atomic-file';

/** The main window's size, position and maximized flag, as saved between sessions in userData. */
export const WindowState = z.object({
  schemaVersion: z.literal(1).default(1),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = {
  schemaVersion: 1,
  width: 1400,
  height: 900,
  maximized: false,
};
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
/** How much of the title bar must land on a display for the saved position to be kept. */
const MIN_VISIBLE = 64;

/** The saved state, or null when there is none or it cannot be trusted (a bad file only costs the default size). */
export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the state atomically, so a crash mid-write never leaves a half file. */
export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(WindowState.parse(state), null, 2)}\n`);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits a saved state to the displays present now (work areas, primary first): the size is clamped to the
 * display the window lands on, and a window whose title bar would be off every display (an unplugged monitor)
 * loses its position so the OS centers it on the primary display.
 */
export function fitToDisplays(state: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const saved = state ?? DEFAULT_WINDOW_STATE;
  const primary = workAreas[0];
  if (!primary) return saved;
  const hasPosition = saved.x !== undefined && saved.y !== undefined;
  const titleBar: Rect = {
    x: saved.x ?? 0,
    y: saved.y ?? 0,
    width: saved.width,
    height: Math.min(saved.height, MIN_VISIBLE),
  };
  const home = hasPosition
    ? workAreas.find((area) => {
        const o = overlap(titleBar, area);
        return o.width >= MIN_VISIBLE && o.height > 0;
      })
    : undefined;
  const area = home ?? primary;
  const width = Math.max(
    Math.min(saved.width, area.width),
    Math.min(MIN_WINDOW_SIZE.width, area.width),
  );
  const height = Math.max(
    Math.min(saved.height, area.height),
    Math.min(MIN_WINDOW_SIZE.height, area.height),
  );
  if (!home) return { schemaVersion: 1, width, height, maximized: saved.maximized };
  // Keep it where it was, nudged inside the display if the clamped size now sticks out.
  const x = Math.min(Math.max(saved.x ?? area.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y ?? area.y, area.y), area.y + area.height - height);
  return { schemaVersion: 1, x, y, width, height, maximized: saved.maximized };
}

/** The state to save for a window: its normal (unmaximized) bounds, so un-maximizing next time restores them. */
export function stateOfWindow(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    schemaVersion: 1,
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}
