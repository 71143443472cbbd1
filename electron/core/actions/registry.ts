import { z } from 'zod';
import type { ModuleDescriptor, ModuleId } from '../../../shared/custom-actions';
import { AppError } from '../../../shared/errors';
import { httpModule } from './http-module';
import { mockModule } from './mock-module';
import type { ActionModule } from './module';

/** Every module the core ships, by id; a module's own config type is erased at this boundary. */
export const MODULES: Record<ModuleId, ActionModule> = {
  http: httpModule as unknown as ActionModule,
  mock: mockModule as unknown as ActionModule,
};

/** The module for an id, or a not_found error. */
export function moduleOf(id: string): ActionModule {
  const found = (MODULES as Record<string, ActionModule | undefined>)[id];
  if (!found) throw new AppError('not_found', `Unknown Action type "${id}"`, 'module');
  return found;
}

const asJson = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** Modules with their schemas as JSON Schema, for generated forms. */
export function describeModules(): ModuleDescriptor[] {
  return Object.values(MODULES).map((m) => ({
    id: m.id,
    label: m.label,
    description: m.description,
    config: asJson(m.config),
    secretFields: [...m.secretFields],
    functions: Object.entries(m.functions).map(([name, f]) => ({
      name,
      label: f.label,
      description: f.description,
      input: asJson(f.input),
      output: asJson(f.output),
    })),
  }));
}
