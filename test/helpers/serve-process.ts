import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/journey-studio.mjs', import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  /** The page URL it printed (with the token). */
  url: string;
  /** Everything it wrote to stderr so far. */
  stderr: () => string;
  alive: () => boolean;
  stop: () => Promise<void>;
}

/** Starts a real `journey-studio serve` (port 0) and resolves once it prints its page URL. */
export function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start: ${out}${err}`));
    }, 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        port: Number(match[2]),
        url: match[1],
        stderr: () => err,
        alive,
        stop: () =>
          new Promise<void>((done) => {
            if (!alive()) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${err}`));
    });
  });
}
