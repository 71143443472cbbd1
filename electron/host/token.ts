import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random access token, like a notebook server's. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares tokens in constant time; hashing both first means not even the length leaks. */
export function tokensMatch(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

export const TOKEN_COOKIE = 'journey_studio_token';

/** The token a request carries: `?token=`, `Authorization: Bearer`, or the session cookie. */
export function tokenOf(
  url: URL,
  headers: { authorization?: string; cookie?: string },
): string | null {
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const cookie = headers.cookie
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${TOKEN_COOKIE}=`));
  if (!cookie) return null;
  try {
    return decodeURIComponent(cookie.slice(TOKEN_COOKIE.length + 1));
  } catch {
    return null; // `%E0%A4%A` is no token we issued; a bad cookie must not end the host
  }
}
