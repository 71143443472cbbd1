import { describe, expect, it } from 'vitest';
import { createDispatch, staged } from '../../../electron/core/dispatcher';
import type { Handlers } from '../../../electron/core/handlers/types';
import { WriteQueue } from '../../../electron/core/write-queue';

/** A promise resolved from outside, to hold a task at a known point. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('write queue', () => {
  it('runs writes one at a time, in order, and keeps going after a failure', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const first = gate();
    const a = queue.run(async () => {
      log.push('a start');
      await first.opened;
      log.push('a end');
    });
    const b = queue.run(async () => {
      log.push('b');
      throw new Error('b failed');
    });
    const c = queue.run(async () => log.push('c'));
    await Promise.resolve();
    expect(log).toEqual(['a start']);
    first.open();
    await a;
    await expect(b).rejects.toThrow('b failed');
    await c;
    expect(log).toEqual(['a start', 'a end', 'b', 'c']);
  });

  it('runs a task queued from inside a running one at once instead of waiting for itself', async () => {
    const queue = new WriteQueue();
    expect(await queue.run(() => queue.run(async () => 'inner'))).toBe('inner');
  });
});

describe('dispatch and the write queue', () => {
  // Only the channels these tests call need handlers; the dispatcher looks up just the one called.
  const handlersOf = (map: Partial<Handlers>) => map as Handlers;

  it('queues write channels but lets reads through while a write runs', async () => {
    const writes = new WriteQueue();
    const held = gate();
    const dispatch = createDispatch(
      handlersOf({
        'audiences.create': async ({ name }) => (
          await held.opened,
          { id: 'a', name, description: '' }
        ),
        'journeys.create': async () => {
          throw new Error('ran before the audience was written');
        },
        'journeys.list': async () => [],
      }),
      writes,
    );
    const audience = dispatch('audiences.create', { name: 'Guests' });
    const queuedCreate = dispatch('journeys.create', { name: 'J', audience: 'people' });
    let createSettled = false;
    queuedCreate.catch(() => undefined).finally(() => (createSettled = true));
    expect(await dispatch('journeys.list', {})).toEqual([]); // a read does not wait for the held write
    expect(createSettled).toBe(false); // the second write does
    held.open();
    await audience;
    await expect(queuedCreate).rejects.toThrow('ran before');
  });

  it("runs a staged handler's slow first step outside the queue and only its write in it", async () => {
    const writes = new WriteQueue();
    const download = gate();
    const order: string[] = [];
    const dispatch = createDispatch(
      handlersOf({
        'remotes.pull': staged<'remotes.pull', string>({
          prepare: async () => (await download.opened, 'bytes'),
          write: async (bytes) => {
            order.push(`import ${bytes}`);
            return {} as never;
          },
        }),
        'audiences.create': async ({ name }) => (
          order.push(`audience ${name}`),
          { id: 'a', name, description: '' }
        ),
      }),
      writes,
    );
    const pull = dispatch('remotes.pull', { name: 'staging', policy: 'skip' });
    await dispatch('audiences.create', { name: 'Guests' }); // not held up by the download
    download.open();
    await pull;
    expect(order).toEqual(['audience Guests', 'import bytes']);
  });
});
