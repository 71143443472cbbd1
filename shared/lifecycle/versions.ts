import { AppError } from '../errors';
import type { Journey, JourneySummary } from '../model';
import { historyEntry, type Actor } from './history';
import { assertAllowed } from './status-rules';

/** The versions of one lineage, oldest first. */
export function lineageVersions<J extends Pick<JourneySummary, 'lineageId' | 'version'>>(
  lineageId: string,
  journeys: readonly J[],
): J[] {
  return journeys.filter((j) => j.lineageId === lineageId).sort((a, b) => a.version - b.version);
}

/**
 * "Create new version" of a Live journey: a Draft copy in the same lineage with the next version
 * number. One open Draft per lineage, so two people cannot fork the same journey unknowingly.
 */
export function createVersion(
  live: Journey,
  lineage: readonly JourneySummary[],
  id: string,
  actor: Actor,
): Journey {
  assertAllowed(live, 'Create new version');
  const versions = lineageVersions(live.lineageId, lineage);
  const draft = versions.find((v) => v.status === 'Draft');
  if (draft) {
    throw new AppError(
      'conflict',
      `Version ${draft.version} of "${draft.name}" is already a Draft; open it instead of creating another.`,
      'id',
    );
  }
  const version = Math.max(live.version, ...versions.map((v) => v.version)) + 1;
  const at = actor.at.toISOString();
  return {
    ...structuredClone(live),
    id,
    version,
    status: 'Draft',
    createdBy: actor.by,
    createdAt: at,
    updatedBy: actor.by,
    updatedAt: at,
    publishedBy: null,
    publishedAt: null,
    scheduledStart: null,
    revision: 1,
    history: [
      historyEntry(actor, 'Create new version', null, 'Draft', `From version ${live.version}`),
    ],
  };
}

/** The version a newly live journey replaces in its lineage (the Live one), if any. */
export function replacedVersion<J extends Pick<JourneySummary, 'id' | 'lineageId' | 'status'>>(
  published: Pick<JourneySummary, 'id' | 'lineageId'>,
  journeys: readonly J[],
): J | undefined {
  return journeys.find(
    (j) => j.lineageId === published.lineageId && j.id !== published.id && j.status === 'Live',
  );
}
