import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { renderSimulationReport } from '../../../shared/reports';
import { skippedBuyingGroup } from '../../helpers/skipped-buying-group';
import { useTempDirs } from '../../helpers/temp-dir';

// The report printed to PDF by Chromium (as "Print" does) and read back with poppler's pdftotext.
const tempDir = useTempDirs();

async function printed(html: string, width: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = join(tempDir(), 'report.pdf');
    writeFileSync(pdf, await page.pdf({ width, height: '297mm' }));
    return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  } finally {
    await browser.close();
  }
}

describe('printed report', () => {
  it('keeps every percentage on one line, even in a narrow column', async () => {
    const { journey, result } = skippedBuyingGroup();
    const html = renderSimulationReport({
      journey,
      result,
      generatedAt: '2030-01-01T10:00:00.000Z',
    });
    const shares = html.match(/\d\.\d\u00a0%/g) ?? [];
    // The key figure and the shares of the exit and split tables.
    expect(shares.length).toBeGreaterThanOrEqual(5);
    // A page so narrow that each table of the two-column grid is a thin column.
    const text = await printed(html, '110mm');
    const onOneLine = text.match(/\d+\.\d[ \u00a0]%/g) ?? [];
    expect(onOneLine.length).toBe(shares.length);
    expect(text).not.toMatch(/^\s*%\s*$/m);
  }, 60_000);
});
