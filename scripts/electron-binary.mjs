// Finds a usable Electron binary without require('electron'), which would try to download one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable, or null with the reason it is missing. */
export function findElectronBinary(root = process.cwd(), env = process.env) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const names =
      process.platform === 'win32'
        ? ['electron.exe']
        : process.platform === 'darwin'
          ? ['Electron.app/Contents/MacOS/Electron']
          : ['electron'];
    for (const name of names)
      if (existsSync(join(override, name))) return { path: join(override, name) };
    return {
      path: null,
      reason: `ELECTRON_OVERRIDE_DIST_PATH=${override} has no Electron executable`,
    };
  }
  const pkgDir = join(root, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      path: null,
      reason:
        'the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD or offline)',
    };
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary))
    return { path: null, reason: `the Electron binary is missing at ${binary}` };
  return { path: binary };
}
