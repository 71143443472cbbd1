import { z } from 'zod';

export const ErrorCode = z.enum([
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'forbidden',
  'unauthorized',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The error shape every process boundary carries (IPC, WebSocket, CLI `--json`, REST). */
export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Dotted path of the offending input field, when one is to blame. */
  field: z.string().optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

/** An expected failure with a code a client can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/**
 * Marks an issue whose message already leads with the field in the form's words ("industry: the
 * weights of …"): its path then follows the message instead of leading it.
 */
export const NAMES_ITS_FIELD = { namesItsField: true } as const;

/** One issue as a line: "path: message", or "message (path)" when the message names its field. */
function issueLine(issue: z.ZodIssue, path: string): string {
  if (!path) return issue.message;
  const named = issue.code === 'custom' && issue.params?.namesItsField === true;
  return named ? `${issue.message} (${path})` : `${path}: ${issue.message}`;
}

/** Turns a zod failure into an AppError naming the first bad field. */
export function fromZodError(error: z.ZodError, prefix = ''): AppError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  const message = issue ? issueLine(issue, path) : 'Invalid input';
  return new AppError('invalid_input', message, path || undefined);
}

/** At most this many problems are listed in one error (a huge file would otherwise flood it). */
const MAX_LISTED_ISSUES = 20;

/**
 * Turns a zod failure into one AppError listing every bad field ("a.b: …; c: …"), so a person
 * fixes a file in one go; `field` names the first.
 */
export function fromZodIssues(error: z.ZodError, prefix = ''): AppError {
  const where = (issue: z.ZodIssue) =>
    [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const issues = onePerField(error.issues);
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => issueLine(issue, where(issue)));
  const more = issues.length - listed.length;
  if (more > 0) listed.push(`and ${more} more problem${more === 1 ? '' : 's'}`);
  const first = issues[0] ? where(issues[0]) : '';
  return new AppError('invalid_input', listed.join('; ') || 'Invalid input', first || undefined);
}

/**
 * One issue per field: where a schema's own check and a refinement both refuse a field (accounts
 * -5: ">= 0" and "at least 1"), the refinement's message is the one people see, as in the app.
 */
function onePerField(issues: z.ZodIssue[]): z.ZodIssue[] {
  const byPath = new Map<string, z.ZodIssue>();
  for (const issue of issues) {
    const key = JSON.stringify(issue.path);
    const seen = byPath.get(key);
    if (!seen || (seen.code !== 'custom' && issue.code === 'custom')) byPath.set(key, issue);
  }
  return issues.filter((issue) => byPath.get(JSON.stringify(issue.path)) === issue);
}

/** Any thrown value as a payload; unknown errors become `internal`. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof AppError) return error.toPayload();
  if (error instanceof z.ZodError) return fromZodError(error).toPayload();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}
