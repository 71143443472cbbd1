import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bundlePathFromArgv,
  bundlePathFromSecondInstance,
  isBundlePath,
  OpenFileQueue,
} from '../../../electron/open-file';

const exe = '/opt/Journey Studio/journey-studio';

describe('files to open from the command line', () => {
  it('finds the last .journeys.zip argument as an absolute path', () => {
    expect(bundlePathFromArgv([exe, '/home/me/a.journeys.zip'], '/tmp')).toBe(
      '/home/me/a.journeys.zip',
    );
    expect(bundlePathFromArgv([exe, 'a.journeys.zip', 'b.JOURNEYS.ZIP'], '/home/me')).toBe(
      '/home/me/b.JOURNEYS.ZIP',
    );
    expect(bundlePathFromArgv([exe, '../x/c.journeys.zip'], '/home/me/work')).toBe(
      '/home/me/x/c.journeys.zip',
    );
  });

  it('reads the file:// URLs a Linux desktop file passes (%U)', () => {
    const url = pathToFileURL('/home/me/My Bundles/q3.journeys.zip').href;
    expect(url).toContain('%20');
    expect(bundlePathFromArgv([exe, url], '/')).toBe('/home/me/My Bundles/q3.journeys.zip');
  });

  it('ignores switches, other files, other URLs and the executable itself', () => {
    expect(bundlePathFromArgv([exe], '/')).toBeNull();
    expect(bundlePathFromArgv(['/x/evil.journeys.zip'], '/')).toBeNull();
    expect(
      bundlePathFromArgv([exe, 'dist/electron/main.mjs', '--data-dir', '/d', '--empty'], '/'),
    ).toBeNull();
    expect(
      bundlePathFromArgv(
        [exe, '--open=/x/a.journeys.zip', 'notes.zip', 'https://example.com/a.journeys.zip'],
        '/',
      ),
    ).toBeNull();
    expect(bundlePathFromArgv([exe, '.journeys.zip'], '/')).toBeNull();
    expect(isBundlePath('/x/.journeys.zip')).toBe(false);
    expect(isBundlePath('/x/.q3.journeys.zip')).toBe(true);
  });

  it('uses what the second launch sent, else the argv Electron gives', () => {
    const sent = { argv: [exe, 'b.journeys.zip'], cwd: '/home/me/Downloads' };
    expect(
      bundlePathFromSecondInstance([exe, '--allow-file-access', 'ignored.journeys.zip'], '/', sent),
    ).toBe('/home/me/Downloads/b.journeys.zip');
    expect(bundlePathFromSecondInstance([exe, 'c.journeys.zip'], '/srv', { argv: 'nope' })).toBe(
      '/srv/c.journeys.zip',
    );
    expect(bundlePathFromSecondInstance([exe], '/srv', undefined)).toBeNull();
  });
});

describe('open-file queue', () => {
  it('holds files until a receiver attaches, then delivers in order and directly after', () => {
    const queue = new OpenFileQueue();
    const got: string[] = [];
    queue.push('/a.journeys.zip');
    queue.push('/b.journeys.zip');
    queue.attach((path) => got.push(path));
    queue.push('/c.journeys.zip');
    expect(got).toEqual(['/a.journeys.zip', '/b.journeys.zip', '/c.journeys.zip']);
    queue.detach();
    queue.push('/d.journeys.zip');
    expect(got).toHaveLength(3);
    queue.attach((path) => got.push(`again ${path}`));
    expect(got.at(-1)).toBe('again /d.journeys.zip');
  });
});
