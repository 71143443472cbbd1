import { join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { ValidatedJsonFile } from './validated-json-file';

// Files kept beside a journey (scenarios, speaker notes, last runs, refused field values) are
// named after its id: an id that could climb out of the folder is refused before any path is made.

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** `<dataDir>/<folder>/<journeyId>.json`, checked against `schema` on read and write. */
export function companionFile<S extends z.ZodType>(
  dataDir: string,
  folder: string,
  journeyId: string,
  schema: S,
): ValidatedJsonFile<S> {
  if (!SAFE_ID.test(journeyId))
    throw new AppError('invalid_input', `"${journeyId}" is not a journey id.`, 'journeyId');
  return new ValidatedJsonFile(join(dataDir, folder, `${journeyId}.json`), schema);
}
