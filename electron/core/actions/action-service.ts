import {
  customActionsUsed,
  joinCredentials,
  maskSecret,
  splitCredentials,
  type ActionDefinition,
  type ActionView,
  type ConfigValues,
  type ModuleId,
  type TestResult,
} from '../../../shared/custom-actions';
import { AppError, fromZodError } from '../../../shared/errors';
import { newId, type Journey } from '../../../shared/model';
import type { SecretStore } from '../secrets/secret-store';
import type { ActionsStore } from './actions-store';
import { renderInput } from './render-input';
import { moduleOf } from './registry';
import { scrubSecrets } from './scrub';

/** What the service needs from the rest of the core. */
export interface ActionServiceDeps {
  store: ActionsStore;
  secrets: SecretStore;
  /** Every journey's steps, to tell which journeys use an Action. */
  journeys: () => Promise<Pick<Journey, 'id' | 'name' | 'nodes'>[]>;
  now: () => Date;
}

/** A run may never outlast this, whatever a module's own limit says. */
const HARD_LIMIT_MS = 70_000;

const secretId = (actionId: string, field: string) => `action:${actionId}:${field}`;

/** Custom Actions: CRUD with secrets kept apart, delete refused while used, module and function tests. */
export class ActionService {
  constructor(private readonly deps: ActionServiceDeps) {}

  async list(): Promise<ActionView[]> {
    const usage = await this.usage();
    return this.deps.store.list().map((def) => this.view(def, usage));
  }

  async get(id: string): Promise<ActionView> {
    return this.view(this.require(id), await this.usage());
  }

  async create(name: string, module: ModuleId, config: ConfigValues): Promise<ActionView> {
    this.assertNameFree(name);
    const at = this.deps.now().toISOString();
    const base: ActionDefinition = {
      id: `act-${newId()}`,
      name: name.trim(),
      module,
      config: {},
      secrets: {},
      createdAt: at,
      updatedAt: at,
    };
    const def = await this.withConfig(base, config);
    await this.deps.store.put(def);
    return this.get(def.id);
  }

  async update(id: string, name: string, config: ConfigValues): Promise<ActionView> {
    const current = this.require(id);
    this.assertNameFree(name, id);
    const def = await this.withConfig(
      { ...current, name: name.trim(), updatedAt: this.deps.now().toISOString() },
      config,
    );
    await this.deps.store.put(def);
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    const def = this.require(id);
    const users = (await this.usage()).get(id) ?? [];
    if (users.length > 0) {
      const names = users.map((j) => `"${j.name}"`).join(', ');
      throw new AppError(
        'conflict',
        `"${def.name}" is used by ${users.length === 1 ? 'the journey' : 'the journeys'} ${names}; remove it from their Action steps first`,
        'id',
      );
    }
    await this.deps.store.remove(id);
    for (const ref of Object.values(def.secrets)) await this.deps.secrets.delete(ref.secretId);
  }

  /** Module test: validates the stored configuration and, for HTTP, calls the base URL. */
  async test(id: string): Promise<TestResult> {
    const def = this.require(id);
    const { config, secrets } = await this.resolved(def);
    return this.timed(secrets, (signal) => moduleOf(def.module).test(config, { signal }));
  }

  /** Function test: renders the input's Liquid for a sample profile, then executes it for real. */
  async testFunction(
    actionId: string,
    fn: string,
    input: Record<string, string>,
    scope: Record<string, unknown>,
  ): Promise<TestResult> {
    const def = this.require(actionId);
    const module = moduleOf(def.module);
    const func = Object.hasOwn(module.functions, fn) ? module.functions[fn] : undefined;
    if (!func) throw new AppError('not_found', `"${def.name}" has no function "${fn}"`, 'function');
    const started = Date.now();
    const rendered = await renderInput(input, scope);
    if (!rendered.ok)
      return { ok: false, message: rendered.message, durationMs: Date.now() - started };
    const parsed = func.input.safeParse(rendered.values);
    if (!parsed.success)
      return {
        ok: false,
        message: fromZodError(parsed.error, 'Input').message,
        durationMs: Date.now() - started,
        input: rendered.values,
      };
    const { config, secrets } = await this.resolved(def);
    const result = await this.timed(secrets, (signal) =>
      func.execute(config, parsed.data, { signal }),
    );
    return { ...result, input: scrubSecrets(rendered.values, secrets) };
  }

  private async timed(
    secrets: string[],
    run: (signal: AbortSignal) => Promise<{ ok: boolean; message: string; response?: unknown }>,
  ): Promise<TestResult> {
    const started = Date.now();
    try {
      const out = await run(AbortSignal.timeout(HARD_LIMIT_MS));
      const result: TestResult = {
        ok: out.ok,
        message: out.message,
        durationMs: Date.now() - started,
      };
      if (out.response !== undefined) result.response = out.response;
      return scrubSecrets(result, secrets);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return scrubSecrets({ ok: false, message, durationMs: Date.now() - started }, secrets);
    }
  }

  /**
   * Validates a configuration against the module and stores its secret fields, and every
   * credential outside them (a Cookie header, user:password@ or ?api_sig= in the base URL), through
   * the secrets store; actions.json keeps the rest. A credential sent back as its masked hint
   * (what the view shows) keeps the stored value.
   */
  private async withConfig(def: ActionDefinition, given: ConfigValues): Promise<ActionDefinition> {
    const module = moduleOf(def.module);
    const plain: ConfigValues = {};
    const secretValues: Record<string, string | undefined> = {};
    for (const [key, value] of Object.entries(given)) {
      if (!module.secretFields.includes(key)) plain[key] = value;
    }
    for (const field of module.secretFields) {
      const value = given[field];
      if (typeof value === 'string' && value !== '') secretValues[field] = value;
      else if (value === null) secretValues[field] = undefined;
      else
        secretValues[field] = def.secrets[field]
          ? await this.deps.secrets.get(def.secrets[field].secretId)
          : undefined;
    }
    const credentials: Record<string, string> = {};
    // A header kept as a credential for its value alone (`X-Upstream: Bearer …`) comes back as a
    // mask that no longer looks like one: it is still the stored credential.
    const headers =
      plain.headers && typeof plain.headers === 'object'
        ? { ...(plain.headers as Record<string, unknown>) }
        : null;
    for (const [slot, ref] of Object.entries(def.secrets)) {
      const name = slot.startsWith('header:') ? slot.slice('header:'.length) : null;
      if (!headers || name === null || headers[name] !== ref.hint) continue;
      const value = await this.deps.secrets.get(ref.secretId);
      if (value === undefined) continue;
      credentials[slot] = value;
      delete headers[name];
    }
    if (headers) plain.headers = headers;
    const split = splitCredentials(plain);
    for (const part of split.parts) {
      const ref = def.secrets[part.slot];
      const kept =
        ref && part.value === ref.hint ? await this.deps.secrets.get(ref.secretId) : undefined;
      credentials[part.slot] = kept ?? part.value;
    }
    const parsed = module.config.safeParse({
      ...joinCredentials(split.config, credentials),
      ...secretValues,
    });
    if (!parsed.success) throw fromZodError(parsed.error, 'config');
    const withoutFields: ConfigValues = { ...parsed.data };
    for (const field of module.secretFields) delete withoutFields[field];
    const { config: stored, parts } = splitCredentials(withoutFields);
    const toKeep: Record<string, string | undefined> = { ...secretValues };
    for (const part of parts) toKeep[part.slot] = part.value;
    const secrets: ActionDefinition['secrets'] = {};
    for (const [slot, value] of Object.entries(toKeep)) {
      if (value === undefined) continue;
      const id = secretId(def.id, slot);
      await this.deps.secrets.set(id, value);
      secrets[slot] = { secretId: id, hint: maskSecret(value) };
    }
    for (const [slot, ref] of Object.entries(def.secrets))
      if (!secrets[slot]) await this.deps.secrets.delete(ref.secretId);
    return { ...def, config: stored, secrets };
  }

  /** The configuration a run uses: secret fields and credentials put back from the secrets store. */
  private async resolved(
    def: ActionDefinition,
  ): Promise<{ config: Record<string, unknown>; secrets: string[] }> {
    const module = moduleOf(def.module);
    const fields: Record<string, string> = {};
    const credentials: Record<string, string> = {};
    for (const [slot, ref] of Object.entries(def.secrets)) {
      const value = await this.deps.secrets.get(ref.secretId);
      if (value === undefined) continue;
      if (module.secretFields.includes(slot)) fields[slot] = value;
      else credentials[slot] = value;
    }
    const parsed = module.config.safeParse({
      ...joinCredentials(def.config, credentials),
      ...fields,
    });
    if (!parsed.success) throw fromZodError(parsed.error, 'config');
    return {
      config: parsed.data,
      secrets: [...Object.values(fields), ...Object.values(credentials)],
    };
  }

  private view(
    def: ActionDefinition,
    usage: Map<string, { id: string; name: string }[]>,
  ): ActionView {
    const module = moduleOf(def.module);
    const secrets: ActionView['secrets'] = {};
    for (const field of module.secretFields) {
      const ref = def.secrets[field];
      secrets[field] = { set: ref !== undefined, hint: ref?.hint ?? '' };
    }
    // Credentials outside the secret fields show where they are, masked (a save that sends the mask back keeps them).
    const masked: Record<string, string> = {};
    for (const [slot, ref] of Object.entries(def.secrets))
      if (!module.secretFields.includes(slot)) masked[slot] = ref.hint;
    const { secrets: _refs, ...rest } = def;
    return {
      ...rest,
      config: joinCredentials(def.config, masked),
      moduleLabel: module.label,
      secrets,
      functions: Object.keys(module.functions),
      usedBy: usage.get(def.id) ?? [],
    };
  }

  private async usage(): Promise<Map<string, { id: string; name: string }[]>> {
    const map = new Map<string, { id: string; name: string }[]>();
    for (const journey of await this.deps.journeys()) {
      for (const id of customActionsUsed(journey))
        map.set(id, [...(map.get(id) ?? []), { id: journey.id, name: journey.name }]);
    }
    return map;
  }

  private require(id: string): ActionDefinition {
    const def = this.deps.store.find(id);
    if (!def) throw new AppError('not_found', `No Action with id "${id}"`, 'id');
    return def;
  }

  private assertNameFree(name: string, exceptId?: string): void {
    const key = name.trim().toLowerCase();
    if (
      this.deps.store.list().some((a) => a.id !== exceptId && a.name.trim().toLowerCase() === key)
    ) {
      throw new AppError('conflict', `An Action named "${name.trim()}" already exists`, 'name');
    }
  }
}
