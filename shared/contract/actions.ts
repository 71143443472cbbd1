import { z } from 'zod';
import {
  ActionView,
  ConfigValues,
  ModuleDescriptor,
  ModuleId,
  SampleProfileInput,
  TestResult,
} from '../custom-actions';
import { DisplayName } from '../model';

const ActionId = z.object({ id: z.string().min(1, 'id is required') }).strict();

/** Function input as the Action step stores it: named text values that may hold Liquid. */
const FunctionInput = z.record(z.string().min(1).max(100), z.string().max(100_000));

/** Liquid rendered in the core (off the UI thread, time-limited) for previews. */
export const LiquidPreviewInput = z
  .object({
    template: z.string().max(200_000),
    /** `condition`: a Gate condition (a plain expression is wrapped in `{% if %}`). */
    mode: z.enum(['text', 'condition']).default('text'),
    sampleProfile: SampleProfileInput,
    /** Results of earlier Action steps by Data Key (`journey.<key>`). */
    journey: z.record(z.string().max(100), z.unknown()).default({}),
  })
  .strict();

export const LiquidPreviewOutput = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), output: z.string(), truthy: z.boolean() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type LiquidPreviewOutput = z.infer<typeof LiquidPreviewOutput>;

/** Custom Actions (seed 003): the Actions tab, module and function tests, and Liquid previews. */
export const actionChannels = {
  /** Every module with its configuration schema and its functions' input schemas (JSON Schema). */
  'actions.modules': { input: z.object({}).strict(), output: z.array(ModuleDescriptor) },
  /** Every configured Action, secrets masked. */
  'actions.list': { input: z.object({}).strict(), output: z.array(ActionView) },
  /** One Action, secrets masked. */
  'actions.get': { input: ActionId, output: ActionView },
  /** Creates an Action (Name, Type, Configuration); secret values go to the secrets store only. */
  'actions.create': {
    input: z.object({ name: DisplayName, module: ModuleId, config: ConfigValues }).strict(),
    output: ActionView,
  },
  /** Edits an Action; a secret field left empty keeps its stored value. */
  'actions.update': {
    input: z.object({ id: z.string().min(1), name: DisplayName, config: ConfigValues }).strict(),
    output: ActionView,
  },
  /** Deletes an Action and its secrets; refused while a journey uses it (the journeys are named). */
  'actions.delete': { input: ActionId, output: z.object({ deleted: z.literal(true) }) },
  /** Module test: validates the configuration (HTTP: a real request to the base URL). */
  'actions.test': { input: ActionId, output: TestResult },
  /** Function test: renders the input's Liquid for a sample profile and executes it for real. */
  'actions.testFunction': {
    input: z
      .object({
        actionId: z.string().min(1),
        function: z.string().min(1).max(100),
        input: FunctionInput.default({}),
        sampleProfile: SampleProfileInput,
        journey: z.record(z.string().max(100), z.unknown()).default({}),
      })
      .strict(),
    output: TestResult,
  },
  /** Renders a template or a Gate condition for a sample profile (strict, bounded, in the core). */
  'liquid.preview': { input: LiquidPreviewInput, output: LiquidPreviewOutput },
} as const;
