import type { Channel } from '../contract';

/**
 * Which channels change the data directory. Core runs every `write` channel through one
 * sequential queue (electron/core/write-queue.ts), so a check and the write it guards always see
 * the same state; `read` channels run at once. A new channel must be classified here (the
 * `satisfies` makes leaving one out a type error).
 */
export const CHANNEL_ACCESS = {
  'actions.modules': 'read',
  'actions.list': 'read',
  'actions.get': 'read',
  'actions.create': 'write',
  'actions.update': 'write',
  'actions.delete': 'write',
  'actions.test': 'read', // calls the Action's service over the network; stores nothing
  'actions.testFunction': 'read',
  'liquid.preview': 'read',
  'app.info': 'read',
  'workspace.get': 'read',
  'workspace.listUsage': 'read',
  'journeys.list': 'read',
  'journeys.get': 'read',
  'journeys.create': 'write',
  'journeys.save': 'write',
  'journeys.rename': 'write',
  'journeys.fieldDrafts': 'read',
  'journeys.saveFieldDrafts': 'write',
  'journeys.publishCheck': 'read',
  'journeys.publish': 'write',
  'journeys.closeToNewEntries': 'write',
  'journeys.abort': 'write',
  'journeys.finish': 'write',
  'journeys.duplicate': 'write',
  'journeys.delete': 'write',
  'journeys.createVersion': 'write',
  'journeys.versions': 'read',
  'journeys.referencedBy': 'read',
  'settings.get': 'read',
  'settings.set': 'write',
  'bundles.export': 'read',
  'bundles.preview': 'read',
  'bundles.import': 'write',
  'bundles.exportToFile': 'read', // writes the user's chosen file, not the data directory
  'bundles.readFile': 'read',
  'journeys.exportJson': 'read',
  'scenarios.list': 'read',
  'scenarios.save': 'write',
  'scenarios.delete': 'write',
  'simulation.start': 'read', // the run works in a worker; only its registry entry is kept, in memory
  'simulation.status': 'read',
  'simulation.cancel': 'read',
  'simulation.memory': 'read',
  'simulation.saveWorkingCopy': 'write',
  'simulation.saveLastRun': 'write',
  'populations.parseCsv': 'read',
  'journeys.backups': 'read',
  'journeys.restore': 'write',
  'remotes.list': 'read',
  'remotes.add': 'write',
  'remotes.remove': 'write',
  'remotes.test': 'read',
  'remotes.journeys': 'read',
  'remotes.push': 'read', // packs and uploads in the background; the local data is only read
  'remotes.pushStatus': 'read',
  'remotes.pullPreview': 'read',
  'remotes.pull': 'write', // the download runs before the queue (a staged handler); only the import waits in it
  'remotes.status': 'read',
  'workspace.update': 'write',
  'audiences.create': 'write',
  'templates.list': 'read',
  'journeys.createFromTemplate': 'write',
  'presentation.get': 'read',
  'presentation.save': 'write',
  'reports.simulation': 'read',
  // Team hub admin calls talk to a remote over the network; nothing local is written.
  'hub.overview': 'read',
  'hub.createToken': 'read',
  'hub.revokeToken': 'read',
} as const satisfies Record<Channel, 'read' | 'write'>;

/** True when the channel changes the data directory (and so runs in the write queue). */
export function isWriteChannel(channel: Channel): boolean {
  return CHANNEL_ACCESS[channel] === 'write';
}
