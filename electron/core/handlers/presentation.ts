import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PresentationFile, type SpeakerNotes } from '../../../shared/contract/presentation';
import type { CoreContext } from '../context';
import { companionFile } from '../store/companion-file';
import type { HandlerMap } from './types';

// Speaker notes live in `presentations/<journeyId>.json`, beside the journey: the node schema
// stays as it is, and notes never make a journey save conflict.

function fileOf(dataDir: string, journeyId: string) {
  return companionFile(dataDir, 'presentations', journeyId, PresentationFile);
}

/** A journey's speaker notes (none saved: empty). */
export async function readSpeakerNotes(dataDir: string, journeyId: string): Promise<SpeakerNotes> {
  return (await fileOf(dataDir, journeyId).read())?.notes ?? {};
}

/** Replaces a journey's speaker notes, dropping empty ones; returns what was written. */
export async function writeSpeakerNotes(
  dataDir: string,
  journeyId: string,
  notes: SpeakerNotes,
): Promise<SpeakerNotes> {
  const kept = Object.fromEntries(Object.entries(notes).filter(([, text]) => text.trim() !== ''));
  await mkdir(join(dataDir, 'presentations'), { recursive: true });
  await fileOf(dataDir, journeyId).write({ schemaVersion: 1, journeyId, notes: kept });
  return kept;
}

/** Copies a journey's speaker notes to another (a new version or a duplicate); node ids are kept by both. */
export async function copySpeakerNotes(
  dataDir: string,
  fromId: string,
  toId: string,
): Promise<void> {
  const notes = await readSpeakerNotes(dataDir, fromId);
  if (Object.keys(notes).length) await writeSpeakerNotes(dataDir, toId, notes);
}

/** Removes a journey's speaker notes (when the journey is deleted). */
export async function removeSpeakerNotes(dataDir: string, journeyId: string): Promise<void> {
  await rm(fileOf(dataDir, journeyId).path, { force: true });
}

/** Handlers of presentation.get / presentation.save. */
export function presentationHandlers(
  ctx: CoreContext,
): HandlerMap<'presentation.get' | 'presentation.save'> {
  return {
    'presentation.get': async ({ journeyId }) => {
      await ctx.store.get(journeyId);
      return { notes: await readSpeakerNotes(ctx.dataDir, journeyId) };
    },
    'presentation.save': async ({ journeyId, notes }) => {
      const journey = await ctx.store.get(journeyId);
      const ids = new Set(journey.nodes.map((n) => n.id));
      // Notes of deleted nodes are dropped rather than kept forever.
      const known = Object.fromEntries(Object.entries(notes).filter(([id]) => ids.has(id)));
      return { notes: await writeSpeakerNotes(ctx.dataDir, journeyId, known) };
    },
  };
}
