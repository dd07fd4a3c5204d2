import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_BUDGET } from '../../../src/lib/budgets.ts';
import { inlineScript } from '../../../src/lib/integrations/client-bundle.ts';
import { isShortcut } from '../../../src/client/keyboard-shortcut.ts';
import { validValue } from '../../../src/client/preferences.ts';
import { destination } from '../../../src/client/preferred-language.ts';
import { statusText, type SearchStrings } from '../../../src/client/search/render.ts';

describe('saved display preferences', () => {
  it('are used when the site still offers them', () => {
    expect(validValue('text-size', '2')).toBe('2');
    expect(validValue('theme', 'dark')).toBe('dark');
  });

  it('fall back to the default when missing, unknown or edited by hand', () => {
    expect(validValue('text-size', null)).toBe('0');
    expect(validValue('text-size', '3')).toBe('0');
    expect(validValue('theme', 'sepia')).toBe('auto');
    expect(validValue('theme', '')).toBe('auto');
  });
});

describe('the "/" keyboard shortcut', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });

  it('is the key its aria-keyshortcuts names, pressed alone outside a field', () => {
    expect(isShortcut('/', key('/'), false)).toBe(true);
  });

  it('leaves other keys, modified keys and typing in a field alone', () => {
    expect(isShortcut('/', key('a'), false)).toBe(false);
    expect(isShortcut('/', key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isShortcut('/', key('/', { metaKey: true }), false)).toBe(false);
    expect(isShortcut('/', key('/', { altKey: true }), false)).toBe(false);
    expect(isShortcut('/', key('/'), true)).toBe(false);
    expect(isShortcut('', key(''), false)).toBe(false);
  });
});

describe('where / sends a reader', () => {
  it('to the language they chose before, over their browser languages', () => {
    expect(destination('sc', ['en-GB'])).toBe('sc');
  });

  it('to their browser language when nothing (or nothing the site still has) was chosen', () => {
    expect(destination(null, ['zh-HK', 'en'])).toBe('tc');
    expect(destination('fr', ['zh-CN'])).toBe('sc');
  });
});

describe('the search status line', () => {
  const strings = {
    none: 'No results for {q}',
    resultsOne: '1 result for {q}',
    results: '{count} results for {q}',
    resultsMore: '{shown} of {count} for {q}',
  } as SearchStrings;

  it('says none, one, all or how many of how many were found', () => {
    expect(statusText(strings, 'gba', 0, 0)).toBe('No results for gba');
    expect(statusText(strings, 'gba', 1, 1)).toBe('1 result for gba');
    expect(statusText(strings, 'gba', 4, 4)).toBe('4 results for gba');
    expect(statusText(strings, 'gba', 30, 6)).toBe('6 of 30 for gba');
  });
});

describe('the inline scripts', () => {
  const scripts = [inlineScript('before-paint'), inlineScript('main')];

  it('are compiled from src/client with their CSP hash taken from the compiled code', () => {
    for (const script of scripts) {
      expect(script.hash).toBe(`sha256-${createHash('sha256').update(script.code).digest('base64')}`);
      // Classic scripts: a static import would fail, and would fetch before the page is read.
      expect(script.code).not.toMatch(/^import\b|\bimport\s*\{|\bexport\b/m);
    }
  });

  it('fit the inline-script budget together, leaving the search code to load when used', () => {
    expect(scripts.reduce((sum, s) => sum + Buffer.byteLength(s.code), 0)).toBeLessThanOrEqual(INLINE_SCRIPT_BUDGET);
    expect(inlineScript('main').code).not.toContain('pagefind');
  });

  it('apply the saved preferences before paint without the rest of the client code', () => {
    expect(inlineScript('before-paint').code).toContain('blueprint:');
    expect(inlineScript('before-paint').code).not.toContain('data-module');
  });
});
