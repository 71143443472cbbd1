import { z } from 'zod';

/** The kinds of persisted document that carry a `schemaVersion`. */
export const DocumentKind = z.enum(['journey', 'workspace', 'settings']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A plain JSON object as read from disk, before validation. */
export type RawDocument = Record<string, unknown>;

/** One step of a chain: turns a document of version `from` into one of `from + 1`. */
export interface Migration {
  kind: DocumentKind;
  from: number;
  /** What changed, for the reader of the chain (and the report of a refused file). */
  summary: string;
  up: (doc: RawDocument) => RawDocument;
}

/** A file this app cannot bring up to date (e.g. written by a newer Journey Studio). */
export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}
