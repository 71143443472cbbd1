/**
 * Results for the Data Keys in scope, for the user to edit like a real response: the last
 * function Test's response where the step was tested, else an empty HTTP-shaped example.
 */
export function exampleResults(
  keys: readonly string[],
  tested: Readonly<Record<string, unknown>> = {},
): string {
  const value = Object.fromEntries(
    keys.map((k) => [k, k in tested ? tested[k] : { status: 200, headers: {}, body: {} }]),
  );
  return JSON.stringify(value, null, 2);
}
