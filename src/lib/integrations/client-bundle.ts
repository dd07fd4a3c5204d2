import path from 'node:path';
import { cspHash } from '../csp.ts';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, buildSync, type BuildOptions } from 'esbuild';
import { LAZY_MODULES, LAZY_MODULE_PATH } from '../../client/modules.ts';

/**
 * The one bundler of the browser code in src/client/: esbuild, which Astro's toolchain
 * already installs. Two kinds of output from the same sources and options:
 * - the inline scripts (the pre-paint preferences and the entry that starts every module),
 *   compiled while Astro renders the pages, so that each page carries them and their hashes
 *   join its Content-Security-Policy: no script is fetched before the page is read;
 * - the lazy modules (search, the measures filter), written to `dist/client/` with stable
 *   names the entry imports, and shared code in hashed chunks.
 */

/** Relative to the project, where Astro and the build run. */
const CLIENT_DIR = path.resolve('src/client');

const shared: BuildOptions = { bundle: true, minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning' };

export type InlineEntry = 'before-paint' | 'main';

export interface InlineScript {
  code: string;
  /** What the page's CSP lists so that the browser runs this script and no other inline one. */
  hash: `sha256-${string}`;
}

const compiled = new Map<InlineEntry, InlineScript>();

/** An inline script, compiled once per build: a classic script in ES2022, which every browser that runs the site's CSS (Tailwind 4: Safari 16.4, Chrome 111, Firefox 128) understands. */
export function inlineScript(entry: InlineEntry): InlineScript {
  // `astro dev` compiles at every request, so that an edit in src/client/ shows on reload.
  let script = import.meta.env?.DEV ? undefined : compiled.get(entry);
  if (!script) {
    const result = buildSync({
      ...shared,
      entryPoints: [path.join(CLIENT_DIR, `${entry}.ts`)],
      format: 'iife',
      target: 'es2022',
      // The modules are strict already (ES modules); the directive would only add its bytes to every page.
      tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
      write: false,
    });
    const code = result.outputFiles[0]!.text.trim();
    script = { code, hash: cspHash(code) };
    compiled.set(entry, script);
  }
  return script;
}

function lazyOptions(outdir: string): BuildOptions {
  return {
    ...shared,
    entryPoints: Object.fromEntries(Object.keys(LAZY_MODULES).map((name) => [name, path.join(CLIENT_DIR, `${name}.ts`)])),
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    splitting: true,
    format: 'esm',
    target: 'es2022',
    metafile: true,
  };
}

/** Writes the lazy modules into a built site; returns their sizes, for the build log. */
export async function writeLazyModules(site: string): Promise<string[]> {
  const result = await build(lazyOptions(path.join(site, LAZY_MODULE_PATH)));
  return Object.entries(result.metafile!.outputs).map(([file, out]) => `${path.basename(file)} ${(out.bytes / 1024).toFixed(1)} KB`);
}

/** Bundles the client code with Astro: the lazy modules after `astro build`, and served from memory by `astro dev`. */
export function clientBundle(): AstroIntegration {
  return {
    name: 'blueprint:client-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`Bundled the client modules: ${(await writeLazyModules(fileURLToPath(dir))).join(', ')}`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(LAZY_MODULE_PATH, (request, response, next) => {
          const file = (request.url ?? '').split('?')[0]!.replace(/^\//, '');
          // Bundled at each request: the sources change while `astro dev` runs, and esbuild takes milliseconds.
          build({ ...lazyOptions('/virtual'), write: false, minify: false }).then((result) => {
            const output = result.outputFiles?.find((out) => path.basename(out.path) === file);
            if (!output) return next();
            response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            response.end(output.text);
          }, next);
        });
      },
    },
  };
}
