import { BundleReferences, type BundleAction, type BundleScenario } from '../../../shared/bundle';
import { newId, type Journey } from '../../../shared/model';
import { SavedScenario } from '../../../shared/simulation';
import { encodeBundle } from '../../../electron/core/bundles/codec';
import { PINNED, published } from '../bundles/fixtures';

/** The account list every fixture journey's step uses. */
const REFERENCES = BundleReferences.parse({
  accountLists: [{ id: 'list-1', name: 'Key accounts', kind: 'static', status: 'live' }],
});

/** A bundle of journeys (and optionally Actions and scenarios), encoded as a remote receives it. */
export function bundleOf(
  journeys: Journey[],
  extra: { actions?: BundleAction[]; scenarios?: BundleScenario[] } = {},
): Uint8Array {
  return encodeBundle(
    {
      journeys,
      references: REFERENCES,
      actions: extra.actions ?? [],
      scenarios: extra.scenarios ?? [],
    },
    { appVersion: 'test', createdAt: PINNED, source: { workspace: 'Test' } },
  );
}

/** Version `version` of a lineage, with its own id. */
export function versionOf(
  lineageId: string,
  name: string,
  version: number,
  description = `v${version}`,
): Journey {
  return published(name, { id: `${lineageId}-v${version}`, lineageId, version, description });
}

/** A fresh journey (own lineage) with a description that makes its content unique. */
export function journey(name: string, description = name): Journey {
  const id = newId();
  return published(name, { id, lineageId: id, description });
}

export const scenario = (journeyId: string, name: string, seed: number): BundleScenario => ({
  journeyId,
  name,
  scenario: SavedScenario.parse({
    schemaVersion: 1,
    name,
    population: { kind: 'synthetic', accounts: 50 },
    horizonDays: 10,
    seed,
  }),
});
