import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Builds the three targets without touching the Electron binary. better-sqlite3 stays
 * external: it is a native module that electron-builder rebuilds for Electron's ABI.
 */
/** TEJIDO_OUT_DIR lets several checkouts' test runs build side by side without clobbering out/. */
const outRoot = process.env.TEJIDO_OUT_DIR ?? resolve(import.meta.dirname, 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(outRoot, 'main'),
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') },
        external: ['better-sqlite3', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(outRoot, 'preload'),
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      // Smaller and faster to load from disk; source maps stay out of the package.
      // TEJIDO_NO_MINIFY=1 keeps function names for CPU profiles (scripts/profile-map-data.ts).
      minify: !process.env.TEJIDO_NO_MINIFY,
      outDir: resolve(outRoot, 'renderer'),
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'renderer/index.html'),
          // The workshop participants' phone page, served by the LAN server at /join.
          participant: resolve(import.meta.dirname, 'renderer/participant.html'),
        },
      },
    },
  },
});
