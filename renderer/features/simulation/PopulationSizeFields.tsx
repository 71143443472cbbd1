import { useEffect, useId, useState } from 'react';
import {
  POPULATION_SIZE_LABELS as LABELS,
  SIMULATION_LIMITS,
  populationSizeProblem,
  type PopulationSize,
  type PopulationSizeField,
  type SyntheticPopulation,
} from '../../../shared/simulation';
import { useReportValidity } from './field-validity';
import { NumberInput } from './fields';
import { checkNumber, type NumberRule } from './number-rule';

const FIELDS: PopulationSizeField[] = ['accounts', 'min', 'max'];
// Each field's own rule; the rules between them are populationSizeProblem's.
const RULES: Record<PopulationSizeField, NumberRule> = {
  accounts: { integer: true, min: 1, max: SIMULATION_LIMITS.maxProfiles },
  min: { integer: true, min: 0 },
  max: { integer: true, min: 0 },
};

type Texts = Record<PopulationSizeField, { shown: string; text: string }>;

const sizeOf = (p: SyntheticPopulation): PopulationSize => ({
  accounts: p.accounts,
  min: p.peoplePerAccount.min,
  max: p.peoplePerAccount.max,
});
const textsOf = (s: PopulationSize) =>
  Object.fromEntries(FIELDS.map((f) => [f, { shown: String(s[f]), text: String(s[f]) }])) as Texts;
const sameSize = (a: PopulationSize, b: PopulationSize) => FIELDS.every((f) => a[f] === b[f]);

/** Each field's own message, and the problem between the fields that hold a number. */
function checkTexts(texts: Texts, splitByPeople: boolean) {
  const own = {} as Record<PopulationSizeField, string | null>;
  const size: Partial<PopulationSize> = {};
  for (const f of FIELDS) {
    const check = checkNumber(LABELS[f], texts[f].text, RULES[f]);
    own[f] = check.ok ? null : check.message;
    if (check.ok) size[f] = check.value ?? 0;
  }
  return { own, size, between: populationSizeProblem(size, splitByPeople) };
}

/**
 * Accounts and people per account, min and max. They are checked together: while the min is above
 * the max, accounts × max passes the people limit, or a split by people would find nobody, every
 * field involved is marked, one message under them names the fields, and nothing reaches the
 * scenario until all three fit (then all three do at once).
 */
export function PopulationSizeFields({
  value,
  splitByPeople,
  onChange,
}: {
  value: SyntheticPopulation;
  splitByPeople: boolean;
  onChange: (p: SyntheticPopulation) => void;
}) {
  const id = useId();
  const report = useReportValidity();
  const current = sizeOf(value);
  // Texts being edited, with the size they started from; another size from outside (another
  // scenario picked) drops them.
  const [edit, setEdit] = useState<{ from: PopulationSize; texts: Texts } | null>(null);
  const texts = edit && sameSize(edit.from, current) ? edit.texts : textsOf(current);
  const { own, between } = checkTexts(texts, splitByPeople);
  const betweenId = `${id}-between`;

  // What each key reports, as one string: the effect runs exactly when a message changes.
  const reports = JSON.stringify([
    ...FIELDS.map((f) => [`${id}-${f}`, own[f]]),
    [betweenId, between?.message ?? null],
  ]);
  useEffect(() => {
    for (const [key, message] of JSON.parse(reports) as [string, string | null][])
      report(key, message);
  }, [reports, report]);
  useEffect(
    () => () => [...FIELDS.map((f) => `${id}-${f}`), betweenId].forEach((k) => report(k, null)),
    [id, betweenId, report],
  );

  const type = (field: PopulationSizeField, shown: string, text: string) => {
    const next = { ...texts, [field]: { shown, text } };
    const check = checkTexts(next, splitByPeople);
    const { accounts, min, max } = check.size;
    if (accounts === undefined || min === undefined || max === undefined || check.between)
      return setEdit({ from: current, texts: next });
    setEdit(null);
    onChange({ ...value, accounts, peoplePerAccount: { min, max } });
  };

  return (
    <div className="sim-size">
      <div className="sim-row">
        {FIELDS.map((f) => (
          <NumberInput
            key={f}
            id={`${id}-${f}`}
            label={LABELS[f]}
            text={texts[f].shown}
            rule={RULES[f]}
            message={own[f]}
            invalid={between?.fields.includes(f)}
            alsoDescribedBy={between?.fields.includes(f) ? betweenId : undefined}
            onText={(shown, text) => type(f, shown, text)}
          />
        ))}
      </div>
      {between && (
        <p id={betweenId} className="sim-field-error">
          {between.message}
        </p>
      )}
    </div>
  );
}
