/**
 * What a citation of one page or one measure says, before any style writes it:
 * every citation style, download and meta tag of the site is made from this.
 */
import type { LocaleCode } from '../../i18n/locales.ts';

/** Who gave the Chinese wording of a text: this site, or a report the title comes from. */
export type Translation = { kind: 'site' } | { kind: 'reported'; name: string };

/** The part of the Blueprint a page or a measure quotes. */
export type CitedPart =
  | { kind: 'measure'; id: string; text: string; english?: string; translation?: Translation }
  | { kind: 'strategy' | 'direction'; n: number; title: string; english?: string; translation?: Translation }
  | { kind: 'page'; title: string };

export interface CitedPage {
  locale: LocaleCode;
  /** Site path, with the anchor for a measure: the key pages look their citation up by. */
  path: string;
  /** Absolute address. */
  url: string;
  /** Name of its downloads under `/{locale}/cite/`: `strategies/3-venture-financing`, `measures/3.2`. */
  file: string;
  /** Its page of every citation style and download: `/en/cite/strategies/3-venture-financing/`, with `#measure-3-2` for a measure. */
  citePage: string;
  /** The page's own title (its h1), or the measure's label. */
  title: string;
  /**
   * `blueprint` when the page presents the Blueprint's own text (a direction, a
   * strategy, a measure): the Blueprint is the work cited, this site the way to it.
   * `site` for this site's own pages (updates, indicators, lists): the page is the work.
   */
  work: 'blueprint' | 'site';
  /** What of the Blueprint it quotes, for `blueprint` work. */
  part?: CitedPart;
  /** First published on this site, and its last major change. */
  published?: Date;
  updated?: Date;
}
