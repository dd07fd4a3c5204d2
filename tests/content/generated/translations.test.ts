import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../../src/i18n/locales.ts';
import { TRANSLATED_FIELDS } from '../../../src/schemas/common.ts';
import type { SourceFile } from '../../../src/lib/check/content-check.ts';
import { REAL_CONTENT, errorLines, errors, fileAt, partsOf, withText, without } from '../../helpers/generate/content.ts';
import { fieldSites, patternOf, scalarItems, splice } from '../../helpers/generate/front-matter.ts';
import { withEnglishOnlyItems } from '../../helpers/generate/english-only.ts';

const translations = REAL_CONTENT.filter((f) => partsOf(f.relative).locale !== DEFAULT_LOCALE);
const collections = [...new Set(REAL_CONTENT.map((f) => partsOf(f.relative).collection))];

describe('a missing translation is never an error: readers see the English text', () => {
  it.each(translations.map((f) => ({ file: f.relative })))('deleting $file passes the check', ({ file }) => {
    expect(errorLines(without(REAL_CONTENT, file))).toEqual([]);
  });

  it.each(collections.map((c) => ({ collection: c })))('deleting every translation of the $collection passes the check', ({ collection }) => {
    const files = REAL_CONTENT.filter((f) => !(f.relative.startsWith(`${collection}/`) && partsOf(f.relative).locale !== DEFAULT_LOCALE));
    expect(errorLines(files)).toEqual([]);
  });

  it('deleting every translation at once passes the check', () => {
    expect(errorLines(REAL_CONTENT.filter((f) => partsOf(f.relative).locale === DEFAULT_LOCALE))).toEqual([]);
  });

  it('a new direction and strategy written in English only can be named by every translated update and indicator', () => {
    const { files, strategy, measure } = withEnglishOnlyItems(REAL_CONTENT);
    const referring = files.filter((f) => /^(updates|indicators)\/tc\//.test(f.relative));
    expect(referring.length).toBeGreaterThan(0);
    for (const f of referring) expect(f.text).toContain(`strategies: [${strategy}`);
    expect(referring.some((f) => f.text.includes(`"${measure}"`))).toBe(true);
    expect(errorLines(files)).toEqual([]);
  });
});

/** A different value of the same kind, as an editor's slip would make. */
function changed(value: unknown, pattern: string): string | undefined {
  if (pattern.endsWith('measures.*.id') || /^measures\.\*$/.test(pattern)) return `"${String(value).replace(/\.\d+$/, '.9')}"`;
  if (typeof value === 'number') return String(value + 1);
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(Date.parse(`${value}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  if (/^https?:/.test(value)) return `"${value}?changed"`;
  if (value === 'count' || value === 'percent') return value === 'count' ? 'percent' : 'count';
  if (value === 'day' || value === 'month') return value === 'day' ? 'month' : 'day';
  if (value === 'blueprint' || value === 'site') return value === 'blueprint' ? 'site' : 'blueprint';
  return undefined;
}

const isFact = (path: readonly (string | number)[]) => path.every((p) => typeof p === 'number' || !TRANSLATED_FIELDS.has(p));

interface FactCase {
  label: string;
  file: SourceFile;
  text: string;
  field: string;
  pattern: string;
}
const factCases: FactCase[] = [];
for (const file of translations) {
  const leaves = [
    ...fieldSites(file.text).filter((s) => s.data === null || typeof s.data !== 'object'),
    ...scalarItems(file.text),
  ];
  for (const leaf of leaves) {
    if (!isFact(leaf.path)) continue;
    const pattern = patternOf(leaf.path);
    const value = changed(leaf.data, pattern);
    if (value === undefined) continue;
    factCases.push({ label: `${file.path}: ${leaf.path.join('.')} ${String(leaf.data)} → ${value}`, file, text: splice(file.text, leaf.value, value), field: leaf.path.join('.'), pattern });
  }
}

describe('translations state the same facts as English', () => {
  it('every fact the English files state is tried in some translation', () => {
    const englishFacts = new Set(
      REAL_CONTENT.filter((f) => partsOf(f.relative).locale === DEFAULT_LOCALE).flatMap((f) =>
        [...fieldSites(f.text).filter((s) => s.data === null || typeof s.data !== 'object'), ...scalarItems(f.text)]
          .filter((s) => isFact(s.path))
          .map((s) => `${partsOf(f.relative).collection}: ${patternOf(s.path)}`),
      ),
    );
    const tried = new Set(factCases.map((c) => `${partsOf(c.file.relative).collection}: ${c.pattern}`));
    expect([...englishFacts].filter((f) => !tried.has(f))).toEqual([]);
  });

  it.each(factCases)('$label fails naming the translation, the field and the English file', (c) => {
    const english = fileAt(REAL_CONTENT, c.file.relative.replace(/^(\w+)\/\w+\//, `$1/${DEFAULT_LOCALE}/`));
    const found = errors(withText(REAL_CONTENT, c.file.relative, c.text));
    const measureIds = c.pattern.endsWith('measures.*.id') && c.file.relative.startsWith('strategies/');
    const match = found.find((p) => p.file === c.file.path && (p.field === c.field || (measureIds && p.field === 'focusAreas')) && p.message.includes(english.path));
    expect(match, `no matching error among:\n${found.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n')}`).toBeDefined();
  });
});
