import { performance } from 'node:perf_hooks';
import { decodeBundle } from '../../electron/core/bundles/codec';
import { RemoteClient, type PushResult } from '../../electron/core/remotes/remote-client';
import type { ImportPolicy } from '../../shared/bundle';
import { published } from '../unit/bundles/fixtures';
import { bundleOf, versionOf } from '../unit/hub/bundle-fixtures';

/**
 * Many clients pushing and pulling at once, each push also carrying one journey every client
 * shares (same id, own content), so that pushes conflict. Client c's policy is overwrite, skip or
 * copy by c mod 3; every tenth push is sent twice at once under one key (a retry racing its original).
 */
export interface LoadOptions {
  clients: number;
  pushes: number;
  /** Keeps keys of two runs against one remote apart. */
  tag: string;
}

export interface PushRecord {
  client: number;
  index: number;
  key: string;
  policy: ImportPolicy;
  /** What the shared journey said in this push. */
  sharedDescription: string;
  answers: PushResult[];
  /** Versions of the client's own lineage the pull right after this push returned. */
  pulledVersions: number[];
  latencyMs: number;
}

export const SHARED_ID = 'shared-plan';
const POLICIES: ImportPolicy[] = ['overwrite', 'skip', 'copy'];

export const ownLineage = (client: number) => `client-${client}`;

export async function runPushLoad(
  base: string,
  token: string,
  options: LoadOptions,
): Promise<{ records: PushRecord[]; seconds: number }> {
  const records: PushRecord[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      const remote = new RemoteClient(`client-${client}`, base, token, 120_000);
      const policy = POLICIES[client % POLICIES.length];
      for (let index = 0; index < options.pushes; index++) {
        const sharedDescription = `client ${client} push ${index}`;
        const own = versionOf(ownLineage(client), `Client ${client} plan`, index + 1);
        const shared = published('Shared plan', {
          id: SHARED_ID,
          lineageId: SHARED_ID,
          description: sharedDescription,
        });
        const bytes = bundleOf([own, shared]);
        const key = `load-${options.tag}-${client}-${index}`;
        const t0 = performance.now();
        const sends = index % 10 === 0 ? 2 : 1;
        const answers = await Promise.all(
          Array.from({ length: sends }, () => remote.push(bytes, key, policy)),
        );
        const latencyMs = performance.now() - t0;
        const pulled = decodeBundle(await remote.pull([own.id], true));
        records.push({
          client,
          index,
          key,
          policy,
          sharedDescription,
          answers,
          pulledVersions: pulled.content.journeys
            .filter((j) => j.lineageId === own.lineageId)
            .map((j) => j.version)
            .sort((a, b) => a - b),
          latencyMs,
        });
      }
    }),
  );
  return { records, seconds: (performance.now() - started) / 1000 };
}

/** The p-th percentile (0–100) of a non-empty list, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
