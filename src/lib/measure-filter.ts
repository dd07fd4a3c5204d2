/** A measure as the filter on the measures page sees it. */
export interface FilterableMeasure {
  id: string;
  strategy: number;
  /** Its text and keywords, in the page's language. */
  text: string;
}

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKC');
}

/**
 * The IDs of the measures that match: of the chosen strategy (or any), and
 * containing every word typed (in any order; Chinese matched as typed).
 */
export function filterMeasures(measures: readonly FilterableMeasure[], words: string, strategy?: number): Set<string> {
  const terms = normalise(words).split(/\s+/).filter(Boolean);
  return new Set(
    measures
      .filter((m) => (strategy ? m.strategy === strategy : true))
      .filter((m) => {
        const haystack = normalise(`${m.id} ${m.text}`);
        return terms.every((t) => haystack.includes(t));
      })
      .map((m) => m.id),
  );
}
