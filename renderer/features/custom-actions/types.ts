import type { ActionView } from '../../../shared/custom-actions';

/** A stored secret as the UI sees it: set or not, and its masked hint. */
export type SecretView = ActionView['secrets'][string];
