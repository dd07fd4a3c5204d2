import { describe, expect, it } from 'vitest';
import { buildScriptMap, scriptForms, toScript } from '../../../../src/lib/search/script-map.ts';
import { toSimplified, traditionalCharacters } from '../../../../src/lib/chinese.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();

/** Every piece of Traditional text the site shows, with its Simplified twin: as search-index.ts builds the map from the tc pages. */
const texts = models.tc.strategies.flatMap((s, i) => {
  const sc = models.sc.strategies[i]!;
  return [
    { what: `strategy ${s.number} title`, tc: s.item.data.title, sc: sc.item.data.title },
    ...s.measures.map((m, j) => ({ what: `measure ${m.id}`, tc: m.text, sc: sc.measures[j]!.text })),
  ];
});
const map = buildScriptMap(texts.map((x) => x.tc).join('\n'), toSimplified);

describe('the script map of the real Traditional Chinese content', () => {
  it('maps a fair share of characters, or the Simplified pages would not differ', () => {
    expect(Object.keys(map.t2s).length).toBeGreaterThan(50);
  });

  it.each(texts)('turns the Traditional $what into the Simplified text of its sc page', ({ tc, sc }) => {
    expect(toScript(tc, 'sc', map)).toBe(sc);
  });

  it.each(texts)('finds the Traditional $what among the forms of its Simplified text', ({ tc, sc }) => {
    const scRuns = sc.match(/\p{Script=Han}+/gu) ?? [];
    const tcRuns = tc.match(/\p{Script=Han}+/gu) ?? [];
    scRuns.forEach((run, i) => expect(scriptForms(run, 'tc', map), run).toContain(tcRuns[i]));
  });

  it('maps only Han characters, one to one', () => {
    for (const [from, to] of [...Object.entries(map.t2s), ...Object.entries(map.s2t)]) {
      expect([...from]).toHaveLength(1);
      expect([...to]).toHaveLength(1);
      expect(from + to).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it('maps every Traditional character the site uses that has a different Simplified form', () => {
    const all = texts.map((x) => x.tc).join('');
    for (const ch of traditionalCharacters(all)) if ([...toSimplified(ch)].length === 1) expect(map.t2s[ch], ch).toBe(toSimplified(ch));
  });
});

describe('toScript', () => {
  it('leaves English, digits and punctuation alone in every direction', () => {
    for (const target of ['en', 'tc', 'sc'] as const)
      expect(toScript('GBA, the Loop: 3.2 (fintech)', target, map)).toBe('GBA, the Loop: 3.2 (fintech)');
  });

  it('leaves Chinese alone for English pages', () => {
    expect(toScript('網絡安全', 'en', map)).toBe('網絡安全');
  });

  it('converts only the Chinese of a mixed query', () => {
    expect(toScript('HKIC 投資', 'sc', map)).toBe('HKIC 投资');
  });
});

describe('buildScriptMap', () => {
  const fake = (table: Record<string, string>) => (s: string) => [...s].map((c) => table[c] ?? c).join('');

  it('maps a Simplified character back to the Traditional one the text uses most', () => {
    // 發 and 髮 both simplify to 发: the site's own usage decides.
    const built = buildScriptMap('發發髮', fake({ 發: '发', 髮: '发' }));
    expect(built.s2t).toEqual({ 发: '發' });
    expect(built.t2s).toEqual({ 發: '发', 髮: '发' });
  });

  it('breaks a tie the same way every build', () => {
    const a = buildScriptMap('髮發', fake({ 發: '发', 髮: '发' }));
    const b = buildScriptMap('發髮', fake({ 發: '发', 髮: '发' }));
    expect(a.s2t).toEqual(b.s2t);
  });

  it('ignores characters that do not change, that are not Han, or that convert to more than one', () => {
    expect(buildScriptMap('中A網', fake({ A: 'a', 網: '网网' }))).toEqual({ t2s: {}, s2t: {}, both: '' });
  });

  it('says which Simplified characters Traditional text also writes as they are, so both forms are searched', () => {
    // 制 is written as it is (制度) and is also the Simplified 製 (製造).
    const built = buildScriptMap('製制制', fake({ 製: '制' }));
    expect(built.s2t).toEqual({ 制: '製' });
    expect(built.both).toBe('制');
    expect(scriptForms('上市制度', 'tc', built)).toEqual(['上市製度', '上市制度']);
  });

  it('has one form for text that converts one way, and leaves English pages alone', () => {
    const built = buildScriptMap('網絡', fake({ 網: '网', 絡: '络' }));
    expect(scriptForms('网络', 'tc', built)).toEqual(['網絡']);
    expect(scriptForms('網絡', 'sc', built)).toEqual(['网络']);
    expect(scriptForms('網絡', 'en', built)).toEqual(['網絡']);
  });
});
