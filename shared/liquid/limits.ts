import { Liquid, type LiquidOptions } from 'liquidjs';
import { NO_FILES, withoutFileTags } from './no-files';
import { limitOutput } from './output-limit';

/**
 * Bounds for every Liquid parse and render (DESIGN section 9): templates come from users and,
 * in bundles, from other people, so size, render time and memory are capped.
 */
export const LIQUID_LIMITS = {
  /** Characters a template may have. */
  parseLimit: 200_000,
  /** Milliseconds one render may take (liquidjs checks it between template nodes). */
  renderLimit: 1_000,
  /** Approximate characters a render may allocate (strings, arrays). */
  memoryLimit: 10_000_000,
} as const;

/** Strict options: unknown variables, filters and tags are errors; only own properties are read. */
export const STRICT_LIQUID_OPTIONS: LiquidOptions = {
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  ...LIQUID_LIMITS,
};

/** A new strict, bounded engine (one per use site; engines keep a template cache). */
export function createStrictLiquid(overrides: LiquidOptions = {}): Liquid {
  return createBoundedLiquid({ ...STRICT_LIQUID_OPTIONS, ...overrides });
}

/**
 * A Liquid engine with the shared limits, its written output counted against the memory limit too,
 * and no file system: `{% include %}`, `{% render %}` and `{% layout %}` are refused when parsed,
 * and the engine's `fs` has no files, so no template can read the disk (or fetch from the page's origin).
 */
export function createBoundedLiquid(options: LiquidOptions = {}): Liquid {
  const engine = new Liquid({
    ...LIQUID_LIMITS,
    ...options,
    fs: NO_FILES,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
  });
  return limitOutput(withoutFileTags(engine));
}
