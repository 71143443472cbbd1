import { z } from 'zod';
import type { CustomActionRef } from '../catalog';
import type { JourneySummary } from '../model';

export const Severity = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof Severity>;

/** One validation finding; errors block Publish, warnings do not (DESIGN section 4). */
export const Problem = z.object({
  nodeId: z.string().optional(),
  /** Which setting: `params.<name>`, `applyTo`, `condition`, `paths`, an output handle, … */
  field: z.string().optional(),
  severity: Severity,
  code: z.string(),
  message: z.string(),
});
export type Problem = z.infer<typeof Problem>;

/** What validation needs besides the journey and workspace. */
export interface ValidationContext {
  /** Every journey in the library (for Add to journey / Start a journey references). */
  journeys: readonly JourneySummary[];
  /** Custom Actions (seed 003); when absent, references to them are not checked. */
  customActions?: readonly CustomActionRef[];
}

/** An error problem. */
export function error(code: string, message: string, nodeId?: string, field?: string): Problem {
  return compact({ nodeId, field, severity: 'error', code, message });
}

/** A warning problem. */
export function warning(code: string, message: string, nodeId?: string, field?: string): Problem {
  return compact({ nodeId, field, severity: 'warning', code, message });
}

function compact(p: Problem): Problem {
  const out: Problem = { severity: p.severity, code: p.code, message: p.message };
  if (p.nodeId !== undefined) out.nodeId = p.nodeId;
  if (p.field !== undefined) out.field = p.field;
  return out;
}

/** Whether any problem blocks Publish. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
