import type { IncomingMessage } from 'node:http';
import type { ImportPolicy } from '../../../shared/bundle';
import { DEFAULT_PUSH_POLICY, PushKey, PushPolicy } from '../../../shared/contract/rest-api';
import { sha256Hex } from '../../core/bundles/hash';
import { HttpError, readBody } from './http';

/** A push as both servers accept it (`serve --remote` and the team hub): key, policy, body and its hash. */
export interface PushRequest {
  pushId: string;
  policy: ImportPolicy;
  body: Buffer;
  sha256: string;
}

/**
 * Checks the idempotency key and the policy, then reads the whole body (413 past `maxBody`): a push
 * cut off mid-upload never reaches the store or the database.
 */
export async function readPushRequest(
  req: IncomingMessage,
  url: URL,
  maxBody: number,
): Promise<PushRequest> {
  const key = PushKey.safeParse(req.headers['idempotency-key'] ?? url.searchParams.get('pushId'));
  if (!key.success)
    throw new HttpError(
      400,
      'invalid_input',
      key.error.issues[0]?.message ?? 'Idempotency-Key is required',
    );
  const policy = PushPolicy.safeParse(url.searchParams.get('policy') ?? DEFAULT_PUSH_POLICY);
  if (!policy.success)
    throw new HttpError(400, 'invalid_input', 'policy must be skip, overwrite or copy');
  const body = await readBody(req, maxBody);
  return { pushId: key.data, policy: policy.data, body, sha256: sha256Hex(body) };
}
