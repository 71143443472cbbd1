import type { ConfigValues } from './definition';

/**
 * The one rule for credentials an Action's configuration may hold outside its secret fields:
 * save moves them to the secrets store, export leaves them out, import refuses a bundle that
 * has one. A false positive costs nothing (the value is only kept encrypted), so names match
 * loosely.
 */

/** Header names, query parameter names and configuration keys that say the value is a credential. */
export const CREDENTIAL_NAME = /auth|key|token|secret|cookie|session|sig|passw|pwd|credential/i;
/** Values that carry a credential whatever their header is called (`X-Upstream: Bearer …`). */
const CREDENTIAL_VALUE = /^\s*(bearer|basic|digest|token)\s+\S/i;

/** One credential found in a configuration: where it sits (a stable key), what to call it, its value. */
export interface CredentialPart {
  /** `header:<name>`, `userinfo:<config key>`, `query:<config key>:<parameter>` or `key:<path>`. */
  slot: string;
  /** Names the field for a person, e.g. `Headers: "Cookie"`. */
  label: string;
  /** The configuration field it sits in, e.g. `['headers', 'Cookie']` or `['baseUrl']`. */
  path: string[];
  value: string;
}

interface UrlParts {
  scheme: string;
  userinfo: string | null;
  host: string;
  path: string;
  query: string[];
  fragment: string;
}

/** Splits an http(s) URL as typed (no normalising): userinfo, host, path, query pairs, fragment. */
function parseUrl(text: string): UrlParts | null {
  const match = /^(\s*https?:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is.exec(text);
  if (!match) return null;
  const [, scheme, authority, path, query, fragment] = match;
  const at = authority.lastIndexOf('@');
  return {
    scheme,
    userinfo: at >= 0 ? authority.slice(0, at) : null,
    host: at >= 0 ? authority.slice(at + 1) : authority,
    path,
    query: query
      ? query
          .slice(1)
          .split('&')
          .filter((p) => p !== '')
      : [],
    fragment: fragment ?? '',
  };
}

function formatUrl(u: UrlParts): string {
  const userinfo = u.userinfo === null ? '' : `${u.userinfo}@`;
  const query = u.query.length ? `?${u.query.join('&')}` : '';
  return `${u.scheme}${userinfo}${u.host}${u.path}${query}${u.fragment}`;
}

function decoded(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const titleOf = (key: string) =>
  key === 'baseUrl' ? 'Base URL' : key === 'headers' ? 'Headers' : key;

/** A URL's credentials (user:password@, secret-looking query values) and the URL without them. */
function splitUrl(key: string, text: string): { url: string; parts: CredentialPart[] } {
  const url = parseUrl(text);
  if (!url) return { url: text, parts: [] };
  const parts: CredentialPart[] = [];
  if (url.userinfo !== null) {
    parts.push({
      slot: `userinfo:${key}`,
      label: `${titleOf(key)}: the user name and password before "@"`,
      path: [key],
      value: url.userinfo,
    });
    url.userinfo = null;
  }
  url.query = url.query.filter((pair) => {
    const eq = pair.indexOf('=');
    const name = eq >= 0 ? pair.slice(0, eq) : pair;
    if (eq < 0 || !CREDENTIAL_NAME.test(decoded(name))) return true;
    parts.push({
      slot: `query:${key}:${name}`,
      label: `${titleOf(key)}: the query value "${decoded(name)}"`,
      path: [key],
      value: pair.slice(eq + 1),
    });
    return false;
  });
  return { url: parts.length ? formatUrl(url) : text, parts };
}

/**
 * Takes every credential out of a configuration: headers whose name or value says credential,
 * user:password@ and secret-looking query values of URLs, and keys (at any depth) named like one.
 * Returns the configuration without them and what was taken, in a stable order.
 */
export function splitCredentials(config: ConfigValues): {
  config: ConfigValues;
  parts: CredentialPart[];
} {
  const parts: CredentialPart[] = [];
  // Below the top level only key names count (URLs and headers are top-level fields).
  const keysOnly = (value: unknown, path: string[]): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => keysOnly(v, [...path, String(i)]));
    if (!isRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const where = [...path, key].join('.');
      if (CREDENTIAL_NAME.test(key))
        parts.push({
          slot: `key:${where}`,
          label: where,
          path: [...path, key],
          value: typeof v === 'string' ? v : JSON.stringify(v),
        });
      else out[key] = keysOnly(v, [...path, key]);
    }
    return out;
  };
  const out: ConfigValues = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === 'headers' && isRecord(value)) {
      const headers: Record<string, unknown> = {};
      for (const [name, v] of Object.entries(value)) {
        const secret =
          typeof v === 'string' &&
          (CREDENTIAL_NAME.test(name) ||
            CREDENTIAL_VALUE.test(v) ||
            splitUrl(name, v).parts.length > 0);
        if (secret)
          parts.push({
            slot: `header:${name}`,
            label: `Headers: "${name}"`,
            path: [key, name],
            value: v,
          });
        else headers[name] = keysOnly(v, [key, name]);
      }
      out[key] = headers;
    } else if (CREDENTIAL_NAME.test(key)) {
      parts.push({
        slot: `key:${key}`,
        label: key,
        path: [key],
        value: typeof value === 'string' ? value : JSON.stringify(value),
      });
    } else if (typeof value === 'string') {
      const split = splitUrl(key, value);
      parts.push(...split.parts);
      out[key] = split.url;
    } else out[key] = keysOnly(value, [key]);
  }
  return { config: out, parts };
}

/** The configuration without any credential: what a bundle carries. */
export function withoutCredentials(config: ConfigValues): ConfigValues {
  return splitCredentials(config).config;
}

/** Where a configuration holds credentials (empty when it holds none). */
export function credentialsIn(config: ConfigValues): CredentialPart[] {
  return splitCredentials(config).parts;
}

/**
 * Puts credentials (by slot) back into a configuration split by splitCredentials: headers, the
 * URL's user:password@, and query values (after the URL's other parameters). `key:` slots are
 * not put back: no module config has such a key, so its schema would drop it anyway.
 */
export function joinCredentials(
  config: ConfigValues,
  values: Readonly<Record<string, string>>,
): ConfigValues {
  const out: ConfigValues = { ...config };
  for (const [slot, value] of Object.entries(values)) {
    const [kind, key, ...rest] = slot.split(':');
    if (kind === 'header') {
      const name = slot.slice('header:'.length);
      out.headers = { ...(isRecord(out.headers) ? out.headers : {}), [name]: value };
    } else if (
      (kind === 'userinfo' || kind === 'query') &&
      key !== undefined &&
      typeof out[key] === 'string'
    ) {
      const url = parseUrl(out[key]);
      if (!url) continue;
      if (kind === 'userinfo') url.userinfo = value;
      else url.query.push(`${rest.join(':')}=${value}`);
      out[key] = formatUrl(url);
    }
  }
  return out;
}

/** Names (separators ignored) that always mean a credential, for step inputs and query parameters. */
const STRICT_CREDENTIAL_NAME =
  /^(x)?(api|access|secret|private|client)?(key|token|secret)$|^(auth|bearer|refresh|session)(token|id)?$|^(password|passwd|pwd|credentials?|authorization|cookie|signature|sig)$/i;

/**
 * Why a step input's literal value looks like a credential (a named one, `?api_key=…` in a path
 * or URL, `Bearer …`), or null. Stricter than the configuration rule, because a false positive
 * here is a warning the user reads; Liquid values are left alone (they are filled in at run time).
 */
export function credentialInStepInput(name: string, value: string): string | null {
  if (value.trim() === '' || /{{|{%/.test(value)) return null;
  const bare = (n: string) => decoded(n).replace(/[-_\s.]/g, '');
  if (STRICT_CREDENTIAL_NAME.test(bare(name))) return `its name says it is a credential`;
  if (CREDENTIAL_VALUE.test(value)) return `it starts like an Authorization value`;
  if (parseUrl(value)?.userinfo?.includes(':')) return `its URL holds a user name and password`;
  for (const match of value.matchAll(/[?&]([^=&#]+)=([^&#]+)/g))
    if (STRICT_CREDENTIAL_NAME.test(bare(match[1])))
      return `its query parameter "${decoded(match[1])}" holds a credential`;
  return null;
}
