import { getLocale, isChinese, type LocaleCode } from '../../i18n/locales.ts';
import { fitLine, fitTitle } from './title-fit.ts';

/** Width of every share image, in pixels: the OpenGraph 1.91:1 size. */
export const SHARE_IMAGE_WIDTH = 1200;
/** Height of every share image, in pixels. */
export const SHARE_IMAGE_HEIGHT = 630;

// Layout, in pixels. The title column is the card minus its side margins.
const MARGIN_X = 80;
const TITLE_WIDTH = SHARE_IMAGE_WIDTH - 2 * MARGIN_X;
const COLORS = { background: '#0b5563', footer: '#083f49', accent: '#7cc8d1', eyebrow: '#bfe3e7', text: '#ffffff' };

/** An element as satori reads it: what a React element is at run time. */
export type CardNode = {
  type: string;
  props: { style?: Record<string, unknown>; lang?: string; children?: CardNode | CardNode[] | string };
};
const el = (type: string, style: Record<string, unknown>, children?: CardNode | CardNode[] | string): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** What the card shows, already cleaned of characters no font draws, and how its fonts are named and measured. */
export interface CardContent {
  locale: LocaleCode;
  eyebrow: string;
  title: string;
  siteName: string;
  /** The line under the site name: an independent guide, not an official website. */
  notice: string;
  /** The CSS font-family list of the image's fonts. */
  fontFamily: string;
  /** Each character's advance width in em in the title's (bold) weight, for fitting the title. */
  boldAdvance: ReadonlyMap<string, number>;
  /** The same in the regular weight, for fitting the eyebrow and the site name on their lines. */
  regularAdvance: ReadonlyMap<string, number>;
}

const EYEBROW = { size: 30, tracking: { latin: 0.02, cjk: 0.08 } };
const SITE_NAME = { size: 28, tracking: { latin: 0, cjk: 0.06 } };
const NOTICE = { size: 22, tracking: { latin: 0, cjk: 0.04 } };

/**
 * The card: dark teal with the eyebrow, the title in bold (at most four lines,
 * smaller type for longer titles, an ellipsis only if the smallest size still
 * overflows) and, in a darker footer band, the site name and what it is.
 */
export function cardOf({ locale, eyebrow, title, siteName, notice, fontFamily, boldAdvance, regularAdvance }: CardContent): CardNode {
  const cjk = isChinese(locale);
  // Letter spacing in em; a little air suits Chinese bold headlines, not English ones.
  const titleTracking = cjk ? 0.02 : 0;
  const fitted = fitTitle(title, TITLE_WIDTH, boldAdvance, titleTracking);
  // Every text is fitted here, so no element needs CSS overflow (see fitLine).
  const line = (text: string, { size, tracking }: typeof EYEBROW) => ({
    text: fitLine(text, TITLE_WIDTH, size, regularAdvance, cjk ? tracking.cjk : tracking.latin),
    style: { display: 'block', whiteSpace: 'nowrap', fontSize: size, letterSpacing: `${cjk ? tracking.cjk : tracking.latin}em` },
  });
  const eyebrowLine = line(eyebrow, EYEBROW);
  const siteNameLine = line(siteName, SITE_NAME);
  const noticeLine = line(notice, NOTICE);

  return {
    type: 'div',
    props: {
      lang: getLocale(locale).lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: COLORS.background,
        color: COLORS.text,
        fontFamily,
      },
      children: [
        el('div', { height: 10, backgroundColor: COLORS.accent }),
        el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `56px ${MARGIN_X}px 0` }, [
          // A default card (no eyebrow) keeps the rule, so every card shares one rhythm.
          ...(eyebrow ? [el('div', { ...eyebrowLine.style, fontWeight: 400, color: COLORS.eyebrow }, eyebrowLine.text)] : []),
          el('div', { width: 56, height: 4, marginTop: eyebrow ? 18 : 8, marginBottom: 26, backgroundColor: COLORS.accent }),
          el(
            'div',
            {
              display: 'block',
              width: TITLE_WIDTH,
              fontSize: fitted.size,
              fontWeight: 700,
              lineHeight: cjk ? 1.3 : 1.2,
              letterSpacing: `${titleTracking}em`,
            },
            fitted.text,
          ),
        ]),
        el(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            height: 120,
            padding: `0 ${MARGIN_X}px`,
            backgroundColor: COLORS.footer,
          },
          [
            el('div', { ...siteNameLine.style, fontWeight: 400 }, siteNameLine.text),
            el('div', { ...noticeLine.style, fontWeight: 400, marginTop: 6, color: COLORS.eyebrow }, noticeLine.text),
          ],
        ),
      ],
    },
  };
}
