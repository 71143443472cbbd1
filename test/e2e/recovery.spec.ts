import { spawnSync } from 'node:child_process';
import { copyFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { expect, snap, test } from './fixtures';
import { startSecondInstance, type SecondInstance } from './second-instance';

// Issue 16: files set aside when the data directory opened are shown to the user, with why.
let instance: SecondInstance | undefined;
test.afterEach(async () => {
  await instance?.stop();
  instance = undefined;
});

test('the banner names a copied journey file and a damaged workspace.json that were set aside', async ({
  page,
}) => {
  let journeyId = '';
  instance = await startSecondInstance({
    prepare: (dir) => {
      const created = spawnSync(
        process.execPath,
        [
          'bin/journey-studio.mjs',
          'call',
          'journeys.create',
          '{"name":"Kept journey","audience":"people"}',
          '--data-dir',
          dir,
        ],
        { encoding: 'utf8' },
      );
      journeyId = (JSON.parse(created.stdout) as { id: string }).id;
      copyFileSync(
        join(dir, 'journeys', `${journeyId}.json`),
        join(dir, 'journeys', `${journeyId} (copy).json`),
      );
      truncateSync(join(dir, 'workspace.json'), 30);
    },
  });
  await page.goto(`${instance.url}#/journeys`);
  const banner = page.getByRole('alert', { name: 'Files set aside' });
  await expect(banner).toContainText('2 files could not be used and were set aside');
  await banner.getByText('2 files could not be used').click();
  await expect(
    banner.getByRole('listitem').filter({ hasText: `${journeyId} (copy).json` }),
  ).toContainText(`holds journey id "${journeyId}"`);
  await expect(banner.getByRole('listitem').filter({ hasText: 'workspace.json' })).toContainText(
    'restored from its last good copy',
  );
  // The journey is listed once (its link carries the full name; the visible text may be cut).
  await expect(page.getByRole('link', { name: 'Kept journey' })).toHaveCount(1);
  await snap(page, 'recovery-banner');
  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toHaveCount(0);
});
