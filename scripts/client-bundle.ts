// Bundles the search scripts into dist/search/ with stable entry names, so the
// tiny inline script of every page can import them when a reader starts a
// search (and never before). Shared code goes into hashed chunks.
import path from 'node:path';
import { build } from 'esbuild';

const site = path.resolve(process.argv[2] ?? 'dist');
const result = await build({
  entryPoints: {
    header: 'src/scripts/search/header.ts',
    page: 'src/scripts/search/page.ts',
    'measures-filter': 'src/scripts/measures-filter.ts',
  },
  outdir: path.join(site, 'search'),
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const sizes = Object.entries(result.metafile.outputs).map(([file, out]) => `${path.basename(file)} ${(out.bytes / 1024).toFixed(1)} KB`);
console.log(`Bundled the search scripts: ${sizes.join(', ')}`);
