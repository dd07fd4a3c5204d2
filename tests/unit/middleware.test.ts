import { describe, expect, it } from 'vitest';
import type { APIContext } from 'astro';
import { onRequest } from '../../src/middleware.ts';
import { t } from '../../src/i18n/t.ts';

/** Runs the middleware for a page with these params, as Astro does before rendering it. */
async function localsFor(params: Record<string, string | undefined>) {
  const context = { params, locals: {} } as unknown as APIContext;
  let nextCalled = false;
  await onRequest(context, async () => {
    nextCalled = true;
    return new Response('page');
  });
  return { locals: context.locals, nextCalled };
}

describe('the middleware', () => {
  it('gives a page under /tc/ the Traditional Chinese locale and its strings', async () => {
    const { locals } = await localsFor({ locale: 'tc', slug: '3-venture-financing' });
    expect(locals.locale).toBe('tc');
    expect(locals.t('nav.home')).toBe(t('tc', 'nav.home'));
    expect(locals.t('strategy.numberedTitle', { n: 3, title: '創投' })).toBe(t('tc', 'strategy.numberedTitle', { n: 3, title: '創投' }));
  });

  it('gives each locale its own strings', async () => {
    for (const locale of ['en', 'sc'] as const) {
      const { locals } = await localsFor({ locale });
      expect(locals.locale).toBe(locale);
      expect(locals.t('nav.home')).toBe(t(locale, 'nav.home'));
    }
  });

  it('gives pages that belong to no language (/, the 404 page) English', async () => {
    expect((await localsFor({})).locals.locale).toBe('en');
  });

  it('does not take a param that is not a locale code', async () => {
    expect((await localsFor({ locale: 'fr' })).locals.locale).toBe('en');
  });

  it('renders the page after setting the locals', async () => {
    expect((await localsFor({ locale: 'en' })).nextCalled).toBe(true);
  });
});
