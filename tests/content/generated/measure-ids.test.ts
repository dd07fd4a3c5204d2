import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/check/problems.ts';
import { REAL_CONTENT, errors, partsOf, withText } from '../../helpers/generate/content.ts';
import { fieldSites, splice } from '../../helpers/generate/front-matter.ts';

const strategies = REAL_CONTENT.filter((f) => partsOf(f.relative).collection === 'strategies');
const numbers = [...new Set(strategies.map((f) => Number(/^number: (\d+)$/m.exec(f.text)?.[1])))];

/** Every measure ID of every strategy file, in every locale. */
const ids = strategies.flatMap((file) =>
  fieldSites(file.text)
    .filter((s) => s.pattern === 'focusAreas.*.measures.*.id')
    .map((site) => ({ file, site, id: String(site.data) })),
);

describe('every measure ID of the real content, got wrong', () => {
  it.each(ids.map((m) => ({ ...m, label: `${m.file.path}: ${m.id}` })))('$label with another strategy’s prefix is blamed on this file alone', ({ file, site, id }) => {
    const [own, n] = id.split('.');
    const other = numbers.find((x) => String(x) !== own)!;
    const wrong = `${other}.${n}`;
    const found = errors(withText(REAL_CONTENT, file.relative, splice(file.text, site.value, `"${wrong}"`)));
    const lines = found.map(formatProblem).join('\n');
    expect(found.some((p) => p.file === file.path && p.line === site.line && p.message.includes(`must start with this strategy's number: ${id}`)), lines).toBe(true);
    // The other strategy's own measure of that ID is innocent, and so is every file that is not this one or its translations.
    const sameItem = (p: { file: string }) => p.file.replace(/\/(en|tc|sc)\//, '/') === file.path.replace(/\/(en|tc|sc)\//, '/');
    expect(found.filter((p) => !sameItem(p)).map(formatProblem)).toEqual([]);
  });

  it.each(ids.filter((m) => !m.id.endsWith('.1')).map((m) => ({ ...m, label: `${m.file.path}: ${m.id}` })))('$label repeated as the measure before it is reported as used twice', ({ file, site, id }) => {
    const [own, n] = id.split('.');
    const previous = `${own}.${Number(n) - 1}`;
    const found = errors(withText(REAL_CONTENT, file.relative, splice(file.text, site.value, `"${previous}"`)));
    expect(found.some((p) => p.file === file.path && p.line === site.line && p.message.startsWith(`measure ${previous} is used twice`)), found.map(formatProblem).join('\n')).toBe(true);
  });
});
