/**
 * Writes the bundled fictional sample project to data/sample/*.csv. Deterministic: a seeded
 * generator, no clock, no Math.random, so re-running it leaves the files byte-identical.
 * Run with `npx tsx scripts/generate-sample.ts` (or `npm run sample`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildSampleFiles } from './sample/sample-files.ts';

const outDir = new URL('../data/sample/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(buildSampleFiles())) {
  writeFileSync(new URL(name, outDir), text, 'utf8');
  console.log(`data/sample/${name}: ${text.split('\n').length - 2} rows`);
}
