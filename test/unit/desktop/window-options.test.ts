import { describe, expect, it } from 'vitest';
import { mainWindowOptions, windowBackground } from '../../../electron/window-options';

describe('main window options', () => {
  it('restores the saved bounds with a minimum size and stays hidden until painted', () => {
    const options = mainWindowOptions('/app/preload.cjs', {
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
    });
    expect(options).toMatchObject({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      minWidth: 960,
      minHeight: 600,
      show: false,
      title: 'Journey Studio',
    });
  });

  it('paints the OS theme’s background before the page (light and dark match renderer/styles.css)', () => {
    expect(mainWindowOptions('/p').backgroundColor).toBe('#f6f7fb');
    expect(mainWindowOptions('/p', undefined, { dark: true }).backgroundColor).toBe('#141821');
    expect(windowBackground(true)).not.toBe(windowBackground(false));
  });

  it('sets the window icon only when given, and the look never weakens the web preferences', () => {
    expect(mainWindowOptions('/p')).not.toHaveProperty('icon');
    const options = mainWindowOptions('/p', undefined, {
      dark: true,
      icon: '/build/icons/512x512.png',
    });
    expect(options.icon).toBe('/build/icons/512x512.png');
    expect(options.webPreferences).toEqual(mainWindowOptions('/p').webPreferences);
    expect(options.webPreferences).toMatchObject({
      preload: '/p',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });
});
