import { describe, expect, it } from 'vitest';
import { ACTIONS, type SimulationEffect } from '../../../shared/catalog';
import { Scenario, softStopScenarios } from '../../../shared/simulation';
import { EFFECTS, runSimulationInWorker, simulate } from '../../../electron/core/simulator';
import {
  action,
  chain,
  countsById,
  entry,
  exit,
  journey,
  stats,
  synthScenario,
  wait,
} from './build';

/** The param names a catalog `simulation` entry says it reads. */
function paramsRead(sim: SimulationEffect): string[] {
  switch (sim.kind) {
    case 'setAttribute':
      return ['param' in sim.attribute ? sim.attribute.param : null, sim.valueParam].filter(
        (p): p is string => p !== null,
      );
    case 'changeScore':
      return [sim.scoreParam, sim.deltaParam];
    case 'addToList':
    case 'removeFromList':
    case 'startJourney':
    case 'exitJourney':
    case 'addToAudience':
      return [sim.param];
    case 'custom':
      return [sim.dataKeyParam];
    default:
      return [];
  }
}

describe('the simulator follows the catalog', () => {
  it('has an effect for every catalog action, reading params the action declares', () => {
    for (const a of ACTIONS) {
      expect(EFFECTS[a.id], a.id).toBeTypeOf('function');
      const names = a.fields.map((f) => f.name);
      for (const p of paramsRead(a.simulation)) expect(names, `${a.id} reads ${p}`).toContain(p);
    }
  });

  it('a Change Score with scoreName and change changes the score', () => {
    const j = journey(
      [entry(), action('s', 'change-score', { scoreName: 'engagement', change: -5 }), exit()],
      chain('entry', 's', 'exit'),
    );
    const r = simulate(j, synthScenario(12, { traceProfiles: 1 }));
    expect(r.actions.scoreChanges.map((e) => [e.id, e.change])).toEqual([['engagement', -60]]);
    expect(stats(r, 's')).toMatchObject({ completed: 12, skipped: 0 });
    expect(r.traces[0].steps.map((s) => s.note)).toContain(
      'Change Score: score “engagement” -5 (now -5)',
    );
  });

  it('an incomplete Send email is skipped and counted (seed 001)', () => {
    const j = journey(
      [entry(), action('mail', 'send-email', { source: 'new' }), exit()],
      chain('entry', 'mail', 'exit'),
    );
    const r = simulate(j, synthScenario(30));
    expect(stats(r, 'mail')).toMatchObject({ entered: 30, skipped: 30, completed: 0 });
    expect(r.messages.email.sent).toBe(0);
    expect(r.warnings.find((w) => w.code === 'skipped_step')?.nodeId).toBe('mail');
    const done = simulate(
      journey(
        [entry(), action('mail', 'send-email', { source: 'new', contentId: 'c1' }), exit()],
        chain('entry', 'mail', 'exit'),
      ),
      synthScenario(30),
    );
    expect(done.messages.email.sent).toBe(30);
  });

  it('a param the action does not declare is not read (the old "amount" spelling changes nothing)', () => {
    const j = journey(
      [entry(), action('s', 'change-score', { scoreName: 'x', amount: 5 }), exit()],
      chain('entry', 's', 'exit'),
    );
    const r = simulate(j, synthScenario(3));
    expect(stats(r, 's')?.skipped).toBe(3);
    expect(r.actions.scoreChanges).toEqual([]);
  });

  it('memberships, channels and fixed attributes come from the catalog metadata', () => {
    const j = journey(
      [
        entry(),
        action('grp', 'add-to-group', { group: 'Partners' }),
        action('alert', 'send-notification-email', {
          to: 'team@example.com',
          subject: 's',
          body: 'b',
        }),
        action('unsub', 'unsubscribe', { channel: 'email' }),
        exit(),
      ],
      chain('entry', 'grp', 'alert', 'unsub', 'exit'),
    );
    const r = simulate(j, synthScenario(4));
    expect(r.actions.listAdds.map((e) => [e.kind, e.id, e.count])).toEqual([
      ['group', 'Partners', 4],
    ]);
    expect(r.messages.notification).toMatchObject({
      name: 'Notification',
      sent: 4,
      opened: 0,
      clicked: 0,
    });
    expect(countsById(r.actions.dataValuesSet)).toEqual({ unsubscribed: 4 });
  });

  it('warns about back-to-back sends and keeps a daily series per edge', () => {
    const mail = { source: 'new', contentId: 'c1' };
    const j = journey(
      [
        entry(),
        action('m1', 'send-email', mail),
        action('m2', 'send-sms', { contentId: 's1' }),
        wait('w', 2),
        exit(),
      ],
      chain('entry', 'm1', 'm2', 'w', 'exit'),
    );
    const r = simulate(j, synthScenario(10));
    expect(r.warnings.filter((w) => w.code === 'back_to_back_sends').map((w) => w.nodeId)).toEqual([
      'm2',
    ]);
    for (const e of r.edges) expect(e.daily.reduce((a, b) => a + b, 0)).toBe(e.count);
    expect(r.edges.at(-1)?.daily[2]).toBe(10);
  });

  it('the worker uses the catalog too', async () => {
    const j = journey(
      [entry(), action('mail', 'send-email', {}), exit()],
      chain('entry', 'mail', 'exit'),
    );
    const r = await runSimulationInWorker(j, synthScenario(5)).result;
    expect(stats(r, 'mail')?.skipped).toBe(5);
  });
});

describe('soft stop rehearsal', () => {
  it('splits arrivals between the closing version and the new one', () => {
    const j = journey([entry(), wait('w', 3), exit()], chain('entry', 'w', 'exit'));
    const scenario = Scenario.parse(
      synthScenario(100, { entry: { pattern: 'perDay', perDay: 10 }, horizonDays: 20 }),
    );
    const { current, next } = softStopScenarios(scenario, 4);
    const before = simulate(j, current);
    const after = simulate(j, next);
    // At day 4 (from 1): the current version takes days 1–3 (30), the new one days 4–10 (70).
    expect(before.profiles.admitted).toBe(30);
    expect(after.profiles.admitted).toBe(70);
    expect(before.profiles.admitted + after.profiles.admitted).toBe(100);
    expect(stats(after, 'entry')?.daily.slice(0, 4)).toEqual([0, 0, 0, 10]);
  });
});
