import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { runCli } from '../../helpers/cli';

const BIN = fileURLToPath(new URL('../../../bin/journey-studio.mjs', import.meta.url));

export interface RemoteProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT */
  base: string;
  stop: () => Promise<void>;
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts a real `serve --remote` on 127.0.0.1, port 0, and resolves once it prints its URL. */
export function startRemote(dataDir: string): Promise<RemoteProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--remote', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, '--empty', '--token', 'page-token-not-used'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`remote did not start: ${out}${err}`)), 20_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Remote API: (http:\/\/127\.0\.0\.1:\d+)\/api\/v1\//.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        base: match[1],
        stop: () => new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
    child.once('exit', (code) => reject(new Error(`remote exited with ${code}: ${err}`)));
  });
}

/** Creates a bearer token on a remote's data directory through the CLI. */
export function createRemoteToken(dataDir: string): { id: string; token: string } {
  const result = runCli(['remote', 'token', 'create', '--label', 'test', '--json', '--data-dir', dataDir]);
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { id: string; token: string };
}
