import { z } from 'zod';
import { canonicalJson } from '../bundle/canonical-json';
import { SavedScenario } from './saved-scenario';

/**
 * How the settings of a scenario stand against the scenarios saved beside the journey: the same
 * as the one saved under its name, edited since (the form keeps a working copy), or never saved.
 */
export const ScenarioSaveState = z.enum(['saved', 'edited', 'unsaved']);
export type ScenarioSaveState = z.infer<typeof ScenarioSaveState>;

/** The saved scenario of that name (names are unique regardless of case), if any. */
export function savedNamed(
  saved: readonly SavedScenario[],
  name: string,
): SavedScenario | undefined {
  return saved.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

// Expected figures are a check on the result, not a setting the run reads.
const settingsOf = ({ expected: _expected, ...settings }: SavedScenario) => canonicalJson(settings);

/** Whether `scenario` (the settings a run used) is what is saved under its name. */
export function scenarioSaveState(
  saved: readonly SavedScenario[],
  scenario: SavedScenario,
): ScenarioSaveState {
  const match = savedNamed(saved, scenario.name);
  if (!match) return 'unsaved';
  return settingsOf(match) === settingsOf(scenario) ? 'saved' : 'edited';
}

/** What a result or report says about a run whose settings are not the saved scenario's; null when they are. */
export function unsavedRunText(name: string, state: ScenarioSaveState): string | null {
  if (state === 'edited') return `Run with unsaved changes to scenario “${name}”`;
  if (state === 'unsaved') return `Run with scenario “${name}”, which is not saved`;
  return null;
}

/** The settings a run used and how they stood against the saved scenario: what a report states. */
export const RunSettings = z.object({ scenario: SavedScenario, saveState: ScenarioSaveState });
export type RunSettings = z.infer<typeof RunSettings>;
