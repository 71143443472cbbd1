import type { z } from 'zod';
import type { ModuleId } from '../../../shared/custom-actions';

/** What a function or a module test gets besides its values. */
export interface RunOptions {
  /** Aborted by the caller's time limit. */
  signal: AbortSignal;
}

/** The outcome of running something against an external service. */
export interface RunOutcome {
  ok: boolean;
  message: string;
  response?: unknown;
}

/** One function of a module: its input and output schemas and how it runs. */
export interface ActionFunction<C> {
  label: string;
  description: string;
  input: z.ZodObject;
  output: z.ZodType;
  execute(config: C, input: Record<string, unknown>, options: RunOptions): Promise<RunOutcome>;
}

/**
 * A custom Action module (seed 003): a configuration schema (secret fields named apart), the
 * functions an Action step may call, and a module test that checks a configuration.
 */
export interface ActionModule<C = Record<string, unknown>> {
  id: ModuleId;
  label: string;
  description: string;
  config: z.ZodObject;
  /** Config fields stored through the secrets interface, never in actions.json. */
  secretFields: readonly string[];
  functions: Record<string, ActionFunction<C>>;
  test(config: C, options: RunOptions): Promise<RunOutcome>;
}
