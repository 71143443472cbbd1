import { useEffect, useRef } from 'react';
import type { Population } from '../../../shared/simulation';
import { CsvImport, populationInUse } from './CsvImport';
import { DistributionsEditor } from './DistributionsEditor';
import { Section } from './fields';
import { PopulationSizeFields } from './PopulationSizeFields';

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
  splitByPeople,
  onChange,
}: {
  value: Population;
  /** The journey splits accounts by people: each account needs someone to divide. */
  splitByPeople: boolean;
  onChange: (p: Population) => void;
}) {
  // Each source's last settings, so trying CSV import and coming back restores the synthetic
  // population (its size and attributes), not a bare default (issue #17 probe).
  const last = useRef<Partial<Record<Population['kind'], Population>>>({});
  useEffect(() => {
    last.current[value.kind] = value;
  }, [value]);
  return (
    <Section legend="Population">
      <div className="sim-row" role="radiogroup" aria-label="Population source">
        <label className="sim-check">
          <input
            type="radio"
            name="pop-kind"
            checked={value.kind === 'synthetic'}
            onChange={() => onChange(last.current.synthetic ?? SYNTHETIC)}
          />{' '}
          Synthetic
        </label>
        <label className="sim-check">
          <input
            type="radio"
            name="pop-kind"
            checked={value.kind === 'csv'}
            onChange={() =>
              onChange(
                last.current.csv ?? { kind: 'csv', rows: [], accountKey: null, accountColumns: [] },
              )
            }
          />{' '}
          CSV import
        </label>
      </div>
      {value.kind === 'synthetic' ? (
        <>
          <PopulationSizeFields value={value} splitByPeople={splitByPeople} onChange={onChange} />
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
