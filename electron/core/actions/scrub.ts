import { maskSecret } from '../../../shared/custom-actions';

/** Replaces every occurrence of a secret in a value (a server may echo the token back). */
export function scrubSecrets<T>(value: T, secrets: readonly string[]): T {
  const live = secrets.filter((s) => s.length >= 4);
  if (live.length === 0) return value;
  const clean = (text: string) => live.reduce((t, s) => t.split(s).join(maskSecret(s)), text);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return clean(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [clean(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}
