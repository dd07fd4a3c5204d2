import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { readContentTree } from '../../src/lib/check/read-tree.ts';
import { errorsOf, formatProblem } from '../../src/lib/check/problems.ts';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';
import type { StrategyData } from '../../src/schemas/strategy.ts';
import type { DirectionData } from '../../src/schemas/direction.ts';

const ROOT = path.resolve('content');
const files = readContentTree(ROOT);

function load<T>(collection: keyof typeof SCHEMAS, locale: string): { slug: string; data: T }[] {
  return files
    .filter((f) => f.relative.startsWith(`${collection}/${locale}/`))
    .map((f) => ({ slug: path.basename(f.relative, '.mdx'), data: SCHEMAS[collection].parse(parseFrontmatter(f.text).data) as T }));
}

describe('the Blueprint content', () => {
  it('has no content errors (missing translations and http-only sources are warnings, listed here)', () => {
    const problems = checkContent(files);
    expect(errorsOf(problems).map(formatProblem)).toEqual([]);
    const warnings = problems.filter((p) => p.severity === 'warning');
    if (warnings.length) console.log(`${warnings.length} warnings:\n${warnings.map(formatProblem).join('\n')}`);
    // A report the sources give only at an http:// address is linked as given: no https copy is known.
    expect(warnings.filter((w) => w.field !== 'translation' && !w.message.startsWith('link to http://')).map(formatProblem)).toEqual([]);
  });

  it.each(['en', 'tc'])('has 4 directions, 8 strategies and 42 measures in %s', (locale) => {
    const directions = load<DirectionData>('directions', locale);
    const strategies = load<StrategyData>('strategies', locale);
    expect(directions.map((d) => d.data.number).sort()).toEqual([1, 2, 3, 4]);
    expect(strategies.map((s) => s.data.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const ids = strategies.flatMap((s) => s.data.focusAreas.flatMap((a) => a.measures.map((m) => m.id)));
    expect(ids).toHaveLength(42);
    expect(new Set(ids).size).toBe(42);
  });

  it('groups the strategies under the directions as the sources describe: 1–4, 5, 6, 7–8', () => {
    const byDirection = Object.fromEntries(
      load<StrategyData>('strategies', 'en').map((s) => [s.data.number, s.data.direction]),
    );
    expect(byDirection).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 2, 6: 3, 7: 4, 8: 4 });
  });

  it('numbers the measures of each strategy from 1 without gaps: 3, 5, 7, 5, 8, 6, 5 and 3 of them', () => {
    const strategies = load<StrategyData>('strategies', 'en').sort((a, b) => a.data.number - b.data.number);
    const counts = strategies.map((s) => {
      const ids = s.data.focusAreas.flatMap((a) => a.measures.map((m) => m.id));
      expect(ids).toEqual(ids.map((_, i) => `${s.data.number}.${i + 1}`));
      return ids.length;
    });
    expect(counts).toEqual([3, 5, 7, 5, 8, 6, 5, 3]);
  });

  it('quotes the strategy titles verbatim from the slides, with Strategy 6 as in the list of eight', () => {
    const titles = Object.fromEntries(load<StrategyData>('strategies', 'en').map((s) => [s.data.number, s.data.title]));
    expect(titles[3]).toBe('To diversify venture financing channels and support the development of start-ups and industries');
    expect(titles[6]).toBe("To accelerate the development of digital economy and smart city to enhance citizens' quality of life");
    expect(titles[7]).toBe('To deepen I&T co-operation with the Mainland for better integration into the overall national development');
  });

  it('uses the reported Chinese titles of the four directions, marked as reported', () => {
    const tc = load<DirectionData>('directions', 'tc').sort((a, b) => a.data.number - b.data.number);
    expect(tc.map((d) => d.data.title)).toEqual([
      '完善創科生態圈，推進香港「新型工業化」',
      '壯大創科人才庫，增強發展動能',
      '推動數字經濟發展，建設智慧香港',
      '積極融入國家發展大局，做好連通內地與世界的橋樑',
    ]);
    for (const d of tc) expect(d.data.titleSource?.kind).toBe('reported');
  });

  it('marks every Chinese strategy title as the site\u2019s own translation', () => {
    for (const s of load<StrategyData>('strategies', 'tc')) expect(s.data.titleSource).toEqual({ kind: 'site' });
  });
});
