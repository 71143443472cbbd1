import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ImportSummary } from '../../../shared/bundle';
import { writeFileAtomic } from '../../core/store/atomic-file';

/** The first answer to a push id, replayed to retries instead of applying again. */
const PushRecord = z.object({ sha256: z.string(), at: z.string(), summary: ImportSummary });
export type PushRecord = z.infer<typeof PushRecord>;
const LedgerFile = z.object({
  schemaVersion: z.literal(1),
  pushes: z.record(z.string(), PushRecord),
});
const KEEP = 1_000;

/** Push ids and their results, in `remote/pushes.json`; the oldest are forgotten past 1,000. */
export class PushLedger {
  private pushes: Record<string, PushRecord> | null = null;

  constructor(private readonly dataDir: string) {}

  private get path(): string {
    return join(this.dataDir, 'remote', 'pushes.json');
  }

  async get(pushId: string): Promise<PushRecord | undefined> {
    return (await this.load())[pushId];
  }

  async remember(pushId: string, record: PushRecord): Promise<void> {
    const pushes = { ...(await this.load()), [pushId]: record };
    const kept = Object.entries(pushes)
      .sort(([, a], [, b]) => a.at.localeCompare(b.at))
      .slice(-KEEP);
    this.pushes = Object.fromEntries(kept);
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(
      this.path,
      `${JSON.stringify({ schemaVersion: 1, pushes: this.pushes })}\n`,
    );
  }

  private async load(): Promise<Record<string, PushRecord>> {
    if (this.pushes) return this.pushes;
    try {
      this.pushes = LedgerFile.parse(JSON.parse(await readFile(this.path, 'utf8'))).pushes;
    } catch {
      this.pushes = {}; // missing or unreadable: at worst a retry re-imports identical content, which writes nothing
    }
    return this.pushes;
  }
}
