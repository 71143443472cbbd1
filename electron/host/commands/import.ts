import { readFile } from 'node:fs/promises';
import {
  ImportPolicy,
  previewCountsText,
  renamedReferenceNote,
  type BundlePreview,
  type ImportSummary,
} from '../../../shared/bundle';
import { AppError } from '../../../shared/errors';
import { call, DATA_OPTIONS, parse, withCore, type Command } from './command';
import { line, shown } from './terminal-text';

/** The preview as lines a person reads: one per journey, then the reference items. */
export function previewText(preview: BundlePreview): string {
  const lines = [
    line`Bundle from "${preview.source}" (app ${preview.appVersion}, ${preview.createdAt}):`,
  ];
  for (const j of preview.journeys) {
    const conflict = j.conflict === 'name' ? ' (name taken)' : '';
    const missing = j.missingReferences.length
      ? `  missing: ${j.missingReferences.map(shown).join(', ')}`
      : '';
    lines.push(
      `${line`  ${j.state.padEnd(11)} ${j.name} v${j.version} [${j.status}]`}${conflict}${missing}`,
    );
    for (const c of j.changes) lines.push(line`      ${c.field}: ${c.before} -> ${c.after}`);
  }
  for (const r of preview.references) {
    const renamed = renamedReferenceNote(r);
    lines.push(
      renamed === null
        ? line`  ${r.state.padEnd(11)} ${r.collection}: ${r.label}`
        : line`  ${r.state.padEnd(11)} ${renamed}`,
    );
  }
  for (const a of preview.actions) {
    const secrets = a.secretsToSet.length
      ? `  set again after import: ${a.secretsToSet.map(shown).join(', ')}`
      : '';
    lines.push(
      `${line`  ${a.state.padEnd(11)} Action: ${a.name} (${a.module})`}${a.conflict === 'name' ? ' (name taken)' : ''}${secrets}`,
    );
  }
  for (const s of preview.scenarios)
    lines.push(line`  ${s.state.padEnd(11)} scenario: ${s.name} of ${s.journeyName}`);
  lines.push(line`${previewCountsText(preview)}`);
  return `${lines.join('\n')}\n`;
}

/** What an import did, in one line. */
export function summaryText(s: ImportSummary): string {
  return `Imported with policy ${s.policy}: ${s.created.length} created, ${s.overwritten.length} overwritten, ${s.copied.length} copied, ${s.skipped.length} skipped, ${s.unchanged.length} unchanged; ${s.referencesAdded} reference item(s) added, ${s.referencesReplaced} replaced; ${s.actionsAdded} Action(s) added, ${s.actionsReplaced} replaced; ${s.scenariosAdded} scenario(s) added, ${s.scenariosReplaced} replaced.${s.referencesNamedHere.map((n) => ` Kept: ${n}.`).join('')}\n`;
}

/** A `--policy` value, refused by name when unknown. */
export function policyOf(value: string | undefined): ImportPolicy {
  const parsed = ImportPolicy.safeParse(value ?? 'skip');
  if (!parsed.success)
    throw new AppError(
      'invalid_input',
      `--policy must be skip, overwrite or copy, got "${value}"`,
      'policy',
    );
  return parsed.data;
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import <bundle.journeys.zip> [--policy skip|overwrite|copy] [--dry-run] [--data-dir DIR] [--json]',
  summary:
    'Previews a bundle (--dry-run) or imports it all-or-nothing; conflicts follow --policy (default skip).',
  run: async (argv, io) => {
    const { values, positionals } = parse(argv, {
      ...DATA_OPTIONS,
      policy: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    });
    const file = positionals[0];
    if (!file) throw new AppError('invalid_input', 'import needs a bundle file', 'file');
    const policy = policyOf(values.policy);
    let base64: string;
    try {
      base64 = (await readFile(file)).toString('base64');
    } catch (error) {
      throw new AppError('not_found', `${file}: ${(error as Error).message}`, 'file');
    }
    await withCore(values, async (core) => {
      const preview = await call(core, 'bundles.preview', { base64 });
      if (values['dry-run']) {
        io.out(values.json ? `${JSON.stringify(preview, null, 2)}\n` : previewText(preview));
        return;
      }
      const summary = await call(core, 'bundles.import', { base64, policy });
      io.out(
        values.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `${previewText(preview)}${summaryText(summary)}`,
      );
    });
    return 0;
  },
};
