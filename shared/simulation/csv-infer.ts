import type { AttributeDef } from '../model';
import type { CsvColumnMapping } from './csv';

// A first guess for each imported column, so a typical file imports without touching the
// mapping; the person importing can still change every choice.

/** The workspace attributes a column name can match. */
export interface KnownAttributes {
  accountAttributes: readonly AttributeDef[];
  personAttributes: readonly AttributeDef[];
}

const TYPE_OF: Record<AttributeDef['type'], CsvColumnMapping['type']> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
};

/** "Job level", "job_level" and "jobLevel" are one name. */
const simple = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** An attribute key for a header: letters, digits and _ only. */
export const attributeKeyFor = (header: string) =>
  header.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=\d)/, '_') || 'column';

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const BOOLEAN = /^(?:true|false)$/i;
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The type every non-empty sample value fits: Number, then True/false, then Date, else Text. */
function typeOfValues(values: readonly string[]): CsvColumnMapping['type'] {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return 'text';
  if (filled.every((v) => NUMBER.test(v) && /\d/.test(v))) return 'number';
  if (filled.every((v) => BOOLEAN.test(v))) return 'boolean';
  if (filled.every((v) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)))) return 'date';
  return 'text';
}

/**
 * The default mapping of one column: a workspace account attribute of that name → Account scope
 * with its type; a person attribute → Person with its type; otherwise Person, typed by its values.
 */
export function inferColumnMapping(
  column: string,
  sample: readonly string[],
  known: KnownAttributes,
): CsvColumnMapping {
  const name = simple(column);
  const match = (defs: readonly AttributeDef[]) =>
    defs.find((d) => simple(d.key) === name || simple(d.label) === name);
  const account = match(known.accountAttributes);
  const person = account ? undefined : match(known.personAttributes);
  const def = account ?? person;
  return {
    column,
    attribute: def?.key ?? attributeKeyFor(column),
    type: def ? TYPE_OF[def.type] : typeOfValues(sample),
    scope: account ? 'account' : 'person',
    required: false,
  };
}

/** "account_id", "accountId", "Account key", "account ID" name the account a row belongs to. */
const ACCOUNT_KEY_NAME = /^account(?:id|key)$/;

/**
 * The column to group people into accounts by default: one named like an account id or key
 * whose sample values repeat (several people of one account); null when none fits.
 */
export function guessAccountKey(
  columns: ReadonlyArray<{ column: string; values: readonly string[] }>,
): string | null {
  const key = columns.find((c) => {
    if (!ACCOUNT_KEY_NAME.test(simple(c.column))) return false;
    const filled = c.values.map((v) => v.trim()).filter((v) => v !== '');
    return new Set(filled).size < filled.length;
  });
  return key?.column ?? null;
}
