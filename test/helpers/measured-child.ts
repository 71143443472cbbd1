import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/journey-studio.mjs', import.meta.url));
const PROBE = new URL('./peak-rss.mjs', import.meta.url).href;

/** A CLI child whose peak memory is known once it has exited. */
export interface MeasuredChild {
  child: ChildProcess;
  /** Resolves when the process exits: its code, output and peak RSS in bytes. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string; peakRssBytes: number }>;
}

/** Runs `journey-studio <args>` in a child process that records its own peak RSS when it exits. */
export function spawnMeasuredCli(args: string[]): MeasuredChild {
  const dir = mkdtempSync(join(tmpdir(), 'journey-studio-rss-'));
  const file = join(dir, 'peak');
  const child = spawn(process.execPath, ['--import', PROBE, BIN, ...args], {
    env: { ...process.env, PEAK_RSS_FILE: file },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
    peakRssBytes: number;
  }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      try {
        resolve({ code, stdout, stderr, peakRssBytes: Number(readFileSync(file, 'utf8')) });
      } catch (error) {
        reject(new Error(`no peak RSS recorded (${(error as Error).message}); stderr: ${stderr}`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
  return { child, exited };
}
