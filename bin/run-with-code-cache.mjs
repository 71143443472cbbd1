// Runs a CommonJS bundle with a V8 code cache beside it (`<file>.v8-cache`): later starts skip
// parsing and compiling what the first run compiled. Node 22 does this itself
// (module.enableCompileCache); on Node 20 vm.Script's cachedData is the way.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** Evaluates the bundle at `url` and returns its exports; `saveCache` writes the cache when it is missing or stale. */
export function requireWithCodeCache(url) {
  const file = fileURLToPath(url);
  const cacheFile = `${file}.v8-cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // first run after a build
  }
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, cachedData },
  );
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    /** After the command ran, so the cache holds the functions it compiled. A stale cache (another build or Node) is rejected by V8 and replaced. */
    saveCache() {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        const temp = `${cacheFile}.${process.pid}`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile); // whole or not at all, with CLIs running side by side
      } catch {
        // a read-only install runs without the cache
      }
    },
  };
}
