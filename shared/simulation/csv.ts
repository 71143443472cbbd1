import { z } from 'zod';
import { ScalarValue } from './population';

/** How one CSV column becomes a profile attribute. */
export const CsvColumnMapping = z.object({
  /** The header as it appears in the file. */
  column: z.string().min(1).max(200),
  attribute: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Use letters, digits and _ only'),
  type: z.enum(['text', 'number', 'boolean', 'date']).default('text'),
  scope: z.enum(['person', 'account']).default('person'),
  /** An empty cell is a row error. */
  required: z.boolean().default(false),
});
export type CsvColumnMapping = z.infer<typeof CsvColumnMapping>;

/** Which columns to import and which one groups people into accounts. */
export const CsvMapping = z.object({
  columns: z.array(CsvColumnMapping).min(1, 'Map at least one column').max(500),
  /** The header whose value names the account; null: every row is its own account. */
  accountKey: z.string().nullable().default(null),
});
export type CsvMapping = z.infer<typeof CsvMapping>;

/** A cell that could not be imported: `row` is the row a spreadsheet shows (header row 1, blank lines counted). */
export const CsvRowError = z.object({
  row: z.number().int().min(1),
  column: z.string(),
  message: z.string(),
});
export type CsvRowError = z.infer<typeof CsvRowError>;

/** The outcome of a CSV import; `rows` is empty while errors remain and bad rows are not excluded. */
export const CsvParseResult = z.object({
  rows: z.array(z.record(z.string(), ScalarValue)),
  errors: z.array(CsvRowError),
  totalRows: z.number().int().min(0),
  excludedRows: z.number().int().min(0),
  /** Attributes mapped with account scope. */
  accountColumns: z.array(z.string()),
  /** The attribute carrying the account key, or null. */
  accountKey: z.string().nullable(),
});
export type CsvParseResult = z.infer<typeof CsvParseResult>;

/** CSV text accepted by the import (larger files are refused before parsing). */
export const MAX_CSV_CHARS = 50_000_000;
