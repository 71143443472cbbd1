import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/core';
import { simulate } from '../../../electron/core/simulator';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';
import { entrySourceText } from '../../../shared/catalog';
import { hasErrors, validateJourney } from '../../../shared/validation';

let core: Core;
const call = <C extends Channel>(channel: C, input: InputOf<C>) =>
  core.dispatch(channel, input) as Promise<OutputOf<C>>;

beforeAll(async () => {
  // The demo workspace (not --empty): templates draw their references from it.
  core = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'journey-studio-templates-')),
    mode: 'cli',
    user: 'tester',
    now: () => new Date('2030-01-01T09:00:00Z'),
  });
});
afterAll(() => core.close());

describe('a journey made from a template, then its list renamed in Settings', () => {
  // Tester report: the Entry of a template's journey named its list only by name, so renaming the
  // list in Settings left it "not in this workspace" and Settings stopped counting it as used.
  it('keeps its Entry on the list: no problem, still counted as used, the new name shown', async () => {
    const journey = await call('journeys.createFromTemplate', {
      templateId: 'buying-group',
      name: 'Renamed list follows',
    });
    const entry = journey.nodes.find((n) => n.type === 'entry');
    if (entry?.type !== 'entry') throw new Error('a template journey has an Entry');
    const ws = core.context.workspace.get();
    const list = ws.accountLists.find((l) => l.name === entry.settings.source);
    if (!list) throw new Error(`the demo workspace has the list "${entry.settings.source}"`);
    expect(entry.settings.listId).toBe(list.id);

    await core.context.workspace.replace({
      ...ws,
      accountLists: ws.accountLists.map((l) =>
        l.id === list.id ? { ...l, name: `${l.name} renamed` } : l,
      ),
    });
    const stored = await call('journeys.get', { id: journey.id });
    const problems = validateJourney(stored, core.context.workspace.get(), {
      journeys: core.context.store.list(),
    });
    expect(problems.filter((p) => p.field === 'source')).toEqual([]);
    const storedEntry = stored.nodes.find((n) => n.type === 'entry');
    if (storedEntry?.type !== 'entry') throw new Error('the stored journey has an Entry');
    expect(entrySourceText(storedEntry.settings, 'account', core.context.workspace.get())).toBe(
      `${list.name} renamed`,
    );
    const usage = await call('workspace.listUsage', {});
    expect(usage.accountLists[list.id]).toContain('Renamed list follows');
    await core.context.workspace.replace(ws);
  });
});

describe('templates.list and journeys.createFromTemplate', () => {
  it('lists the five templates', async () => {
    const list = await call('templates.list', {});
    expect(list.map((t) => t.id)).toEqual([
      'lead-nurturing',
      'customer-onboarding',
      'sales-handoff',
      'buying-group',
      'api-enrichment',
    ]);
  });

  it('creates a Draft with its saved scenario and speaker notes, ready to simulate', async () => {
    for (const t of await call('templates.list', {})) {
      const journey = await call('journeys.createFromTemplate', {
        templateId: t.id,
        name: `From ${t.id}`,
      });
      expect(journey).toMatchObject({
        status: 'Draft',
        audience: t.audience,
        name: `From ${t.id}`,
        description: t.description,
      });
      expect(
        hasErrors(
          validateJourney(journey, core.context.workspace.get(), {
            journeys: core.context.store.list(),
          }),
        ),
      ).toBe(false);
      const scenarios = await call('scenarios.list', { journeyId: journey.id });
      expect(scenarios.map((s) => s.name)).toEqual([t.scenarioName]);
      const { notes } = await call('presentation.get', { journeyId: journey.id });
      expect(Object.keys(notes).sort()).toEqual(journey.nodes.map((n) => n.id).sort());
      expect(simulate(journey, scenarios[0]).profiles.admitted).toBeGreaterThan(0);
    }
  });

  it('refuses an unknown template and a taken name, creating nothing', async () => {
    const before = (await call('journeys.list', {})).length;
    await expect(
      call('journeys.createFromTemplate', { templateId: 'nope', name: 'X' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      call('journeys.createFromTemplate', {
        templateId: 'sales-handoff',
        name: 'Trial onboarding',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect((await call('journeys.list', {})).length).toBe(before);
  });

  it('saves speaker notes, dropping empty ones and notes of unknown nodes', async () => {
    const journey = await call('journeys.createFromTemplate', {
      templateId: 'sales-handoff',
      name: 'Notes check',
    });
    const [first, second] = journey.nodes;
    const saved = await call('presentation.save', {
      journeyId: journey.id,
      notes: { [first.id]: 'Open with the pricing signal.', [second.id]: '  ', ghost: 'gone' },
    });
    expect(saved.notes).toEqual({ [first.id]: 'Open with the pricing signal.' });
    expect((await call('presentation.get', { journeyId: journey.id })).notes).toEqual(saved.notes);
  });

  it('renders a report for a run of the journey and refuses a result of another journey', async () => {
    const journey = await call('journeys.createFromTemplate', {
      templateId: 'api-enrichment',
      name: 'Report check',
    });
    const [scenario] = await call('scenarios.list', { journeyId: journey.id });
    const result = simulate(journey, scenario);
    const { html, fileName } = await call('reports.simulation', { journeyId: journey.id, result });
    expect(html).toContain('<h1>Report check</h1>');
    expect(fileName).toBe('Report-check--Enrichment-with-mocked-API--report.html');
    await expect(
      call('reports.simulation', {
        journeyId: journey.id,
        result: { ...result, journeyId: 'other' },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
