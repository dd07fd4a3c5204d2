/**
 * The work every citation of the Blueprint's own text names. From the sources:
 * the README of the sources (publisher and date) and the reported Chinese titles
 * (RTHK for Traditional, Xinhua for Simplified).
 */
import type { LocaleCode } from '../../i18n/locales.ts';

export const BLUEPRINT = {
  /**
   * No source gives the Bureau's Chinese name, so every locale names it in English
   * rather than in a name this site would have to make up.
   */
  author: 'Innovation, Technology and Industry Bureau',
  /** Where the Bureau published it, as Chicago and RIS ask. */
  place: 'Hong Kong',
  /** The day it was published: 22 December 2022. */
  published: new Date('2022-12-22T00:00:00+08:00'),
  title: {
    en: 'Hong Kong Innovation and Technology Development Blueprint',
    tc: '香港創新科技發展藍圖',
    sc: '香港创新科技发展蓝图',
  } satisfies Record<LocaleCode, string>,
  /** APA writes titles in sentence case; Hong Kong is a name. */
  apaTitle: 'Hong Kong innovation and technology development blueprint',
} as const;
