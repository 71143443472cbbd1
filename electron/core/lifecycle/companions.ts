import type { CoreContext } from '../context';
import { copySpeakerNotes, removeSpeakerNotes } from '../handlers/presentation';
import { copyScenarios, removeScenarios, removeSimulationMemory } from '../scenarios';
import { removeFieldDrafts } from '../store/field-draft-store';

// Files kept beside a journey rather than in it (saved scenarios, speaker notes, the Simulate
// panel's last run, refused field values): one list of what travels with a journey to a new version or a duplicate, and
// goes when it is deleted. A last run stays with its own journey: a copy has not been run. Refused values go to a duplicate
// by their own rule (shared/lifecycle/duplicate-drafts.ts), in the duplicate handler.

/** Copies a journey's companion files to another journey. */
export async function copyCompanions(
  ctx: CoreContext,
  fromId: string,
  toId: string,
): Promise<void> {
  await copyScenarios(ctx.dataDir, fromId, toId);
  await copySpeakerNotes(ctx.dataDir, fromId, toId);
}

/** Removes a deleted journey's companion files. */
export async function removeCompanions(ctx: CoreContext, journeyId: string): Promise<void> {
  await removeScenarios(ctx.dataDir, journeyId);
  await removeSpeakerNotes(ctx.dataDir, journeyId);
  await removeSimulationMemory(ctx.dataDir, journeyId);
  await removeFieldDrafts(ctx.dataDir, journeyId);
}
