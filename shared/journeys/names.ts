/** Names compare without case or surrounding space: "Welcome" and " welcome" clash. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Whether `name` is free among `taken`, ignoring the journey being renamed. */
export function isNameFree(
  name: string,
  taken: { id: string; name: string }[],
  exceptId?: string,
): boolean {
  return !taken.some((t) => t.id !== exceptId && sameName(t.name, name));
}

/** `<base>`, else `<base>_2`, `<base>_3`… — the first that is free (seed 002's `_copy` names). */
export function uniqueName(
  base: string,
  taken: { id: string; name: string }[],
  maxLength = 100,
): string {
  const trimmed = base.trim().slice(0, maxLength);
  if (isNameFree(trimmed, taken)) return trimmed;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${trimmed.slice(0, maxLength - suffix.length)}${suffix}`;
    if (isNameFree(candidate, taken)) return candidate;
  }
}
