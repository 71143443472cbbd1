import type { Journey } from '../../../shared/model';
import { SavedScenario } from '../../../shared/simulation';

/** Event names the journey's Wait for event nodes listen for. */
export function journeyEvents(journey: Journey): string[] {
  const names = journey.nodes.flatMap((n) =>
    n.type === 'waitForEvent' && n.settings.eventName ? [n.settings.eventName] : [],
  );
  return [...new Set(names)];
}

/** Data keys of the journey's custom Action steps (each may get a mocked result). */
export function journeyDataKeys(journey: Journey): string[] {
  const keys = journey.nodes.flatMap((n) => {
    const key =
      n.type === 'action' && n.settings.actionId === 'custom-action'
        ? n.settings.params.dataKey
        : undefined;
    return typeof key === 'string' && key ? [key] : [];
  });
  return [...new Set(keys)];
}

/** A first scenario for a journey: 1,000 synthetic profiles arriving over ten days, 30 days. */
export function defaultScenario(journey: Journey, name = 'Baseline'): SavedScenario {
  return SavedScenario.parse({
    schemaVersion: 1,
    name,
    population: {
      kind: 'synthetic',
      accounts: 1_000,
      peoplePerAccount: journey.audience === 'account' ? { min: 1, max: 5 } : { min: 1, max: 1 },
    },
    entry: { pattern: 'perDay', perDay: 100 },
    behaviour: {
      eventProbability: Object.fromEntries(journeyEvents(journey).map((e) => [e, 0.3])),
    },
    horizonDays: 30,
    seed: 1,
  });
}
