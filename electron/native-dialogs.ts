import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { BUNDLE_EXTENSION } from './open-file';

const BUNDLE_FILTERS = [
  { name: 'Journey Studio bundle', extensions: ['journeys.zip'] },
  { name: 'All files', extensions: ['*'] },
];

/** File > Open bundle… and Import…: one existing bundle. */
export function openBundleDialogOptions(title: string, defaultPath: string): OpenDialogOptions {
  return {
    title,
    defaultPath,
    buttonLabel: title.replace(/…$/, ''),
    filters: BUNDLE_FILTERS,
    properties: ['openFile'],
  };
}

/** File > Export…: where to write the bundle, named after today's date. */
export function exportBundleDialogOptions(defaultDir: string, now: Date): SaveDialogOptions {
  const day = now.toISOString().slice(0, 10);
  return {
    title: 'Export journeys',
    buttonLabel: 'Export',
    defaultPath: join(defaultDir, `journeys-${day}${BUNDLE_EXTENSION}`),
    filters: BUNDLE_FILTERS.slice(0, 1),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** GTK save dialogs do not append the filter's extension; a bundle always gets its `.journeys.zip`. */
export function ensureBundleExtension(path: string): string {
  if (path.toLowerCase().endsWith(BUNDLE_EXTENSION)) return path;
  return `${path.replace(/\.zip$/i, '').replace(/\.journeys$/i, '')}${BUNDLE_EXTENSION}`;
}
