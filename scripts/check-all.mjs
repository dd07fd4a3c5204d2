// `npm run check`: every check that needs no build, in one run: the content (as `npm run check:content`),
// then types, lint and format. Exits 1 if any of them failed, after all have run.
import './require-node.mjs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runStaticChecks } from './lib/static-checks.mjs';

const root = path.resolve(import.meta.dirname, '..');
console.log('▶ Content (npm run check:content)');
const content = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, stdio: 'inherit' });
const failures = content.status === 0 ? [] : ['Content: the content check found errors (listed above).'];
failures.push(...(await runStaticChecks(root)));
if (failures.length) {
  console.error(`\n${failures.length} check${failures.length === 1 ? '' : 's'} failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nEvery check passed.');
