import { builtinModules } from 'node:module';
import { defineConfig, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Main runs as ESM in Electron's Node with its dependencies from node_modules.
// Preload must be one self-contained CommonJS file: a sandboxed preload can require only 'electron'.
const nodeModules = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const mainExternal = [...nodeModules, ...Object.keys(pkg.dependencies)];
const isExternal = (list: string[]) => (id: string) =>
  list.some((e) => id === e || id.startsWith(`${e}/`));

export default defineConfig(({ mode }): UserConfig => {
  const preload = mode === 'preload';
  return {
    build: {
      outDir: 'dist/electron',
      emptyOutDir: !preload,
      ssr: true,
      target: 'node22',
      minify: false,
      rollupOptions: {
        // The simulator's worker is its own entry: run-in-worker.ts loads ./worker.js beside main.
        input: preload
          ? { preload: 'electron/preload.ts' }
          : {
              main: 'electron/main.ts',
              worker: 'electron/core/simulator/worker.ts',
              'pool-worker': 'electron/core/simulator/pool-worker.ts',
            },
        external: isExternal(preload ? ['electron'] : mainExternal),
        output: preload
          ? { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true }
          : {
              format: 'es',
              entryFileNames: (chunk) =>
                chunk.name === 'worker' || chunk.name === 'pool-worker'
                  ? `${chunk.name}.js`
                  : '[name].mjs',
              chunkFileNames: 'chunks/[name]-[hash].mjs',
            },
      },
    },
    ssr: preload ? { noExternal: true } : undefined,
  };
});
