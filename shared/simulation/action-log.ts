import type { ActionEntry, SimulationResult } from './result';
import { formatCount, withUnit } from './units';

/** One line of the action log as a person reads it: what happened, to what, how many. */
export interface ActionLogRow {
  /** "Added to", "Removed from", "Score changed"… */
  what: string;
  /** The list, audience, journey or Action by its name. */
  name: string;
  kind: ActionEntry['kind'];
  /**
   * "74 accounts", "419 people" (distinct), with the times the action ran when someone was
   * reached again ("74 accounts · 148 times"); a score adds its net change ("+1,200 over 120 people").
   */
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
  recordChanges: 'Record changed',
} as const;

/**
 * An entry's figure: distinct accounts or people, and the times the action ran when one was
 * reached more than once (a Go to loop): "1,385 accounts · 2,770 times".
 */
export function actionEntryFigure(e: Pick<ActionEntry, 'count' | 'unit' | 'times'>): string {
  const main = withUnit(e.count, e.unit);
  return e.times !== undefined && e.times > e.count
    ? `${main} · ${formatCount(e.times)} ${e.times === 1 ? 'time' : 'times'}`
    : main;
}

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toLocaleString('en-US')}`;

/**
 * Every entry of the action log, in the result's order, each with its unit; account
 * notifications too with `withNotifications` (the panel and report show them with the messages).
 */
export function actionLogRows(result: SimulationResult, withNotifications = false): ActionLogRow[] {
  const row = (what: string, e: ActionEntry, figure = actionEntryFigure(e)): ActionLogRow => ({
    what,
    name: e.name,
    kind: e.kind,
    figure,
  });
  const log = result.actions;
  return [
    ...log.scoreChanges.map((e) =>
      row('Score changed', e, `${signed(e.change)} over ${actionEntryFigure(e)}`),
    ),
    ...(Object.keys(WHAT) as Array<keyof typeof WHAT>).flatMap((field) =>
      log[field].filter((e) => e.count > 0).map((e) => row(WHAT[field], e)),
    ),
    ...(withNotifications ? result.accountNotifications : [])
      .filter((e) => e.count > 0)
      .map((e) => row('Account notification', e)),
  ];
}
