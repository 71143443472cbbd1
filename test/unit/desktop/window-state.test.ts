import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  readWindowState,
  stateOfWindow,
  writeWindowState,
  type Rect,
} from '../../../electron/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('window state file', () => {
  it('round-trips through an atomic write and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'js-window-'));
    const file = join(dir, 'window-state.json');
    const state = stateOfWindow({ x: 100.4, y: 50, width: 1200, height: 800 }, true);
    await writeWindowState(file, state);
    expect(await readWindowState(file)).toEqual({
      schemaVersion: 1,
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: true,
    });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 1 });
  });

  it('reads a missing, damaged or invalid file as no state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'js-window-'));
    expect(await readWindowState(join(dir, 'none.json'))).toBeNull();
    writeFileSync(join(dir, 'bad.json'), '{"width": 12');
    expect(await readWindowState(join(dir, 'bad.json'))).toBeNull();
    writeFileSync(join(dir, 'neg.json'), '{"width": -5, "height": 600}');
    expect(await readWindowState(join(dir, 'neg.json'))).toBeNull();
    writeFileSync(join(dir, 'old.json'), '{"width": 1000, "height": 700}');
    expect(await readWindowState(join(dir, 'old.json'))).toEqual({
      schemaVersion: 1,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});

describe('fitting the saved window to the displays present now', () => {
  it('uses the default size, centered by the OS, when nothing was saved', () => {
    expect(fitToDisplays(null, [rightMonitor])).toEqual(DEFAULT_WINDOW_STATE);
    expect(fitToDisplays(null, [laptop])).toEqual({
      schemaVersion: 1,
      width: 1400,
      height: 875,
      maximized: false,
    });
  });

  it('keeps a position that is on a display, including a secondary one', () => {
    const saved = stateOfWindow({ x: 1600, y: 100, width: 1400, height: 900 }, false);
    expect(fitToDisplays(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('drops the position when its monitor is gone and clamps the size to the primary display', () => {
    const saved = stateOfWindow({ x: 1600, y: 100, width: 2400, height: 1300 }, true);
    expect(fitToDisplays(saved, [laptop])).toEqual({
      schemaVersion: 1,
      width: 1440,
      height: 875,
      maximized: true,
    });
  });

  it('pulls a window that sticks out back inside its display', () => {
    const saved = stateOfWindow({ x: 1000, y: -40, width: 1200, height: 900 }, false);
    expect(fitToDisplays(saved, [laptop])).toEqual({
      schemaVersion: 1,
      x: 240,
      y: 0,
      width: 1200,
      height: 875,
      maximized: false,
    });
  });

  it('does not trust a title bar that shows only a sliver', () => {
    const saved = stateOfWindow({ x: 1400, y: 200, width: 1000, height: 700 }, false);
    expect(fitToDisplays(saved, [laptop])).not.toHaveProperty('x');
  });

  it('never goes below the minimum size unless the display is smaller', () => {
    const tiny = stateOfWindow({ x: 0, y: 0, width: 300, height: 200 }, false);
    expect(fitToDisplays(tiny, [laptop])).toMatchObject({ width: 960, height: 600 });
    expect(fitToDisplays(tiny, [{ x: 0, y: 0, width: 800, height: 500 }])).toMatchObject({
      width: 800,
      height: 500,
    });
  });

  it('passes the state through when the display list is empty', () => {
    expect(fitToDisplays(null, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
