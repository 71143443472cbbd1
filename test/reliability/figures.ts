import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SCALE, SEED } from './scale';

/** Where each suite leaves its figures for the report (in ignored test-results/; the report is committed). */
export const FIGURES_DIR = fileURLToPath(
  new URL('../../test-results/reliability/figures', import.meta.url),
);

/** What one suite measured: cases run, failures it saw, and any other numbers worth reporting. */
export const SurfaceFigures = z.object({
  surface: z.string(),
  title: z.string(),
  cases: z.number().int(),
  failures: z.number().int(),
  seconds: z.number(),
  scale: z.number(),
  seed: z.number(),
  at: z.string(),
  details: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
});
export type SurfaceFigures = z.infer<typeof SurfaceFigures>;

/** Records a suite's figures; the report (written when the run ends) gathers them. */
export function recordFigures(
  figures: Omit<SurfaceFigures, 'scale' | 'seed' | 'at' | 'details'> & {
    details?: SurfaceFigures['details'];
  },
): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const full: SurfaceFigures = {
    details: {},
    ...figures,
    scale: SCALE,
    seed: SEED,
    at: new Date().toISOString(),
  };
  writeFileSync(join(FIGURES_DIR, `${figures.surface}.json`), `${JSON.stringify(full, null, 2)}\n`);
}

/** Every recorded figure file, by surface; unreadable ones are skipped. */
export function readAllFigures(dir: string = FIGURES_DIR): SurfaceFigures[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    try {
      const parsed = SurfaceFigures.safeParse(JSON.parse(readFileSync(join(dir, n), 'utf8')));
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}
