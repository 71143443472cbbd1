import {
  distributionText,
  SCENARIO_FIELD_LABELS,
  unsavedRunText,
  type RunSettings,
  type SavedScenario,
} from '../simulation';
import { esc, fmt } from './html';

const chance = (p: number) => `${Math.round(p * 1000) / 10}\u00a0%`;

/** Each setting a run read, labelled as the scenario form labels it, in the form's order. */
export function scenarioSettingRows(s: SavedScenario): [string, string][] {
  const p = s.population;
  const rows: [string, string][] = [['Horizon (virtual days)', fmt(s.horizonDays)]];
  rows.push(['Seed', String(s.seed)]);
  rows.push(['Start date', s.startDate.slice(0, 10)]);
  if (p.kind === 'synthetic') {
    rows.push(['Accounts', fmt(p.accounts)]);
    rows.push([
      'People per account',
      `${fmt(p.peoplePerAccount.min)}–${fmt(p.peoplePerAccount.max)}`,
    ]);
    for (const [attr, d] of Object.entries(p.accountAttributes))
      rows.push([`Account attribute ${attr}`, distributionText(d)]);
    for (const [attr, d] of Object.entries(p.personAttributes))
      rows.push([`Person attribute ${attr}`, distributionText(d)]);
  } else rows.push(['Population source', `CSV, ${fmt(p.rows.length)} rows`]);
  rows.push([
    'Entry pattern',
    s.entry.pattern === 'perDay' ? `Arrivals per day: ${fmt(s.entry.perDay)}` : 'All at once',
  ]);
  const b = s.behaviour;
  rows.push([SCENARIO_FIELD_LABELS.emailOpen, chance(b.emailOpen)]);
  rows.push([SCENARIO_FIELD_LABELS.emailClick, chance(b.emailClick)]);
  rows.push(['SMS clicked', chance(b.smsClick)]);
  rows.push(['Other events happen', chance(b.defaultEventProbability)]);
  for (const [ev, prob] of Object.entries(b.eventProbability))
    rows.push([`“${ev}” happens within the window`, chance(prob)]);
  const { closeAtDay, abortAtDay, openAtDay } = s.lifecycle;
  if (closeAtDay !== undefined) rows.push([SCENARIO_FIELD_LABELS.closeAtDay, String(closeAtDay)]);
  if (abortAtDay !== undefined) rows.push([SCENARIO_FIELD_LABELS.abortAtDay, String(abortAtDay)]);
  if (openAtDay !== undefined) rows.push(['Open to new entries from day', String(openAtDay)]);
  const mocked = Object.keys(s.mockResults);
  if (mocked.length > 0) rows.push(['Mocked action results', mocked.join(', ')]);
  rows.push(['Loop limit', fmt(s.loopLimit)]);
  return rows;
}

/** The banner under the title when the run's settings were not the saved scenario's; '' when they were. */
export function unsavedRunBanner(run: RunSettings | undefined): string {
  const text = run && unsavedRunText(run.scenario.name, run.saveState);
  if (!text) return '';
  return `<section class="banner" aria-label="Unsaved scenario"><strong>${esc(text)}.</strong> The settings used are listed under “Scenario settings”.</section>`;
}

/** The scenario settings the run used, as a table (nothing when the report was not told them). */
export function scenarioSection(run: RunSettings | undefined): string {
  if (!run) return '';
  const rows = scenarioSettingRows(run.scenario)
    .map(([label, value]) => `<tr><th scope="row">${esc(label)}</th><td>${esc(value)}</td></tr>`)
    .join('');
  const caption =
    run.saveState === 'saved'
      ? `As saved in scenario “${run.scenario.name}”`
      : `As run, not saved in scenario “${run.scenario.name}”`;
  return `<h2>Scenario settings</h2><table class="settings"><caption>${esc(caption)}</caption><tbody>${rows}</tbody></table>`;
}
