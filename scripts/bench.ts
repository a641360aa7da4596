import { spawnSync } from 'node:child_process';
import { appRoot } from './build-app.ts';

/**
 * `npm run bench [-- NAME…]`: the benchmarks, one after another (timings are never asserted
 * in tests). Each prints its own table of medians and ratios. With no names, all run.
 * For the igraph and NetworkX columns install Debian's python3-igraph and python3-networkx.
 */
const benches: Record<string, string[]> = {
  metrics: ['scripts/bench-metrics.ts'],
  import: ['scripts/bench-import.ts'],
  upload: ['test/bench/bench-upload.ts'],
  series: ['scripts/bench-series.ts'],
  allies: ['scripts/bench-allies.ts'],
  map: ['scripts/bench-map.ts'],
  'map-time': ['scripts/bench-map-time.ts'],
  jobs: ['scripts/bench-analysis-jobs.ts'],
};

const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = chosen.length > 0 ? chosen : Object.keys(benches);
for (const name of names) {
  const script = benches[name];
  if (!script) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name} ==`);
  const tsx = `${appRoot}/node_modules/tsx/dist/cli.mjs`;
  const result = spawnSync(process.execPath, [tsx, ...script], { cwd: appRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
