import { AppError } from '../../../shared/errors';

/** Size limits a bundle must respect before and while it is inflated (zip bombs). */
export interface BundleLimits {
  /** The zip file itself. */
  maxBundleBytes: number;
  maxEntries: number;
  /** One inflated file. */
  maxFileBytes: number;
  /** All inflated files together. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxBundleBytes: 64 * 1024 * 1024,
  maxEntries: 20_001,
  maxFileBytes: 16 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

/** A refused bundle: always `invalid_input` on the `bundle` field, message naming what is wrong. */
export function bundleError(message: string): AppError {
  // One line, whatever control characters a damaged file name or parser message brings along.
  const line = [...message]
    .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
    .join('');
  return new AppError('invalid_input', `Bundle refused: ${line}. Nothing was imported.`, 'bundle');
}
