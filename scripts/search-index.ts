// Builds the Pagefind search index of a built site: one index per language,
// from `data-pagefind-body` content only. Fails loudly on any indexing error.
import path from 'node:path';
import * as pagefind from 'pagefind';

const site = path.resolve(process.argv[2] ?? 'dist');
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind indexing failed:\n${added.errors.join('\n')}`);
console.log(`Indexed ${added.page_count} pages from ${path.relative(process.cwd(), site) || '.'}`);
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write its files:\n${written.errors.join('\n')}`);
await pagefind.close();
