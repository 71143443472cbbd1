/** A configuration value as one readable line (headers as `name: value`). */
export function formatConfigValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([k, v]) => `${k}: ${String(v)}`).join('; ') : '—';
  }
  return String(value);
}
