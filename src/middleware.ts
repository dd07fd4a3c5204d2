import type { MiddlewareHandler } from 'astro';
import { DEFAULT_LOCALE, isLocale } from './i18n/locales.ts';
import { useTranslations } from './i18n/t.ts';

/**
 * Gives every page and endpoint its locale and `t` on `Astro.locals`, so routes
 * and components read them there instead of passing `locale` down as a prop.
 * Astro runs middleware for prerendered pages too, once per page at build time.
 *
 * Every route of one language has a `[locale]` param; the pages that belong to
 * no language (`/`, the 404 page, `/data/blueprint.json`) speak English first.
 */
// Typed with MiddlewareHandler rather than wrapped in defineMiddleware (which only types it), so unit
// tests can import it without the `astro:middleware` virtual module.
export const onRequest: MiddlewareHandler = (context, next) => {
  const { locale: param } = context.params;
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
};
