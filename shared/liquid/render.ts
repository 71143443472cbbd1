import type { Liquid } from 'liquidjs';
import { createStrictLiquid, LIQUID_LIMITS } from './limits';

/** One render's outcome: the text, or one line saying what went wrong. */
export type RenderResult = { ok: true; output: string } | { ok: false; message: string };

let shared: Liquid | undefined;
const engine = (): Liquid => (shared ??= createStrictLiquid());

/** Whether a rendered Gate condition counts as true ('', 'false', '0', 'nil', 'null' do not). */
export function isTruthyOutput(out: string): boolean {
  const s = out.trim();
  return s !== '' && s !== 'false' && s !== '0' && s !== 'nil' && s !== 'null';
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * Renders a template strictly (unknown variables fail) within the render limit, plus a wall-clock
 * limit around it so a slow render reports instead of hanging the caller.
 */
export async function renderStrict(
  template: string,
  scope: Record<string, unknown>,
  timeoutMs = LIQUID_LIMITS.renderLimit * 2,
): Promise<RenderResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<RenderResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, message: `Rendering took longer than ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const render = (async (): Promise<RenderResult> => {
    try {
      const output = (await engine().parseAndRender(template, scope)) as unknown;
      return { ok: true, output: String(output) };
    } catch (error) {
      return { ok: false, message: firstLine(error) };
    }
  })();
  try {
    return await Promise.race([render, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
