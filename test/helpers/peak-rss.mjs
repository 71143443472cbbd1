// Loaded with `node --import` into a child process under test: when it exits, its peak resident
// memory (the kernel's high-water mark, in bytes) is written to $PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.once('exit', () => {
  const file = process.env.PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
