import { z } from 'zod';
import type { ActionModule } from './module';

export const MockConfig = z.object({
  response: z
    .string('Response is required')
    .max(100_000)
    .refine((text) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }, 'Response must be valid JSON')
    .meta({ title: 'Response (JSON)', description: 'Returned as the body of every call.' }),
  status: z.number().int().min(100).max(599).default(200).meta({ title: 'Status' }),
  delayMs: z.number().int().min(0).max(10_000).default(0).meta({ title: 'Delay (ms)' }),
});
export type MockConfig = z.infer<typeof MockConfig>;

const Output = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
});

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });
}

function reply(config: MockConfig, body: unknown) {
  const ok = config.status < 400;
  const response = { status: config.status, headers: { 'content-type': 'application/json' }, body };
  return { ok, message: `Mock response, status ${config.status}`, response };
}

/** Mock: returns configured data without any network, for demos and tests. */
export const mockModule: ActionModule<MockConfig> = {
  id: 'mock',
  label: 'Mock',
  description: 'Returns configured data; no network. For demos and tests.',
  config: MockConfig,
  secretFields: [],
  functions: {
    respond: {
      label: 'Return the configured response',
      description: 'Returns { status, headers, body } with the configured JSON as body.',
      input: z.object({}),
      output: Output,
      async execute(config, _input, { signal }) {
        await wait(config.delayMs, signal);
        return reply(config, JSON.parse(config.response) as unknown);
      },
    },
    echo: {
      label: 'Echo the input',
      description: 'Returns the rendered input as the body; useful to check Liquid.',
      input: z.object({
        value: z.string().max(100_000).default('').meta({ title: 'Value' }),
      }),
      output: Output,
      async execute(config, input, { signal }) {
        await wait(config.delayMs, signal);
        return reply(config, input);
      },
    },
  },
  async test(config) {
    return {
      ok: true,
      message: `The configuration is valid; calls return status ${config.status}`,
      response: JSON.parse(config.response) as unknown,
    };
  },
};
