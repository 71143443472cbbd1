import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temp data directory per call, removed after the test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  }, 120_000); // a directory of thousands of journeys takes a while on a loaded machine
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'journey-studio-test-'));
    made.push(dir);
    return dir;
  };
}
