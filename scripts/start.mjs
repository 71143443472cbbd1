// npm start: the desktop app when Electron's binary is here, otherwise browser mode with one clear line.
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const passThrough = process.argv.slice(2);
const run = (args) =>
  spawnSync('npm', ['run', ...args], { stdio: 'inherit', shell: process.platform === 'win32' });

const electron = findElectronBinary();
if (electron.path) {
  if (run(['build']).status !== 0) process.exit(1);
  const child = spawn(electron.path, ['dist/electron/main.mjs', ...passThrough], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Electron cannot start: ${electron.reason}. Starting browser mode instead; open the URL below.`,
  );
  if (run(['build:renderer', '--silent']).status !== 0) process.exit(1);
  const child = spawn(process.execPath, ['bin/journey-studio.mjs', 'serve', ...passThrough], {
    stdio: 'inherit',
  });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
