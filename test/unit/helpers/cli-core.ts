import { main } from '../../../electron/host/cli';
import type { RunStatus } from '../../../shared/contract/simulation';
import type { TypedCall } from './call';

/** `journey-studio <argv> --data-dir <dir>` in this process: what it printed and its exit code. */
export async function cliIn(
  dir: string,
  argv: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main([...argv, '--data-dir', dir], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

/** Polls `simulation.status` until the run is no longer running. */
export async function runSettled(call: TypedCall, runId: string): Promise<RunStatus> {
  for (;;) {
    const s = await call('simulation.status', { runId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
}
