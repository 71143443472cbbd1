import { z } from 'zod';

// Liquid is filled in when the step runs, so an address or URL is checked with each Liquid part
// standing for a plain word; the Liquid itself is checked by validation's Liquid rule.
const OUTPUT = /\{\{[\s\S]*?\}\}/g;
const TAG = /\{%[\s\S]*?%\}/g;
const WORD = 'liquid';

/** The value with its Liquid parts replaced; null when Liquid is left open (the Liquid rule names it). */
function withoutLiquid(value: string): string | null {
  const plain = value.replace(OUTPUT, WORD).replace(TAG, '');
  return /\{\{|\{%/.test(plain) ? null : plain;
}

const email = z.email();

/**
 * Why a list of email addresses (commas or semicolons between them) is refused, naming the field
 * by its label; undefined when every address is one, is Liquid (`{{ person.email }}`) or is one of
 * the field's recipient roles (a sales alert may go to "Account owner", whoever that is per account).
 */
export function addressesIssue(
  value: string,
  label: string,
  roles: readonly string[] = [],
): string | undefined {
  const isRole = (entry: string) => roles.some((r) => r.toLowerCase() === entry.toLowerCase());
  // Split first on separators outside Liquid, so `{{ a | default: "x, y" }}` stays one address.
  const masked = value.replace(OUTPUT, (m) => m.replace(/[,;]/g, ' '));
  let start = 0;
  for (const part of masked.split(/[,;]/)) {
    const entry = value.slice(start, start + part.length).trim();
    start += part.length + 1;
    if (entry === '' || /^\{\{[\s\S]*\}\}$/.test(entry) || isRole(entry)) continue;
    const plain = withoutLiquid(entry);
    if (plain !== null && !email.safeParse(plain).success)
      return roles.length > 0
        ? `${label}: "${entry}" is neither an email address nor ${roles.map((r) => `"${r}"`).join(' or ')}`
        : `${label}: "${entry}" is not an email address`;
  }
  return undefined;
}

/** Why a web address is refused (not http:// or https://, or not a URL), naming the field; undefined when it is one or starts with Liquid. */
export function urlIssue(value: string, label: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.startsWith('{{')) return undefined;
  if (!/^https?:\/\//i.test(trimmed)) return `${label} must start with http:// or https://`;
  const plain = withoutLiquid(trimmed);
  if (plain === null) return undefined;
  try {
    const url = new URL(plain);
    if (url.hostname !== '' && !/\s/.test(plain)) return undefined;
  } catch {
    // Reported below.
  }
  return `${label}: "${trimmed}" is not a web address`;
}
