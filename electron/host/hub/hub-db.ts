import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { AppError } from '../../../shared/errors';
import { HttpError } from '../remote-api/http';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

export interface PoolOptions {
  /** Connections at most (every push holds one for its transaction). */
  max?: number;
  /** How long a request waits for a free connection before it is answered 503. */
  connectionTimeoutMs?: number;
}

/** A connection pool with limits; `postgres://user:pass@host:port/db`. */
export function openPool(databaseUrl: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'journey-studio-hub',
  });
  // An idle client losing its connection must not crash the process; the next query gets a 503.
  pool.on('error', () => undefined);
  return pool;
}

/** Brings the schema up to date (node-pg-migrate, its advisory lock keeps two hubs from racing). */
export async function migrate(
  databaseUrl: string,
  log: (message: string) => void = () => undefined,
): Promise<void> {
  await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'hub_migrations',
    singleTransaction: true,
    advisoryLockMode: 'wait',
    logger: { debug: () => undefined, info: log, warn: log, error: log },
  });
}

/** The database URL with its password hidden, for logs and messages. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable database URL)';
  }
}

/** PostgreSQL SQLSTATE classes and Node socket codes that mean the database is gone, not the request bad. */
function unavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (
    typeof e?.code === 'string' &&
    (/^(08|57P|53)/.test(e.code) ||
      ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE'].includes(e.code))
  )
    return true;
  return /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error/i.test(
    e?.message ?? '',
  );
}

/** A database failure as the API answers it: 503 when PostgreSQL is unreachable, else unchanged. */
export function asApiError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  // Text PostgreSQL cannot store (a NUL byte in a name or label) came from the client: 400, not 500.
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '22021' || code === '22P05')
    return new AppError(
      'invalid_input',
      'Text with a NUL character (\\u0000) cannot be stored on the hub',
      'body',
    );
  if (unavailable(error))
    return new HttpError(503, 'internal', 'The hub database is unavailable; try again shortly', {
      'retry-after': '5',
    });
  return error;
}

/** Runs `work` in one transaction on one pooled connection: all of it or none. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}
