// The process the crash harness kills: it saves journeys in a loop and reports each finished
// save on stdout, so the parent knows the last version that completed.
import { writeSync } from 'node:fs';
import { openCore } from '../../electron/core/core';
import { call } from '../unit/helpers/call';

export const JOURNEYS_PER_RUN = 3;

/** Writes a line straight to fd 1: process.stdout is asynchronous on a pipe and would lose the last lines to a kill. */
function report(line: string): void {
  writeSync(1, `${line}\n`);
}

/** The description a saved revision carries, so a file's content can be checked against its revision. */
export function descriptionOf(revision: number): string {
  return `revision ${revision} ${'·'.repeat(revision % 97)}`;
}

async function run(dataDir: string): Promise<void> {
  const core = await openCore({
    dataDir,
    mode: 'cli',
    empty: true,
    lock: true,
    user: 'crash-child',
  });
  const existing = await call(core, 'journeys.list', {});
  for (let i = existing.length; i < JOURNEYS_PER_RUN; i += 1) {
    const created = await call(core, 'journeys.create', {
      name: `Crash ${i}`,
      audience: 'people',
    });
    report(`saved ${created.id} ${created.revision}`);
  }
  const journeys = await Promise.all(
    (await call(core, 'journeys.list', {})).map(
      async (s) => await call(core, 'journeys.get', { id: s.id }),
    ),
  );
  report('ready');
  for (let n = 0; ; n += 1) {
    const j = journeys[n % journeys.length];
    const next = j.revision + 1;
    // A body that grows and shrinks, so a torn write would show as a size or JSON error.
    const nodes = [
      ...j.nodes.slice(0, 2),
      ...Array.from({ length: next % 7 }, (_, k) => ({
        ...j.nodes[1],
        id: `extra-${k}`,
        name: `Extra ${k}`,
      })),
    ];
    const edges = j.edges;
    const saved = await call(core, 'journeys.save', {
      id: j.id,
      baseRevision: j.revision,
      body: { description: descriptionOf(next), nodes, edges, content: [] },
    });
    journeys[n % journeys.length] = saved;
    report(`saved ${saved.id} ${saved.revision}`);
  }
}

const dataDir = process.argv[2];
if (dataDir) {
  run(dataDir).catch((error: Error) => {
    process.stderr.write(`crash-child: ${error.message}\n`);
    process.exit(3);
  });
}
