import { describe, expect, it } from 'vitest';
import { CRITICAL_BYTES_BUDGET, INLINE_SCRIPT_BUDGET, pageWeight } from '../../src/lib/budgets.ts';
import { PAGES, readPage } from '../helpers/site.ts';

/**
 * Deterministic performance budgets, checked on every built page. Timings live
 * in the benchmark (npm run bench), never here.
 */
describe('performance budgets', () => {
  it.each([...PAGES, '404.html'])(
    '%s renders from one round trip: ≤ 14 KiB compressed, nothing blocking, no script fetched on load',
    (page) => {
      const weight = pageWeight(readPage(page));
      expect(weight.blocking).toEqual([]);
      expect(weight.scriptsOnLoad).toEqual([]);
      expect(weight.htmlGzip).toBeLessThanOrEqual(CRITICAL_BYTES_BUDGET);
      expect(weight.inlineScriptBytes).toBeLessThanOrEqual(INLINE_SCRIPT_BUDGET);
    },
  );

  it('reports the heaviest pages, so a budget creeping up is seen before it breaks', () => {
    const weights = PAGES.map((p) => ({ page: p, gzip: pageWeight(readPage(p)).htmlGzip })).sort((a, b) => b.gzip - a.gzip);
    console.log(
      `critical bytes (gzip): max ${weights[0]!.gzip} (${weights[0]!.page}), median ${weights[Math.floor(weights.length / 2)]!.gzip}, budget ${CRITICAL_BYTES_BUDGET}`,
    );
    expect(weights[0]!.gzip).toBeLessThanOrEqual(CRITICAL_BYTES_BUDGET);
  });
});
