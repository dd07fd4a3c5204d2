import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };
import { sourceFiles } from '../../helpers/source-files.ts';

/** Keys built at run time from a prefix (`search.kind.${kind}`): used when their prefix is. */
const DYNAMIC_PREFIXES = ['search.kind.', 'search.result.', 'prefs.text.', 'prefs.textShort.', 'prefs.theme.', 'data.col.'];

describe('UI strings', () => {
  it('every English key is used somewhere in the source, so translators never translate dead text', () => {
    const files = sourceFiles('src').filter((f) => !f.startsWith('src/i18n/ui/'));
    expect(files.length).toBeGreaterThan(0);
    const source = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(en).filter(
      (k) => !source.includes(`'${k}'`) && !source.includes(`"${k}"`) && !DYNAMIC_PREFIXES.some((p) => k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
