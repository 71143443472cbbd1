import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import type { JourneyNode } from '../../../shared/model';
import { validateJourney } from '../../../shared/validation';
import { useTempDirs } from '../../helpers/temp-dir';
import { runCli } from '../../helpers/cli';
import { call } from '../helpers/call';

const tempDir = useTempDirs();
const cores: Core[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

async function open(empty: boolean): Promise<{ core: Core; dir: string }> {
  const dir = tempDir();
  const core = await openCore({ dataDir: dir, mode: 'cli', empty, user: 'tester' });
  cores.push(core);
  return { core, dir };
}

type ActionNode = Extract<JourneyNode, { type: 'action' }>;

const statusNode = (status: unknown): ActionNode => ({
  id: 'status',
  type: 'action',
  name: 'Set status',
  position: { x: 0, y: 80 },
  settings: {
    scope: 'account',
    actionId: 'update-buying-group-status',
    params: { solutionInterestId: 'si-1', status },
    applyTo: { mode: 'all' },
  },
});

describe('saving action parameters', () => {
  it('refuses a Status over 50 characters naming node and field, and leaves the file as it was', async () => {
    const { core, dir } = await open(true);
    const j = await call(core, 'journeys.create', {
      name: 'Statuses',
      audience: 'account',
    });
    await core.close();
    const file = join(dir, 'journeys', `${j.id}.json`);
    const before = readFileSync(file, 'utf8');
    const { core: again } = { core: await openCore({ dataDir: dir, mode: 'cli', empty: true }) };
    cores.push(again);
    const body = {
      description: '',
      content: [],
      nodes: [...j.nodes, statusNode('x'.repeat(51))],
      edges: j.edges,
    };
    await expect(
      again.dispatch('journeys.save', { id: j.id, baseRevision: 1, body }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'body.nodes.2.settings.params.status',
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
    const ok = await call(again, 'journeys.save', {
      id: j.id,
      baseRevision: 1,
      body: { ...body, nodes: [...j.nodes, statusNode('Engaged')] },
    });
    expect(ok.revision).toBe(2);
  });

  it('accepts an incomplete action (drafts save incomplete) and reports it as a problem instead', async () => {
    const { core } = await open(true);
    const j = await call(core, 'journeys.create', {
      name: 'Incomplete',
      audience: 'account',
    });
    const full = statusNode(undefined);
    const partial: ActionNode = { ...full, settings: { ...full.settings, params: {} } };
    const saved = await call(core, 'journeys.save', {
      id: j.id,
      baseRevision: 1,
      body: { description: '', content: [], nodes: [...j.nodes, partial], edges: j.edges },
    });
    expect(saved.nodes).toHaveLength(3);
  });

  it('ships demo journeys that have no blocking problems', async () => {
    const { core } = await open(false);
    const list = await call(core, 'journeys.list', {});
    const workspace = core.context.workspace.get();
    for (const summary of list) {
      const journey = await core.context.store.get(summary.id);
      const errors = validateJourney(journey, workspace, { journeys: list }).filter(
        (p) => p.severity === 'error',
      );
      expect(errors, journey.name).toEqual([]);
    }
  });
});

describe('journey-studio catalog --json', () => {
  it('lists every action with its parameter schema as JSON Schema', () => {
    const result = runCli(['catalog', '--json']);
    expect(result.status).toBe(0);
    const actions = JSON.parse(result.stdout) as {
      id: string;
      label: string;
      scope: string;
      group: string;
      params: { type: string };
    }[];
    const status = actions.find((a) => a.label === 'Update Buying Group Status');
    expect(status).toMatchObject({ scope: 'account', group: 'Account actions' });
    expect(JSON.stringify(status?.params)).toContain('"maxLength":50');
    expect(actions.map((a) => a.label)).toEqual(
      expect.arrayContaining([
        'Add Account to (other) Journey',
        'Send SMS',
        'Start a journey',
        'Webhook',
      ]),
    );
  });
});
