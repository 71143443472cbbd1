import { useId } from 'react';
import type { Journey } from '../../../shared/model';
import {
  behaviourProblem,
  SCENARIO_FIELD_LABELS,
  splitsAccountsByPeople,
  type MockResult,
  type SavedScenario,
} from '../../../shared/simulation';
import { NumberField, PercentField, RequiredTextField, Section } from './fields';
import { PopulationEditor } from './PopulationEditor';
import { ClicksAboveOpens, LifecycleWarnings } from './ScenarioSense';
import { journeyDataKeys, journeyEvents } from './scenario-defaults';

type Props = { journey: Journey; value: SavedScenario; onChange: (s: SavedScenario) => void };

/** A mocked custom Action result as JSON (a fixed value); invalid JSON is kept out until fixed. */
function MockField({
  dataKey,
  value,
  onChange,
}: {
  dataKey: string;
  value: MockResult | undefined;
  onChange: (m: MockResult | undefined) => void;
}) {
  const id = useId();
  const text = value?.kind === 'fixed' ? JSON.stringify(value.value) : '';
  return (
    <label className="sim-field" htmlFor={id}>
      <span>Mocked result of journey.{dataKey} (JSON)</span>
      <textarea
        id={id}
        rows={2}
        defaultValue={text}
        onBlur={(e) => {
          if (e.target.value.trim() === '') return onChange(undefined);
          try {
            onChange({
              kind: 'fixed',
              value: JSON.parse(e.target.value) as Extract<MockResult, { kind: 'fixed' }>['value'],
            });
            e.target.setCustomValidity('');
          } catch {
            e.target.setCustomValidity('Not valid JSON');
            e.target.reportValidity();
          }
        }}
      />
    </label>
  );
}

/** The scenario editor: population, entry pattern, behaviour, mocks, horizon, seed, lifecycle rehearsal. */
export function ScenarioForm({ journey, value, onChange }: Props) {
  const set = (patch: Partial<SavedScenario>) => onChange({ ...value, ...patch });
  const b = value.behaviour;
  const clicksId = useId();
  // Both percent fields are marked while clicks are above opens; the message names them.
  const clicksMessage = behaviourProblem(b)?.message ?? null;
  const clicksAboveOpens = clicksMessage !== null ? clicksId : undefined;
  const events = [...new Set([...journeyEvents(journey), ...Object.keys(b.eventProbability)])];
  const keys = journeyDataKeys(journey);
  return (
    <form className="sim-form" aria-label="Scenario" onSubmit={(e) => e.preventDefault()}>
      <div className="sim-row">
        <RequiredTextField
          label="Scenario name"
          value={value.name}
          maxLength={100}
          onChange={(name) => set({ name })}
        />
        <NumberField
          label="Horizon (virtual days)"
          value={value.horizonDays}
          integer
          min={1}
          max={3650}
          onChange={(v) => set({ horizonDays: v ?? 1 })}
        />
        <NumberField
          label="Seed"
          value={value.seed}
          integer
          onChange={(v) => set({ seed: v ?? 0 })}
        />
      </div>
      <PopulationEditor
        value={value.population}
        splitByPeople={splitsAccountsByPeople(journey)}
        onChange={(population) => set({ population })}
      />
      <Section legend="Entry pattern">
        <div className="sim-row" role="radiogroup" aria-label="Entry pattern">
          <label className="sim-check">
            <input
              type="radio"
              name="entry"
              checked={value.entry.pattern === 'allAtStart'}
              onChange={() => set({ entry: { pattern: 'allAtStart' } })}
            />{' '}
            All at once
          </label>
          <label className="sim-check">
            <input
              type="radio"
              name="entry"
              checked={value.entry.pattern === 'perDay'}
              onChange={() => set({ entry: { pattern: 'perDay', perDay: 100 } })}
            />{' '}
            Arrivals per day
          </label>
          {value.entry.pattern === 'perDay' && (
            <NumberField
              // An account journey admits accounts; a people journey keeps the seed's "profiles".
              label={
                journey.audience === 'account'
                  ? 'Accounts arriving per day'
                  : 'Profiles arriving per day'
              }
              value={value.entry.perDay}
              integer
              min={1}
              max={5_000_000}
              onChange={(v) => set({ entry: { pattern: 'perDay', perDay: v ?? 1 } })}
            />
          )}
        </div>
      </Section>
      <Section legend="Behaviour">
        <div className="sim-row">
          <PercentField
            label={SCENARIO_FIELD_LABELS.emailOpen}
            invalidBy={clicksAboveOpens}
            value={b.emailOpen}
            onChange={(emailOpen) => set({ behaviour: { ...b, emailOpen } })}
          />
          <PercentField
            label={SCENARIO_FIELD_LABELS.emailClick}
            invalidBy={clicksAboveOpens}
            value={b.emailClick}
            onChange={(emailClick) => set({ behaviour: { ...b, emailClick } })}
          />
          <PercentField
            label="SMS clicked"
            value={b.smsClick}
            onChange={(smsClick) => set({ behaviour: { ...b, smsClick } })}
          />
          <PercentField
            label="Other events happen"
            value={b.defaultEventProbability}
            onChange={(p) => set({ behaviour: { ...b, defaultEventProbability: p } })}
          />
        </div>
        {/* A client asks what the click rate is of: the simulator takes both of the emails sent. */}
        <p className="small muted">
          Email opened and clicked are shares of the emails sent: clicked 6% means 6 of every 100
          sent are clicked (each of them opened too).
        </p>
        <ClicksAboveOpens id={clicksId} message={clicksMessage} />
        {events.length > 0 && (
          <div className="sim-row">
            {events.map((ev) => (
              <PercentField
                key={ev}
                label={`“${ev}” happens within the window`}
                value={b.eventProbability[ev] ?? b.defaultEventProbability}
                onChange={(p) =>
                  set({ behaviour: { ...b, eventProbability: { ...b.eventProbability, [ev]: p } } })
                }
              />
            ))}
          </div>
        )}
      </Section>
      {keys.length > 0 && (
        <Section legend="Mocked action results">
          {keys.map((k) => (
            <MockField
              key={k}
              dataKey={k}
              value={value.mockResults[k]}
              onChange={(m) => {
                const { [k]: _old, ...rest } = value.mockResults;
                set({ mockResults: m ? { ...rest, [k]: m } : rest });
              }}
            />
          ))}
        </Section>
      )}
      <Section legend="Lifecycle rehearsal">
        <div className="sim-row">
          <NumberField
            label={SCENARIO_FIELD_LABELS.closeAtDay}
            optional
            value={value.lifecycle.closeAtDay}
            min={1}
            onChange={(closeAtDay) => set({ lifecycle: { ...value.lifecycle, closeAtDay } })}
          />
          <NumberField
            label={SCENARIO_FIELD_LABELS.abortAtDay}
            optional
            value={value.lifecycle.abortAtDay}
            min={1}
            onChange={(abortAtDay) => set({ lifecycle: { ...value.lifecycle, abortAtDay } })}
          />
          <NumberField
            label="Loop limit"
            value={value.loopLimit}
            integer
            min={1}
            max={10_000}
            onChange={(v) => set({ loopLimit: v ?? 1 })}
          />
          <NumberField
            label="Traced profiles"
            value={value.traceProfiles}
            integer
            min={0}
            max={1000}
            onChange={(v) => set({ traceProfiles: v ?? 0 })}
          />
        </div>
        <LifecycleWarnings scenario={value} />
        <p className="small muted">
          Days count from 1, as in the replay, and take effect when the day starts: closed to new
          entries on day 4 admits the arrivals of days 1–3 only; aborted on day 4 ends every journey
          still running when day 4 begins.
        </p>
      </Section>
    </form>
  );
}
