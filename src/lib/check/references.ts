import { DEFAULT_LOCALE, LOCALE_CODES, getLocale, type LocaleCode } from '../../i18n/locales.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { IndicatorData } from '../../schemas/indicator.ts';
import type { StrategyData } from '../../schemas/strategy.ts';
import type { UpdateData } from '../../schemas/update.ts';
import { entryKey, type EnglishSlugs, type Entry, type Report } from './entry.ts';

/** The locales whose files a reader of `locale` may see, most preferred first: own, converted, English. */
function sourcesOf(locale: LocaleCode): LocaleCode[] {
  const derived = getLocale(locale).derivedFrom;
  return [...new Set([locale, ...(derived ? [derived] : []), DEFAULT_LOCALE])];
}

/**
 * The entries a reader of `locale` sees, one per English item: the locale's own
 * file, else the file it is converted from, else the English file (shown with
 * the fallback notice). References resolve against this, as the pages do.
 * `unreadable` lists the items whose shown file failed to load.
 */
export function localeView(
  entries: readonly Entry[],
  locale: LocaleCode,
  broken: ReadonlySet<string>,
  englishSlugs: EnglishSlugs,
): { view: Entry[]; unreadable: string[] } {
  const find = new Map(entries.map((e) => [entryKey(e.collection, e.locale, e.slug), e]));
  const view: Entry[] = [];
  const unreadable: string[] = [];
  // A translation of a broken English file is still what readers see.
  for (const [collection, slug] of COLLECTION_NAMES.flatMap((c) => [...englishSlugs(c)].map((s) => [c, s] as const))) {
    for (const l of sourcesOf(locale)) {
      const k = entryKey(collection, l, slug);
      const shown = find.get(k);
      if (shown) view.push(shown);
      else if (broken.has(k)) unreadable.push(k);
      else continue;
      break;
    }
  }
  return { view, unreadable };
}

function known(numbers: Iterable<number | string>): string {
  const list = [...numbers].map(String).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return list.length ? list.join(', ') : 'none';
}

function numbered(entries: Entry[], kind: string, report: Report): Map<number, Entry> {
  const byNumber = new Map<number, Entry>();
  for (const e of entries) {
    const n = e.data.number as number;
    const other = byNumber.get(n);
    if (other) {
      report(e.file, 'number', `${kind} ${n} is also used by ${other.file.path}`, e.parsed.lineOf(['number']));
      continue;
    }
    byNumber.set(n, e);
    if (!e.slug.startsWith(`${n}-`)) {
      report(
        e.file,
        'number',
        `is ${n} but the file name starts "${e.slug.split('-')[0]}"; name the file "${n}-…"`,
        e.parsed.lineOf(['number']),
      );
    }
  }
  return byNumber;
}

/**
 * Numbers, measure IDs and the references between items, as a reader of one
 * locale sees them. `incomplete` is set when a direction or strategy that
 * reader could see failed to load: references to it are then not reported,
 * as the file's own error says what is wrong.
 */
function checkView(view: Entry[], report: Report, incomplete: boolean): void {
  const of = (c: CollectionName) => view.filter((e) => e.collection === c);
  const directions = numbered(of('directions'), 'direction', report);
  const strategies = numbered(of('strategies'), 'strategy', report);
  const measureIds = new Map<string, Entry>();

  for (const e of strategies.values()) {
    const data = e.data as StrategyData;
    if (directions.size && !directions.has(data.direction) && !incomplete) {
      report(e.file, 'direction', `${data.direction} does not exist (known: ${known(directions.keys())})`, e.parsed.lineOf(['direction']));
    }
    let expected = 1;
    data.focusAreas.forEach((area, a) => {
      area.measures.forEach((m, i) => {
        const path = ['focusAreas', a, 'measures', i, 'id'];
        const field = path.join('.');
        const line = e.parsed.lineOf(path);
        const [prefix, n] = m.id.split('.').map(Number);
        if (prefix !== data.number) {
          // Not registered: the ID belongs to another strategy, whose own measure must not be blamed for it.
          report(e.file, field, `measure ${m.id} must start with this strategy's number: ${data.number}.${expected}`, line);
        } else {
          const other = measureIds.get(m.id);
          if (other)
            report(e.file, field, `measure ${m.id} is used twice${other === e ? ' in this file' : ` (also in ${other.file.path})`}`, line);
          else measureIds.set(m.id, e);
          if (n !== expected) report(e.file, field, `measure ${m.id} is out of sequence; expected ${data.number}.${expected}`, line);
        }
        expected += 1;
      });
    });
  }

  if (incomplete) return;
  const strategyNumbers = [...strategies.keys()];
  for (const e of [...of('updates'), ...of('indicators')]) {
    const data = e.data as UpdateData | IndicatorData;
    data.strategies.forEach((n, i) => {
      if (data.strategies.indexOf(n) !== i)
        report(e.file, `strategies.${i}`, `strategy ${n} is listed twice`, e.parsed.lineOf(['strategies', i]));
      else if (!strategies.has(n))
        report(
          e.file,
          `strategies.${i}`,
          `strategy ${n} does not exist (known: ${known(strategyNumbers)})`,
          e.parsed.lineOf(['strategies', i]),
        );
    });
    if ('measures' in data) {
      data.measures.forEach((id, i) => {
        if (data.measures.indexOf(id) !== i)
          report(e.file, `measures.${i}`, `measure ${id} is listed twice`, e.parsed.lineOf(['measures', i]));
        else if (!measureIds.has(id))
          report(
            e.file,
            `measures.${i}`,
            `measure ${id} does not exist (known: ${known(measureIds.keys())})`,
            e.parsed.lineOf(['measures', i]),
          );
      });
    }
  }
}

/**
 * Checks every locale as its readers see it. Each file's problems are reported
 * from its own locale's view only: an English file shown as a fallback in
 * `/tc/` is the same file, with the same problems, as in `/en/`.
 */
export function checkReferences(entries: readonly Entry[], report: Report, broken: ReadonlySet<string>, englishSlugs: EnglishSlugs): void {
  for (const locale of LOCALE_CODES) {
    const { view, unreadable } = localeView(entries, locale, broken, englishSlugs);
    const incomplete = unreadable.some((key) => key.startsWith('directions/') || key.startsWith('strategies/'));
    const own: Report = (file, ...rest) => {
      if (file.relative.split('/')[1] === locale) report(file, ...rest);
    };
    checkView(view, own, incomplete);
  }
}
