import { describe, expect, it } from 'vitest';
import { SCHEMAS, COLLECTION_NAMES } from '../../../src/schemas/index.ts';
import { commonFields } from '../../../src/schemas/common.ts';
import { REAL_CONTENT, errors, partsOf, withText } from '../../helpers/generate/content.ts';
import { fieldSites, misspell, splice, withoutField, type FieldSite } from '../../helpers/generate/front-matter.ts';
import { SEED, random, sample } from '../../helpers/generate/random.ts';
import { schemaFields } from '../../helpers/generate/schema-fields.ts';
import type { SourceFile } from '../../../src/lib/check/content-check.ts';

/** How many places in the real content each schema field is tried at. */
const SITES_PER_FIELD = 3;
const rand = random(SEED);

interface Case {
  label: string;
  file: SourceFile;
  text: string;
  expect: (p: { file: string; line?: number; field: string; message: string }) => boolean;
}

const sitesByCollection = new Map<string, { file: SourceFile; site: FieldSite }[]>();
for (const file of REAL_CONTENT) {
  const { collection } = partsOf(file.relative);
  const list = sitesByCollection.get(collection) ?? [];
  for (const site of fieldSites(file.text)) list.push({ file, site });
  sitesByCollection.set(collection, list);
}

const removals: Case[] = [];
const misspellings: Case[] = [];
const uncovered: string[] = [];
/** Fields every collection shares: one used in any collection is tried there, as the schema is the same. */
const COMMON = new Set(Object.keys(commonFields));
const allSites = [...sitesByCollection.values()].flat();
for (const collection of COLLECTION_NAMES) {
  const fields = schemaFields(SCHEMAS[collection]);
  const names = new Set(fields.map((f) => f.pattern.split('.').at(-1)!));
  for (const field of fields) {
    const own = (sitesByCollection.get(collection) ?? []).filter((s) => s.site.pattern === field.pattern);
    const shared = COMMON.has(field.pattern.split('.')[0]!) && field.pattern.includes('.');
    const sites = own.length > 0 || !shared ? own : allSites.filter((s) => s.site.pattern === field.pattern);
    if (field.required && sites.length === 0) uncovered.push(`${collection}: ${field.pattern}`);
    for (const { file, site } of sample(sites, SITES_PER_FIELD, rand)) {
      const where = `${collection}' ${site.path.join('.')} in ${file.path}`;
      const name = String(site.path.at(-1));
      const wrong = misspell(name, names);
      misspellings.push({
        label: `misspelling ${where} as "${wrong}"`,
        file,
        text: splice(file.text, site.key, wrong),
        expect: (p) => p.file === file.path && p.line === site.line && p.message.startsWith(`unknown field "${wrong}"`),
      });
      if (!field.required) continue;
      removals.push({
        label: `removing ${where}`,
        file,
        text: withoutField(file.text, site.path),
        expect: (p) => p.file === file.path && p.field === site.path.join('.') && /^is required/.test(p.message) && typeof p.line === 'number',
      });
    }
    if (sites.length === 0 && !field.pattern.includes('.')) {
      // An optional field no file uses yet: an editor adding it with a typo is told so.
      const file = sample(REAL_CONTENT.filter((f) => partsOf(f.relative).collection === collection), 1, rand)[0]!;
      const wrong = misspell(field.pattern, names);
      misspellings.push({
        label: `adding ${collection}' ${field.pattern} misspelt as "${wrong}" to ${file.path}`,
        file,
        text: file.text.replace(/^---\r?\n/, `---\n${wrong}: 2024-01-01\n`),
        expect: (p) => p.file === file.path && p.line === 2 && p.message.startsWith(`unknown field "${wrong}"`),
      });
    }
  }
}

function check(c: Case) {
  const found = errors(withText(REAL_CONTENT, c.file.relative, c.text));
  expect(found.some(c.expect), `no matching error among:\n${found.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n')}`).toBe(true);
}

describe(`every field of every schema, tried in the real content (seed ${SEED})`, () => {
  it('every required field of every schema is used somewhere in the real content, so each is tried', () => {
    expect(uncovered).toEqual([]);
    expect(removals.length).toBeGreaterThan(COLLECTION_NAMES.length * 2);
  });

  it.each(removals)('$label fails naming the file, the line and the field', check);
  it.each(misspellings)('$label fails naming the file, the line and the unknown name', check);
});
