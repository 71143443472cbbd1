import type { Scenario } from './scenario';

/**
 * The two halves of a soft stop rehearsal at `atDay`: the current version closes to new entries
 * while people inside finish, and the new version admits the arrivals from that day on. Same
 * population and seed, so each arrival lands in exactly one of the two runs.
 */
export function softStopScenarios(
  scenario: Scenario,
  atDay: number,
): { current: Scenario; next: Scenario } {
  const { openAtDay: _open, ...lifecycle } = scenario.lifecycle;
  return {
    current: {
      ...scenario,
      lifecycle: { ...lifecycle, closeAtDay: Math.min(atDay, lifecycle.closeAtDay ?? atDay) },
    },
    next: {
      ...scenario,
      name: `${scenario.name} (new version)`,
      lifecycle: { ...lifecycle, closeAtDay: undefined, openAtDay: atDay },
    },
  };
}
