import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// electron-builder's own check: app-builder-lib validates a configuration against its scheme.json (ajv),
// the same function `electron-builder` runs before building. Nothing is packaged or downloaded here.
const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & {
  linux: Record<string, unknown>;
  fileAssociations: Record<string, unknown>[];
};
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (
    config: unknown,
    debugLogger: { isEnabled: boolean; add: () => void },
  ) => Promise<void>;
};
const quietLogger = { isEnabled: false, add: () => undefined };
const configPath = resolve('build/electron-builder.config.cjs');

/** Loads the config afresh (it reads the environment when loaded). */
function loadConfig(): Config {
  delete require.cache[configPath];
  return structuredClone(require(configPath) as Config);
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  afterEach(() => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
  });

  it('is valid against electron-builder’s own schema', async () => {
    await expect(validateConfiguration(loadConfig(), quietLogger)).resolves.toBeUndefined();
  });

  it('the validator really rejects a bad configuration', async () => {
    const config = loadConfig();
    await expect(
      validateConfiguration(
        { ...config, linux: { ...config.linux, categroy: 'Office' } },
        quietLogger,
      ),
    ).rejects.toThrow(/does not match the API schema/);
    await expect(
      validateConfiguration({ ...config, nsis: { oneClick: 'sometimes' } }, quietLogger),
    ).rejects.toThrow();
  });

  it('targets AppImage + deb, dmg and nsis, and starts the ESM main', () => {
    const config = loadConfig();
    expect(config).toMatchObject({
      appId: 'com.journeystudio.app',
      productName: 'Journey Studio',
      directories: { output: 'release', buildResources: 'build' },
      extraMetadata: { main: 'dist/electron/main.mjs' },
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
      mac: { target: ['dmg'] },
      win: { target: ['nsis'] },
      npmRebuild: false,
    });
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']),
    );
  });

  it('associates .journeys.zip as "Journey Studio bundle" with a MIME type for Linux', () => {
    expect(loadConfig().fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'journeys.zip',
        name: 'Journey Studio bundle',
        mimeType: 'application/x-journey-studio-bundle',
      }),
    ]);
  });

  it('uses a local Electron when ELECTRON_OVERRIDE_DIST_PATH is set, and only then', async () => {
    expect(loadConfig()).not.toHaveProperty('electronDist');
    process.env.ELECTRON_OVERRIDE_DIST_PATH = '/opt/electron-v45/dist';
    const config = loadConfig();
    expect(config.electronDist).toBe('/opt/electron-v45/dist');
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('ships the icons it names, at the sizes the platforms need', () => {
    expect(pngSize('build/icon.png')).toEqual({ width: 512, height: 512 });
    expect(pngSize('build/icons/512x512.png')).toEqual({ width: 512, height: 512 });
    expect(pngSize('build/icons/256x256.png')).toEqual({ width: 256, height: 256 });
  });

  it('the committed icons are what scripts/make-icons.mjs draws', () => {
    const result = spawnSync(process.execPath, ['scripts/make-icons.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('npm run dist uses this config', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toContain(
      'electron-builder --config build/electron-builder.config.cjs',
    );
  });

  it('README explains building offline', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Building the desktop app offline'));
    expect(section.length).toBeGreaterThan(500);
    for (const word of [
      'ELECTRON_OVERRIDE_DIST_PATH',
      'electronDist',
      'ELECTRON_BUILDER_CACHE',
      'release/',
      'AppImage',
      'deb',
    ])
      expect(section).toContain(word);
  });
});
