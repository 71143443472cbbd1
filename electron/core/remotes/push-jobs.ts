import type { PushStatus } from '../../../shared/contract/remotes';
import { AppError, toErrorPayload } from '../../../shared/errors';
import { newId } from '../../../shared/model';
import type { CoreContext } from '../context';
import type { RemoteClient } from './remote-client';
import { pushToRemote, type PushOptions } from './sync';

/** Pushes started in this process, newest last; a finished one stays readable for a while. */
const jobs = new Map<string, PushStatus>();
const KEEP = 50;

// Where each phase starts on the progress bar: the upload is most of a push, the remote's apply the rest.
const SPAN = {
  checking: [0, 0.05],
  packing: [0.05, 0.15],
  uploading: [0.15, 0.9],
  applying: [0.9, 0.99],
} as const;

function remember(status: PushStatus): void {
  jobs.set(status.pushId, status);
  while (jobs.size > KEEP) jobs.delete(jobs.keys().next().value as string);
}

/**
 * Starts a push in the background and returns its first status at once. The push id doubles as
 * the remote's idempotency key, so the retries inside `pushToRemote` can never apply it twice.
 */
export function startPush(
  ctx: CoreContext,
  client: RemoteClient,
  options: Omit<PushOptions, 'pushId' | 'onPhase' | 'onProgress'>,
): PushStatus {
  const pushId = newId();
  let status: PushStatus = {
    pushId,
    remote: client.name,
    state: 'running',
    phase: 'checking',
    fraction: 0,
    count: 0,
    replayed: false,
    summary: null,
    error: null,
  };
  const update = (patch: Partial<PushStatus>) => remember((status = { ...status, ...patch }));
  remember(status);
  pushToRemote(ctx, client, {
    ...options,
    pushId,
    onPhase: (phase) => update({ phase, fraction: SPAN[phase][0] }),
    onProgress: (f) => {
      const [from, to] = f >= 1 ? SPAN.applying : SPAN.uploading;
      update({
        phase: f >= 1 ? 'applying' : 'uploading',
        fraction: f >= 1 ? from : from + (to - from) * f,
      });
    },
  }).then(
    (result) =>
      update({
        state: 'done',
        phase: 'finished',
        fraction: 1,
        count: result.count,
        replayed: result.replayed,
        summary: result.summary,
      }),
    (error: unknown) => update({ state: 'failed', error: toErrorPayload(error).message }),
  );
  return status;
}

/** The status of a push started here. */
export function pushStatus(pushId: string): PushStatus {
  const found = jobs.get(pushId);
  if (!found)
    throw new AppError(
      'not_found',
      `No push with id "${pushId}" was started by this app (or it was long ago)`,
      'pushId',
    );
  return found;
}
