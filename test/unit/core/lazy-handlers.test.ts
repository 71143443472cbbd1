import { describe, expect, it } from 'vitest';
import { remoteChannels } from '../../../shared/contract/remotes';
import { reportChannels } from '../../../shared/contract/reports';
import { createDispatch, staged } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers/types';
import { lazyHandlers } from '../../../electron/core/lazy-handlers';
import { WriteQueue } from '../../../electron/core/write-queue';

/** A promise resolved from outside, to hold a task at a known point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('handlers loaded on first call', () => {
  it('loads the feature once, on its first call, and serves every channel of it', async () => {
    let loads = 0;
    const handlers = lazyHandlers(reportChannels, async () => {
      loads += 1;
      return { 'reports.simulation': async () => ({ fileName: 'r.html', html: '<p>' }) as never };
    });
    expect(loads).toBe(0);
    expect(Object.keys(handlers)).toEqual(['reports.simulation']);
    const dispatch = createDispatch(handlers as Handlers, new WriteQueue());
    const input = { journeyId: 'j', result: {} };
    await handlers['reports.simulation'](input as never);
    await handlers['reports.simulation'](input as never);
    expect(loads).toBe(1);
    await expect(dispatch('reports.simulation', {})).rejects.toThrow(); // still validated first
    expect(loads).toBe(1);
  });

  it("keeps a staged write's first step outside the queue, and loads outside it too", async () => {
    const writes = new WriteQueue();
    const download = gate();
    const order: string[] = [];
    const remote = lazyHandlers(remoteChannels, async () => {
      order.push('loaded');
      return {
        'remotes.pull': staged<'remotes.pull', string>({
          prepare: async () => (await download.opened, 'bytes'),
          write: async (bytes) => (order.push(`import ${bytes}`), {}) as never,
        }),
      } as never;
    });
    const dispatch = createDispatch(
      {
        ...remote,
        'audiences.create': async ({ name }) => (
          order.push(`audience ${name}`),
          { id: 'a', name, description: '' }
        ),
      } as Handlers,
      writes,
    );
    const pull = dispatch('remotes.pull', { name: 'staging', policy: 'skip' });
    await dispatch('audiences.create', { name: 'Guests' }); // the held download holds no write
    download.open();
    await pull;
    expect(order).toEqual(['loaded', 'audience Guests', 'import bytes']);
  });

  it('runs a plain write handler inside the queue', async () => {
    const writes = new WriteQueue();
    const held = gate();
    const order: string[] = [];
    const remote = lazyHandlers(
      remoteChannels,
      async () =>
        ({
          'remotes.remove': async () => (order.push('remove'), {}) as never,
        }) as never,
    );
    const dispatch = createDispatch(
      {
        ...remote,
        'audiences.create': async ({ name }) => (
          await held.opened,
          order.push(`audience ${name}`),
          { id: 'a', name, description: '' }
        ),
      } as Handlers,
      writes,
    );
    const audience = dispatch('audiences.create', { name: 'Guests' });
    const removed = dispatch('remotes.remove', { name: 'staging' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]); // waits for the held write
    held.open();
    await Promise.all([audience, removed]);
    expect(order).toEqual(['audience Guests', 'remove']);
  });
});
