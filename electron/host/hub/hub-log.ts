/** One JSON line per event on stdout; callers never pass tokens, bodies or database passwords. */
export type HubLog = (
  event: string,
  fields?: Record<string, string | number | boolean | null>,
) => void;

export function jsonLog(
  write: (line: string) => void = (line) => process.stdout.write(line),
): HubLog {
  return (event, fields = {}) =>
    write(`${JSON.stringify({ at: new Date().toISOString(), event, ...fields })}\n`);
}
