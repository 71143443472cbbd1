import { z } from 'zod';

// A value the user typed that validation refused: never saved into the journey (a save would
// refuse it), yet never silently dropped either (issue #19). Kept by core beside the journey, so a
// reload, another port or another window finds it, and Publish refuses while one is left.

/** Bigger than any field's own limit: a draft is what the user typed, not a document. */
const MAX_DRAFT_VALUE_CHARS = 20_000;
const MAX_DRAFTS_PER_JOURNEY = 500;

/** Whether a typed value can be kept as JSON within the limit (a BigInt or a cycle cannot). */
function fitsAsJson(value: unknown): boolean {
  try {
    return (JSON.stringify(value) ?? '').length <= MAX_DRAFT_VALUE_CHARS;
  } catch {
    return false;
  }
}

export const FieldDraft = z
  .object({
    nodeId: z.string().min(1).max(128),
    /** The problem field it replaces (`params.status`). */
    field: z.string().min(1).max(300),
    value: z.unknown().refine(fitsAsJson, {
      message: `must be JSON data of at most ${MAX_DRAFT_VALUE_CHARS.toLocaleString('en-US')} characters`,
    }),
    /** The message the field and the Problems list show for it. */
    message: z.string().min(1).max(1_000),
    /** The validation code the message stands for (`field-too-long`). */
    code: z.string().max(100).optional(),
  })
  .strict();
export type FieldDraft = z.infer<typeof FieldDraft>;

/** A journey's drafts by `<nodeId>|<field>`. */
export const FieldDrafts = z
  .record(z.string().min(1).max(430), FieldDraft)
  .refine((d) => Object.keys(d).length <= MAX_DRAFTS_PER_JOURNEY, {
    message: `at most ${MAX_DRAFTS_PER_JOURNEY} values not saved per journey`,
  })
  .refine((d) => Object.entries(d).every(([key, v]) => key === fieldDraftKey(v.nodeId, v.field)), {
    message: 'each key must be "<nodeId>|<field>" of its draft',
  });
export type FieldDrafts = z.infer<typeof FieldDrafts>;

/** The key a draft is kept under. */
export function fieldDraftKey(nodeId: string, field: string): string {
  return `${nodeId}|${field}`;
}
