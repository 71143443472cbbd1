import { renderStrict } from '../../../shared/liquid/render';

export type RenderedInput =
  { ok: true; values: Record<string, string> } | { ok: false; message: string };

/** Renders every input value's Liquid for one profile; the first failure names its input. */
export async function renderInput(
  input: Record<string, string>,
  scope: Record<string, unknown>,
): Promise<RenderedInput> {
  const values: Record<string, string> = {};
  for (const [key, template] of Object.entries(input)) {
    const result = await renderStrict(template, scope);
    if (!result.ok) {
      // Earlier steps do not run in a Test, so their results are missing unless the caller passes them.
      const hint = /undefined variable: journey\./.test(result.message)
        ? ' (results of earlier Action steps are not available in a Test)'
        : '';
      return { ok: false, message: `Input ${key}: ${result.message}${hint}` };
    }
    values[key] = result.output;
  }
  return { ok: true, values };
}
