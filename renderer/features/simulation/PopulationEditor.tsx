import { SIMULATION_LIMITS, type Population } from '../../../shared/simulation';
import { CsvImport, populationInUse } from './CsvImport';
import { DistributionsEditor } from './DistributionsEditor';
import { NumberField, Section } from './fields';

const SYNTHETIC: Population = {
  kind: 'synthetic',
  accounts: 1_000,
  peoplePerAccount: { min: 1, max: 1 },
  accountAttributes: {},
  personAttributes: {},
};

/** Population: a synthetic generator with attribute distributions, or an imported CSV. */
export function PopulationEditor({
  value,
  onChange,
}: {
  value: Population;
  onChange: (p: Population) => void;
}) {
  return (
    <Section legend="Population">
      <div className="sim-row" role="radiogroup" aria-label="Population source">
        <label className="sim-check">
          <input
            type="radio"
            name="pop-kind"
            checked={value.kind === 'synthetic'}
            onChange={() => onChange(SYNTHETIC)}
          />{' '}
          Synthetic
        </label>
        <label className="sim-check">
          <input
            type="radio"
            name="pop-kind"
            checked={value.kind === 'csv'}
            onChange={() =>
              onChange({ kind: 'csv', rows: [], accountKey: null, accountColumns: [] })
            }
          />{' '}
          CSV import
        </label>
      </div>
      {value.kind === 'synthetic' ? (
        <>
          <div className="sim-row">
            <NumberField
              label="Accounts"
              value={value.accounts}
              integer
              min={1}
              max={SIMULATION_LIMITS.maxProfiles}
              onChange={(v) => onChange({ ...value, accounts: v ?? 0 })}
            />
            <NumberField
              label="People per account, min"
              value={value.peoplePerAccount.min}
              integer
              min={0}
              max={value.peoplePerAccount.max}
              onChange={(v) =>
                onChange({ ...value, peoplePerAccount: { ...value.peoplePerAccount, min: v ?? 0 } })
              }
            />
            <NumberField
              label="People per account, max"
              value={value.peoplePerAccount.max}
              integer
              min={value.peoplePerAccount.min}
              // Accounts × this bound may not pass the simulator's people ceiling.
              max={Math.floor(SIMULATION_LIMITS.maxPeople / Math.max(1, value.accounts))}
              onChange={(v) =>
                onChange({ ...value, peoplePerAccount: { ...value.peoplePerAccount, max: v ?? 0 } })
              }
            />
          </div>
          <DistributionsEditor
            scope="Account"
            value={value.accountAttributes}
            onChange={(d) => onChange({ ...value, accountAttributes: d })}
          />
          <DistributionsEditor
            scope="Person"
            value={value.personAttributes}
            onChange={(d) => onChange({ ...value, personAttributes: d })}
          />
        </>
      ) : (
        <>
          <p className="small muted" data-testid="population-in-use">
            In use: {populationInUse(value)}.
          </p>
          <CsvImport current={value} onImported={onChange} />
        </>
      )}
    </Section>
  );
}
