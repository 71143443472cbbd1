import type { Audience } from './common';

/**
 * A journey's type in one wording everywhere (library Type column and filter, page title, editor
 * header, create dialog, report): seed 002 calls its list "Account journeys".
 */
export const JOURNEY_TYPE_LABELS: Record<Audience, { one: string; many: string }> = {
  account: { one: 'Account journey', many: 'Account journeys' },
  people: { one: 'People journey', many: 'People journeys' },
};
