import { describe, expect, it } from 'vitest';
import { simulate } from '../../../electron/core/simulator';
import { renderSimulationReport } from '../../../shared/reports';
import { scenarioSettingRows } from '../../../shared/reports/scenario-section';
import { scenarioSaveState, unsavedRunText, type SavedScenario } from '../../../shared/simulation';
import { templateJourney } from '../../helpers/template-journey';

const { journey, scenario: saved } = templateJourney('buying-group', 'tester');
const withAccounts = (accounts: number): SavedScenario =>
  saved.population.kind === 'synthetic'
    ? { ...saved, population: { ...saved.population, accounts } }
    : saved;

describe('whether a run used the saved scenario', () => {
  it('is saved when the settings are the saved ones, whatever the key order or expected figures', () => {
    const reordered = JSON.parse(JSON.stringify({ ...saved })) as SavedScenario;
    expect(scenarioSaveState([saved], reordered)).toBe('saved');
    const withExpected = { ...saved, expected: {} };
    expect(scenarioSaveState([withExpected], saved)).toBe('saved');
    expect(unsavedRunText(saved.name, 'saved')).toBeNull();
  });

  it('is edited when a setting differs from the scenario saved under that name (any case)', () => {
    const edited = { ...withAccounts(150), name: saved.name.toUpperCase() };
    expect(scenarioSaveState([saved], edited)).toBe('edited');
    expect(unsavedRunText('FY27 target accounts', 'edited')).toBe(
      'Run with unsaved changes to scenario “FY27 target accounts”',
    );
  });

  it('is unsaved when no scenario has its name', () => {
    expect(scenarioSaveState([saved], { ...saved, name: 'Scenario 2' })).toBe('unsaved');
    expect(scenarioSaveState([], saved)).toBe('unsaved');
    expect(unsavedRunText('Scenario 2', 'unsaved')).toBe(
      'Run with scenario “Scenario 2”, which is not saved',
    );
  });
});

describe('the report on the settings run', () => {
  const generatedAt = '2030-01-01T10:00:00.000Z';
  const edited = withAccounts(150);
  const result = simulate(journey, edited);

  it('says a run with unsaved changes so under its title and lists the settings used', () => {
    const html = renderSimulationReport({
      journey,
      result,
      run: { scenario: edited, saveState: 'edited' },
      generatedAt,
    });
    expect(html).toContain(
      '<section class="banner" aria-label="Unsaved scenario"><strong>Run with unsaved changes to scenario “FY27 target accounts”.</strong>',
    );
    // The banner comes before the key figures, so page 1 of the print says it.
    expect(html.indexOf('Unsaved scenario')).toBeLessThan(html.indexOf('Key figures'));
    expect(html).toContain(
      '<caption>As run, not saved in scenario “FY27 target accounts”</caption>',
    );
    expect(html).toContain('<tr><th scope="row">Accounts</th><td>150</td></tr>');
  });

  it('says nothing of the kind for a run with the saved settings, and still lists them', () => {
    const html = renderSimulationReport({
      journey,
      result: simulate(journey, saved),
      run: { scenario: saved, saveState: 'saved' },
      generatedAt,
    });
    expect(html).not.toContain('Unsaved scenario');
    expect(html).not.toContain('unsaved changes');
    expect(html).toContain('<caption>As saved in scenario “FY27 target accounts”</caption>');
    // The template's seed text: 120 target accounts with 2–6 people each.
    expect(html).toContain('<tr><th scope="row">Accounts</th><td>120</td></tr>');
    expect(html).toContain('<tr><th scope="row">People per account</th><td>2–6</td></tr>');
  });

  it('lists each setting with the scenario form’s label (the template: 21 days, seed 27, 30% opened, all at once)', () => {
    const rows = new Map(scenarioSettingRows(edited));
    expect(rows.get('Horizon (virtual days)')).toBe('21');
    expect(rows.get('Seed')).toBe('27');
    expect(rows.get('Email opened')).toBe('30\u00a0%');
    expect(rows.get('Email clicked')).toBe('6\u00a0%');
    expect(rows.get('Entry pattern')).toBe('All at once');
    expect(rows.get('Accounts')).toBe('150');
  });

  it('has no settings section when it is not told the settings (a result from elsewhere)', () => {
    const html = renderSimulationReport({ journey, result, generatedAt });
    expect(html).not.toContain('Scenario settings');
    expect(html).not.toContain('Unsaved scenario');
  });
});
