import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../handlers/types';
import { exportBundle, exportJourneyJson } from './export';
import { exportToFile, readBundleFile } from './files';
import { importBundle, previewBundle } from './service';

/** Base64 from the contract to bytes, refusing text that is not base64. */
function fromBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
    throw new AppError(
      'invalid_input',
      'Bundle refused: the upload is not base64 data. Nothing was imported.',
      'base64',
    );
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Handlers of the bundle channels. */
export function bundleHandlers(
  ctx: CoreContext,
): HandlerMap<
  | 'bundles.export'
  | 'bundles.preview'
  | 'bundles.import'
  | 'bundles.exportToFile'
  | 'bundles.readFile'
  | 'journeys.exportJson'
> {
  return {
    'bundles.export': async ({ ids, includeVersions }) => {
      const { fileName, bytes, count, warnings } = await exportBundle(ctx, {
        ids,
        includeVersions,
      });
      return { fileName, base64: Buffer.from(bytes).toString('base64'), count, warnings };
    },
    'bundles.preview': async ({ base64 }) => previewBundle(ctx, fromBase64(base64)),
    'bundles.import': async ({ base64, policy }) => importBundle(ctx, fromBase64(base64), policy),
    'bundles.exportToFile': async ({ ids, includeVersions, path }) =>
      exportToFile(ctx, ids, includeVersions, path),
    'bundles.readFile': async ({ path }) => readBundleFile(ctx, path),
    'journeys.exportJson': async ({ id }) => exportJourneyJson(ctx, id),
  };
}
