// The last gate before a build replaces dist/: every page family exists in every
// locale, with the same pages, and the search index is there.
import path from 'node:path';
import { verifyBuiltSite } from '../src/lib/verify-build.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const problems = verifyBuiltSite(site);
if (problems.length) {
  for (const p of problems) console.error(`  ${p}`);
  throw new Error(`the built site in ${site} is incomplete (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
}
console.log('Every page exists in every locale, and the search index is in place.');
