import type { BundlePreview, ImportPolicy, ImportSummary } from '../../../shared/bundle';
import type { CoreContext } from '../context';
import { applyPlan, type ApplyHooks } from './apply';
import { decodeBundle } from './codec';
import { DEFAULT_LIMITS, type BundleLimits } from './limits';
import { planImport, previewImport } from './plan';

/** Validates a bundle whole and says what importing it would do; writes nothing. */
export async function previewBundle(
  ctx: CoreContext,
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<BundlePreview> {
  return previewImport(ctx, decodeBundle(bytes, limits));
}

/** Validates a bundle whole, then imports it all-or-nothing under `policy`. */
export async function importBundle(
  ctx: CoreContext,
  bytes: Uint8Array,
  policy: ImportPolicy,
  options: { limits?: BundleLimits; hooks?: ApplyHooks } = {},
): Promise<ImportSummary> {
  const decoded = decodeBundle(bytes, options.limits ?? DEFAULT_LIMITS);
  const plan = await planImport(ctx, decoded, policy);
  return applyPlan(ctx, plan, options.hooks);
}
