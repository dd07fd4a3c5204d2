/**
 * A built page as the search index reads it. Pagefind joins the text of table cells and list
 * items without a space ("Year" and "Value" read "YearValue", 2022 and 3,985 read "20223,985"),
 * so a space goes before each such closing tag; Han characters are separated (han-words.ts). The
 * page the reader gets is unchanged: only the indexed copy is.
 */
import { separateHanInHtml } from './han-words.ts';

const CELL_END = /<\/(td|th|dt|dd|li|caption|figcaption)>/gi;

export function indexableHtml(html: string): string {
  return separateHanInHtml(html.replace(CELL_END, ' </$1>'));
}
