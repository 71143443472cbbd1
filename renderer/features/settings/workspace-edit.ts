import type { AttributeDef } from '../../../shared/model';

/** An id with this prefix that none of `taken` uses: `aud-3`. */
export function freeId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let n = taken.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Adds a named item with a fresh id; blank names are ignored. */
export function addNamed<T extends { id: string; name: string }>(
  items: readonly T[],
  name: string,
  prefix: string,
  extra: Omit<T, 'id' | 'name'>,
): T[] {
  const trimmed = name.trim();
  if (!trimmed) return [...items];
  return [
    ...items,
    {
      ...extra,
      id: freeId(
        prefix,
        items.map((i) => i.id),
      ),
      name: trimmed,
    } as T,
  ];
}

/** Replaces the item at `index` with a patched copy. */
export function patchAt<T>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

/** Removes the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Adds a value unless it is blank or already there (values are referenced by text). */
export function addValue(values: readonly string[], value: string): string[] {
  const v = value.trim();
  return v && !values.includes(v) ? [...values, v] : [...values];
}

/** An identifier-safe attribute key from a label, unique among `taken`: "Lead source" -> leadSource. */
export function keyFromLabel(label: string, taken: readonly string[]): string {
  const words = label
    .trim()
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let key =
    words
      .map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()))
      .join('') || 'attribute';
  if (!/^[A-Za-z_]/.test(key)) key = `_${key}`;
  let candidate = key;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${key}${n}`;
  return candidate;
}

/** A new attribute from its label (type string until changed). */
export function newAttribute(
  label: string,
  existing: readonly AttributeDef[],
): AttributeDef | null {
  const trimmed = label.trim();
  if (!trimmed) return null;
  return {
    key: keyFromLabel(
      trimmed,
      existing.map((a) => a.key),
    ),
    label: trimmed,
    type: 'string',
  };
}
