import type { AttributeDef, Workspace } from '../../../shared/model';

export type ProfileValue = string | number | boolean;

/** A person and their account, as Liquid sees them: `{{ person.firstName }}`, `{{ account.name }}`. */
export interface SampleProfile {
  person: Record<string, ProfileValue>;
  account: Record<string, ProfileValue>;
}

/** Realistic values for well-known attribute keys; each list has one entry per sample. */
const KNOWN: Record<string, readonly ProfileValue[]> = {
  firstName: ['Alex', 'Priya', 'Jonas'],
  lastName: ['Morgan', 'Shah', 'Becker'],
  jobTitle: ['Marketing Director', 'Head of Data', 'IT Manager'],
  jobLevel: ['Director', 'Executive', 'Manager'],
  country: ['United States', 'India', 'Germany'],
  name: ['Acme Analytics', 'Northwind Health', 'Globex GmbH'],
  industry: ['Software', 'Healthcare', 'Manufacturing'],
  region: ['North America', 'APAC', 'EMEA'],
  tier: ['Enterprise', 'Mid-market', 'Strategic'],
  city: ['Austin', 'Bengaluru', 'Munich'],
  company: ['Acme Analytics', 'Northwind Health', 'Globex GmbH'],
};

/** How many different samples the preview offers. */
export const SAMPLE_COUNT = 3;

function valueFor(
  attr: AttributeDef,
  index: number,
  person: Record<string, ProfileValue>,
): ProfileValue {
  const known = KNOWN[attr.key];
  if (known) return known[index % known.length];
  if (/e-?mail/i.test(attr.key)) {
    const first = String(person.firstName ?? 'alex').toLowerCase();
    const last = String(person.lastName ?? 'morgan').toLowerCase();
    return `${first}.${last}@example.com`;
  }
  switch (attr.type) {
    case 'number':
      return [42, 7, 120][index % 3];
    case 'boolean':
      return index % 2 === 0;
    case 'date':
      return ['2026-03-14', '2026-06-01', '2026-09-30'][index % 3];
    default:
      return `${attr.label} ${index + 1}`;
  }
}

function fill(attrs: readonly AttributeDef[], index: number): Record<string, ProfileValue> {
  const out: Record<string, ProfileValue> = {};
  // Names first, so an email attribute can be built from them whatever the attribute order.
  const ordered = [...attrs].sort((a, b) => Number(!(a.key in KNOWN)) - Number(!(b.key in KNOWN)));
  for (const attr of ordered) out[attr.key] = valueFor(attr, index, out);
  return out;
}

/** A deterministic sample profile over the workspace's attributes; `index` picks one of several. */
export function sampleProfile(workspace: Workspace, index = 0): SampleProfile {
  return {
    person: fill(workspace.personAttributes, index),
    account: fill(workspace.accountAttributes, index),
  };
}
