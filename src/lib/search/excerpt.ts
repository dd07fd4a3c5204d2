/**
 * Put before the search keywords of a page (which come last in its indexed
 * text), so that excerpts can stop where the keywords begin: readers see the
 * page's own words, never the list of synonyms.
 */
export const KEYWORDS_MARK = '‖';

/** A piece of an excerpt: plain text, or words that matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits Pagefind's excerpt HTML into text and marked parts. Only `<mark>` is
 * kept; any other tag is dropped, so the result can be put into the page as
 * text nodes, never as HTML.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) marked = true;
    else if (/^<\/mark>$/i.test(token)) marked = false;
    else {
      const text = decode(token.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * An excerpt without the page's keyword list: the text before the keywords
 * mark. When the match was only in the keywords (nothing marked remains), the
 * page's summary is shown instead, unmarked.
 */
export function readableExcerpt(html: string, summary?: string): ExcerptPart[] {
  const parts = excerptParts(html);
  const cut: ExcerptPart[] = [];
  for (const part of parts) {
    const at = part.text.indexOf(KEYWORDS_MARK);
    if (at === -1) {
      cut.push(part);
      continue;
    }
    const before = part.text.slice(0, at).trimEnd();
    if (before) cut.push({ text: before, marked: part.marked });
    break;
  }
  if (summary && !cut.some((p) => p.marked)) return [{ text: summary, marked: false }];
  return cut;
}
