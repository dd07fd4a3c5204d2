import fs from 'node:fs';
import path from 'node:path';
import { builtPages } from '../../src/lib/verify-build.ts';

/** The built site the site and browser lanes test (`npm test` builds it first). */
export const DIST = path.resolve(process.env.BLUEPRINT_DIST ?? 'dist');

if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does it for you).`);
}

/** Every page of the built site, as site paths. */
export const PAGES: string[] = builtPages(DIST);

/** The HTML of a built page. */
export function readPage(sitePath: string): string {
  const file = sitePath.endsWith('.html') ? path.join(DIST, sitePath) : path.join(DIST, sitePath, 'index.html');
  return fs.readFileSync(file, 'utf8');
}

/** A built file other than a page (a search file, the headers), as text. */
export function readFile(sitePath: string): string {
  return fs.readFileSync(path.join(DIST, sitePath), 'utf8');
}
