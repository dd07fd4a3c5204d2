import { toSimplified } from './chinese.ts';

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A page's contents list: its `##` headings (converted to Simplified when the body is). */
export function headingsToToc(headings: readonly Heading[], simplify = false): { id: string; label: string }[] {
  return (
    headings
      .filter((h) => h.depth === 2)
      // Converted bodies have converted heading ids too, so the links must match them.
      .map((h) => (simplify ? { id: toSimplified(h.slug), label: toSimplified(h.text) } : { id: h.slug, label: h.text }))
  );
}
