// Builds the Pagefind search index of a built site: one index per language, from
// `data-pagefind-body` content only, plus one record per measure that links
// straight to its anchor. Chinese pages are indexed a character to a word
// (src/lib/search/han-words.ts says why). Also writes the Traditional/Simplified character map
// the search box uses to find pages in the other script, and removes the Pagefind UI
// files the site does not use. Fails loudly.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as pagefind from 'pagefind';
import { mainElement, measureRecords, type MeasureRecord } from '../src/lib/search/records.ts';
import { separateHan } from '../src/lib/search/han-words.ts';
import { indexableHtml } from '../src/lib/search/indexable-html.ts';
import { manifestEntry, manifestPath, readable, type Fragment, type Manifest } from '../src/lib/search/manifest.ts';
import { buildScriptMap } from '../src/lib/search/script-map.ts';
import { buildVocabulary, vocabularyPath } from '../src/lib/search/spelling.ts';
import { toSimplified } from '../src/lib/chinese.ts';
import { builtPages } from '../src/lib/verify-build.ts';
import { LOCALES } from '../src/i18n/locales.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const fail = (what: string, errors: string[]) => {
  if (errors.length) throw new Error(`${what}:\n${errors.join('\n')}`);
};

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
// The map is built from the Traditional pages: Simplified is converted from them, never the other way.
const traditionalRoots = LOCALES.filter((l) => l.script === 'Hant').map((l) => `/${l.code}/`);
let traditionalText = '';
const additions: { url: string; add: () => Promise<{ errors: string[] }> }[] = [];
const records: MeasureRecord[] = [];
let pages = 0;
for (const page of builtPages(site)) {
  const html = fs.readFileSync(path.join(site, page, 'index.html'), 'utf8');
  // Only the searchable part: the language switcher's 简体中文 on every page is not Traditional text.
  if (traditionalRoots.some((root) => page.startsWith(root))) traditionalText += mainElement(html);
  // Only pages that mark their searchable part: the root page, which only chooses a language, has none.
  if (!html.includes('data-pagefind-body')) continue;
  pages++;
  // Every page, English too: a Chinese name quoted on an English page is found like any other.
  additions.push({ url: page, add: () => index.addHTMLFile({ url: page, content: indexableHtml(html) }) });
  if (/^\/\w+\/strategies\/[^/]+\/$/.test(page)) records.push(...measureRecords(html, page).map(separateRecord));
}
for (const record of records) additions.push({ url: record.url, add: () => index.addCustomRecord(record) });
// A few files in flight at once keep Pagefind busy while the next one is sent; more gain nothing.
let next = 0;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (next < additions.length) {
      const { url, add } = additions[next++]!;
      fail(`Pagefind could not add ${url}`, (await add()).errors);
    }
  }),
);
const measures = records.length;
console.log(`Indexed ${pages} pages and ${measures} measures from ${path.relative(process.cwd(), site) || '.'}`);
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
fail('Pagefind could not write its files', written.errors);
await pagefind.close();

// Pagefind also writes its ready-made interfaces (about 430 KB) and a worker. The site's own search UI
// (src/client/) searches on the page's thread and loads only pagefind.js, the WebAssembly and the index.
const unusedUi = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$|^pagefind-worker\.js$/;
const removed = fs.readdirSync(path.join(site, 'pagefind')).filter((name) => unusedUi.test(name));
for (const name of removed) fs.rmSync(path.join(site, 'pagefind', name));
console.log(`Removed Pagefind's unused UI files: ${removed.join(', ') || 'none'}`);

// Each locale's list of results, read back from the fragments Pagefind wrote (named by result id).
const fragmentDir = path.join(site, 'pagefind', 'fragment');
const manifests = new Map<string, Manifest>();
/** Each locale's searchable texts, for the words a misspelt query word is matched to. */
const texts = new Map<string, string[]>();
for (const name of fs.readdirSync(fragmentDir)) {
  const id = name.replace(/\.pf_fragment$/, '');
  const fragment = readFragment(path.join(fragmentDir, name));
  const language = id.slice(0, id.indexOf('_'));
  const manifest = manifests.get(language) ?? {};
  manifest[id] = manifestEntry(fragment);
  manifests.set(language, manifest);
  const text = texts.get(language) ?? [];
  text.push(readable(`${fragment.meta.title ?? ''} ${fragment.content}`));
  texts.set(language, text);
}
fs.mkdirSync(path.join(site, 'search'), { recursive: true });
for (const locale of LOCALES) {
  const manifest = manifests.get(locale.lang.toLowerCase());
  if (!manifest) throw new Error(`The search index has no ${locale.label} (${locale.lang}) pages`);
  // Sorted by id, so that an unchanged site writes the same file.
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(path.join(site, manifestPath(locale.code)), JSON.stringify(sorted));
  console.log(`Wrote ${manifestPath(locale.code).slice(1)} (${Object.keys(sorted).length} results)`);
  const words = buildVocabulary(texts.get(locale.lang.toLowerCase()) ?? []);
  fs.writeFileSync(path.join(site, vocabularyPath(locale.code)), JSON.stringify(words));
  console.log(`Wrote ${vocabularyPath(locale.code).slice(1)} (${words.length} words)`);
}

const map = buildScriptMap(traditionalText, toSimplified);
fs.writeFileSync(path.join(site, 'search', 'script-map.json'), JSON.stringify(map));
console.log(`Wrote search/script-map.json (${Object.keys(map.t2s).length} characters)`);

/** A measure record of a Chinese page with its Han characters separated, as its page's text is. */
function separateRecord(record: MeasureRecord): MeasureRecord {
  return {
    ...record,
    content: separateHan(record.content),
    meta: Object.fromEntries(Object.entries(record.meta).map(([name, value]) => [name, separateHan(value)])),
  };
}

/** A fragment file as Pagefind writes it: gzip, then a signature, then JSON. */
function readFragment(file: string): Fragment {
  const bytes = zlib.gunzipSync(fs.readFileSync(file));
  const signature = 'pagefind_dcd';
  if (bytes.subarray(0, signature.length).toString() !== signature) throw new Error(`${file} is not a Pagefind fragment`);
  return JSON.parse(bytes.subarray(signature.length).toString('utf8')) as Fragment;
}
