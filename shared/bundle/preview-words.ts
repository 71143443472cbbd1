import type { ReferenceCollection } from './items';
import type { BundlePreview, ItemState, ReferencePreview } from './preview';

/** How people call one item of a named collection, and the same item in short ("list"). */
const NAMED_ITEM_WORDS: Partial<Record<ReferenceCollection, { item: string; short: string }>> = {
  accountLists: { item: 'account list', short: 'list' },
  externalAudiences: { item: 'external audience', short: 'audience' },
  solutionInterests: { item: 'solution interest', short: 'solution interest' },
  marketoWorkspaces: { item: 'Marketo workspace', short: 'workspace' },
};

/**
 * What an import does with a reference item this workspace names otherwise (same id):
 * `account list "Expansion candidates 2027" is "Expansion candidates" here (same list): journeys
 * use the local list`; null for any other item.
 */
export function renamedReferenceNote(r: ReferencePreview): string | null {
  if (r.localLabel === null) return null;
  const words = NAMED_ITEM_WORDS[r.collection as ReferenceCollection] ?? {
    item: r.collection,
    short: 'item',
  };
  return `${words.item} "${r.label}" is "${r.localLabel}" here (same ${words.short}): journeys use the local ${words.short}`;
}

const tally = (items: readonly { state: ItemState }[]) => {
  const n = (state: ItemState) => items.filter((i) => i.state === state).length;
  return `${n('new')} new, ${n('identical')} identical, ${n('conflicting')} conflicting`;
};

/**
 * The preview's totals per kind of item, so they agree with its lines: "Journeys: 2 new, 0 identical,
 * 0 conflicting. Reference data: 0 new, 1 identical, 0 conflicting (1 named otherwise here)."
 * Actions, scenarios and reference data only when the bundle carries some.
 */
export function previewCountsText(preview: BundlePreview): string {
  const { counts } = preview;
  const missing =
    counts.missingReferences > 0 ? `, ${counts.missingReferences} with missing references` : '';
  const journeys = `Journeys: ${counts.new} new, ${counts.identical} identical, ${counts.conflicting} conflicting${missing}.`;
  const renamed = preview.references.filter((r) => r.localLabel !== null).length;
  const others = [
    ['Actions', tally(preview.actions)],
    ['Scenarios', tally(preview.scenarios)],
    [
      'Reference data',
      `${tally(preview.references)}${renamed > 0 ? ` (${renamed} named otherwise here)` : ''}`,
    ],
  ] as const;
  const present = [preview.actions, preview.scenarios, preview.references];
  return [
    journeys,
    ...others.filter((_, i) => present[i].length > 0).map(([k, t]) => `${k}: ${t}.`),
  ].join(' ');
}
