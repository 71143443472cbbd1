import type { ActionEntry, SimulationResult } from './result';
import { withUnit } from './units';

/** One line of the action log as a person reads it: what happened, to what, how many. */
export interface ActionLogRow {
  /** "Added to", "Removed from", "Score changed"… */
  what: string;
  /** The list, audience, journey or Action by its name. */
  name: string;
  kind: ActionEntry['kind'];
  /** "74 accounts", "419 people"; a score adds its net change ("+1,200 over 120 people"). */
  figure: string;
}

const WHAT = {
  listAdds: 'Added to',
  listRemoves: 'Removed from',
  audienceAdds: 'Added to',
  tagsAdded: 'Tag added',
  tagsRemoved: 'Tag removed',
  dataValuesSet: 'Value set',
  journeyStarts: 'Journey started',
  customActionCalls: 'Custom Action called',
} as const;

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toLocaleString('en-US')}`;

/**
 * Every entry of the action log, in the result's order, each with its unit; account
 * notifications too with `withNotifications` (the panel and report show them with the messages).
 */
export function actionLogRows(result: SimulationResult, withNotifications = false): ActionLogRow[] {
  const row = (what: string, e: ActionEntry, figure = withUnit(e.count, e.unit)): ActionLogRow => ({
    what,
    name: e.name,
    kind: e.kind,
    figure,
  });
  const log = result.actions;
  return [
    ...log.scoreChanges.map((e) =>
      row('Score changed', e, `${signed(e.change)} over ${withUnit(e.count, e.unit)}`),
    ),
    ...(Object.keys(WHAT) as Array<keyof typeof WHAT>).flatMap((field) =>
      log[field].filter((e) => e.count > 0).map((e) => row(WHAT[field], e)),
    ),
    ...(withNotifications ? result.accountNotifications : [])
      .filter((e) => e.count > 0)
      .map((e) => row('Account notification', e)),
  ];
}
