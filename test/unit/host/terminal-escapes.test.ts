import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBundle, encodeBundle } from '../../../electron/core/bundles/codec';
import { exportBundle } from '../../../electron/core/bundles/export';
import { shown, terminalSafe } from '../../../electron/host/commands/terminal-text';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { coreWith, PINNED } from '../bundles/fixtures';

// Issue 16, defect 6: a bundle's names and source workspace were printed raw by `import --dry-run`,
// so a hostile bundle could clear the screen, ring the bell, hide text or forge a line.
const tempDir = useTempDirs();
const HOSTILE_NAME = 'Evil\u001b[2J\u0007\u0000\r fake line\u009b31m\u007f\u202e';
const HOSTILE_WORKSPACE = 'Trusted\u001b]0;title\u0007\r Bundle from "Head office"\nforged';
/** Every character a terminal may act on, except the line feed of our own layout. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function hostileBundle(): Promise<string> {
  const dir = tempDir();
  const { core, journeys } = await coreWith(join(dir, 'data'), 1);
  try {
    const { bytes } = await exportBundle(core.context, {
      ids: [journeys[0].id],
      includeVersions: false,
    });
    const { content } = decodeBundle(bytes);
    const renamed = {
      ...content,
      journeys: content.journeys.map((j) => ({ ...j, name: HOSTILE_NAME })),
    };
    const file = join(dir, 'hostile.journeys.zip');
    writeFileSync(
      file,
      encodeBundle(renamed, {
        appVersion: '1.0.0',
        createdAt: PINNED,
        source: { workspace: HOSTILE_WORKSPACE },
      }),
    );
    return file;
  } finally {
    await core.close();
  }
}

describe('control characters never reach the terminal raw', () => {
  it('shown escapes every control character, terminalSafe keeps only our line breaks', () => {
    expect(shown('a\u001b[2J\u0007\u0000\r\nb\u009b\u007f\u202e')).toBe(
      'a\\u001b[2J\\u0007\\u0000\\r\\nb\\u009b\\u007f\\u202e',
    );
    expect(terminalSafe('line one\nline\u001b two\r')).toBe('line one\nline\\u001b two\\r');
    expect(shown('Ünïcode names — stay as they are')).toBe('Ünïcode names — stay as they are');
  });

  it('import --dry-run of a hostile bundle (a real process) shows the names escaped, in text and in JSON', async () => {
    const file = await hostileBundle();
    const dataDir = tempDir();
    const text = runCli(['import', file, '--dry-run', '--data-dir', dataDir, '--empty']);
    expect(text.status, text.stderr).toBe(0);
    for (const out of [text.stdout, text.stderr]) expect(out).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain(
      'Evil\\u001b[2J\\u0007\\u0000\\r fake line\\u009b31m\\u007f\\u202e',
    );
    expect(text.stdout).toContain(
      'Bundle from "Trusted\\u001b]0;title\\u0007\\r Bundle from "Head office"\\nforged"',
    );
    // The forged line never starts a line of its own.
    expect(text.stdout.split('\n').some((line) => line.startsWith('forged'))).toBe(false);

    const json = runCli(['import', file, '--dry-run', '--json', '--data-dir', dataDir, '--empty']);
    expect(json.status, json.stderr).toBe(0);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const preview = JSON.parse(json.stdout) as { source: string; journeys: { name: string }[] };
    // Escaped on the wire, the same value once parsed.
    expect(preview.journeys[0].name).toBe(HOSTILE_NAME);
    expect(preview.source).toBe(HOSTILE_WORKSPACE);
  }, 120_000);

  it('an unknown command name with control characters is echoed escaped on stderr', () => {
    const r = runCli(['\u001b[2Jnope\u0007']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('\\u001b[2Jnope\\u0007');
  }, 60_000);
});
