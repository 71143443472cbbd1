import { toValue, type Context, type Liquid } from 'liquidjs';

/** What liquidjs's emitters do with a value written to the output (its `stringify`). */
function textOf(value: unknown): string {
  const v: unknown = toValue(value);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(textOf).join('');
  return String(v);
}

/** An output buffer that charges everything written to the render's memory limit. */
class ChargedEmitter {
  buffer = '';
  constructor(private readonly ctx: Context) {}

  write(html: unknown): void {
    const text = textOf(html);
    this.ctx.memoryLimit.use(text.length);
    this.buffer += text;
  }
}

/**
 * liquidjs's memoryLimit charges ranges and some filters but not the text a template writes,
 * so `{% for i in (1..100000) %}<1 kB of text>{% endfor %}` builds 100 MB within its limits.
 * This makes every write to an output buffer (the page, captures, loops) count as well.
 */
export function limitOutput(engine: Liquid): Liquid {
  const renderer = engine.renderer;
  const original = renderer.renderTemplates.bind(renderer);
  renderer.renderTemplates = (templates, ctx, emitter) =>
    original(
      templates,
      ctx,
      emitter ?? (ctx.opts.keepOutputType ? undefined : new ChargedEmitter(ctx)),
    );
  return engine;
}
