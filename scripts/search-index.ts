// Builds the Pagefind search index of a built site: one index per language, from
// `data-pagefind-body` content only, plus one record per measure that links
// straight to its anchor. Also writes the Traditional/Simplified character map
// the search box uses to find pages in the other script, and removes the Pagefind UI
// files the site does not use. Fails loudly.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { measureRecords, type MeasureRecord } from '../src/lib/search/records.ts';
import { buildScriptMap } from '../src/lib/search/script-map.ts';
import { toSimplified } from '../src/lib/chinese.ts';
import { builtPages } from '../src/lib/verify-build.ts';
import { LOCALES } from '../src/i18n/locales.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const fail = (what: string, errors: string[]) => {
  if (errors.length) throw new Error(`${what}:\n${errors.join('\n')}`);
};

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
fail('Pagefind indexing failed', added.errors);

// The map is built from the Traditional pages: Simplified is converted from them, never the other way.
const traditionalRoots = LOCALES.filter((l) => l.script === 'Hant').map((l) => `/${l.code}/`);
let traditionalText = '';
const records: MeasureRecord[] = [];
for (const page of builtPages(site)) {
  const html = fs.readFileSync(path.join(site, page, 'index.html'), 'utf8');
  if (traditionalRoots.some((root) => page.startsWith(root))) traditionalText += html;
  if (/^\/\w+\/strategies\/[^/]+\/$/.test(page)) records.push(...measureRecords(html, page));
}
// A few records in flight at once keep Pagefind busy while the next one is sent; more gain nothing.
let next = 0;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (next < records.length) {
      const record = records[next++]!;
      fail(`Pagefind could not add ${record.url}`, (await index.addCustomRecord(record)).errors);
    }
  }),
);
const measures = records.length;
console.log(`Indexed ${added.page_count} pages and ${measures} measures from ${path.relative(process.cwd(), site) || '.'}`);
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
fail('Pagefind could not write its files', written.errors);
await pagefind.close();

// Pagefind also writes its ready-made interfaces (about 430 KB). The site's own search UI
// (src/client/) loads only pagefind.js, its worker, the WebAssembly and the index.
const unusedUi = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
const removed = fs.readdirSync(path.join(site, 'pagefind')).filter((name) => unusedUi.test(name));
for (const name of removed) fs.rmSync(path.join(site, 'pagefind', name));
console.log(`Removed Pagefind's unused UI files: ${removed.join(', ') || 'none'}`);

const map = buildScriptMap(traditionalText, toSimplified);
fs.mkdirSync(path.join(site, 'search'), { recursive: true });
fs.writeFileSync(path.join(site, 'search', 'script-map.json'), JSON.stringify(map));
console.log(`Wrote search/script-map.json (${Object.keys(map.t2s).length} characters)`);
