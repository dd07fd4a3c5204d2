import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INLINE_MODULES, LAZY_MODULES, type ClientModule } from '../../../src/client/modules.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { inlineScript } from '../../../src/lib/integrations/client-bundle.ts';
import { sourceFiles } from '../../helpers/source-files.ts';

/**
 * The browser code's conventions, read from the real sources: one folder, one place that
 * writes <script> tags, and every `data-module` backed by a module that is registered.
 */
const ONE_SCRIPT_PLACE = 'src/components/ClientScript.astro';
const ENTRIES = ['src/client/main.ts', 'src/client/before-paint.ts', 'src/client/modules.ts'];
const templates = sourceFiles('src').filter((file) => file.endsWith('.astro'));
const registered = [...Object.keys(INLINE_MODULES), ...Object.keys(LAZY_MODULES)];

function dataModules(): { file: string; name: string }[] {
  return templates.flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/data-module="([^"]*)"/g)].map((m) => ({ file, name: m[1]! })),
  );
}

describe('the client code', () => {
  it(`is only put in pages by ${ONE_SCRIPT_PLACE}: no other template has a <script> (JSON data blocks aside)`, () => {
    const stray = templates.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        // Structured data is JSON for search engines, never run.
        .filter((tag) => !/type="application\/(ld\+)?json"/.test(tag))
        .map((tag) => `${file}: ${tag}`),
    );
    expect(stray.filter((s) => !s.startsWith(`${ONE_SCRIPT_PLACE}:`))).toEqual([]);
    expect(stray.length).toBeGreaterThan(0);
  });

  it('has a registered module, in a file of its own name, for every data-module in the templates', () => {
    const uses = dataModules();
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((u) => !registered.includes(u.name)).map((u) => `${u.file}: data-module="${u.name}"`)).toEqual([]);
    expect(registered.filter((name) => !fs.existsSync(path.join('src/client', `${name}.ts`)))).toEqual([]);
  });

  it('registers no module that no template uses', () => {
    const used = new Set(dataModules().map((u) => u.name));
    expect(registered.filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(Object.keys(LAZY_MODULES))('loads the lazy module %s through the init(root) every module exports', async (name) => {
    const module = (await import(`../../../src/client/${name}.ts`)) as Partial<ClientModule>;
    expect(typeof module.init).toBe('function');
  });

  it('keeps a module per behaviour at the top of src/client and shared code in folders below it', () => {
    const topLevel = sourceFiles('src/client').filter((file) => path.dirname(file) === 'src/client');
    const modules = registered.map((name) => `src/client/${name}.ts`);
    expect(topLevel.filter((file) => !modules.includes(file) && !ENTRIES.includes(file))).toEqual([]);
  });

  it('leaves one folder named scripts in the project: the build scripts at the top', () => {
    const skip = new Set(['node_modules', '.git', 'dist', '.build', '.astro']);
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || skip.has(entry.name)) continue;
        const full = path.join(dir, entry.name);
        if (entry.name === 'scripts') found.push(full);
        walk(full);
      }
    };
    walk('.');
    expect(found).toEqual(['scripts']);
  });
});

describe('the inline scripts every page carries', () => {
  // Library data pulled in by an import (the locale registry, UI strings) would travel in every
  // page's HTML, inside the 14 KB first round trip.
  it.each(['before-paint', 'main'] as const)('%s carries none of the locale registry', (entry) => {
    const { code } = inlineScript(entry);
    const facts = LOCALES.flatMap((l) => [l.label, l.typeface, l.ogLocale]);
    expect(facts.filter((fact) => code.includes(fact))).toEqual([]);
  });
});
