/**
 * Chinese has no spaces between words, so a search engine must guess where words end. Pagefind
 * guesses twice, differently: with its own segmenter when indexing and with the browser's
 * `Intl.Segmenter` when searching, so a query such as 上市制度 was cut into words the index never
 * held and found nothing. The site does not let either guess: every Han character is indexed as a
 * word of its own, and a run of Han characters in a query is searched as an exact phrase of those
 * characters, which finds exactly the pages that contain the run, wherever a word boundary falls.
 */

/**
 * Put between two Han characters in indexed text. An ideographic space is white space to Pagefind
 * (so each character is a word), and no title, summary or measure may contain one (the content
 * check says so), so taking the separators out again gives back their text exactly. (In a page's
 * body, one between two Chinese characters would only be missing from a search excerpt.)
 */
export const HAN_SEPARATOR = '\u3000';

const BETWEEN_HAN = /(\p{Script=Han})(?=\p{Script=Han})/gu;
// Pagefind turns the separator into an ordinary space in the text it returns.
const SEPARATED_HAN = /(\p{Script=Han})[\u3000 ]+(?=\p{Script=Han})/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_CHAR = /\p{Script=Han}/u;

/** `text` with a separator between every two adjacent Han characters. */
export function separateHan(text: string): string {
  return text.replace(BETWEEN_HAN, `$1${HAN_SEPARATOR}`);
}

/** The text as written: the separators between Han characters taken out. */
export function joinHan(text: string): string {
  return text.replace(SEPARATED_HAN, '$1');
}

/** Whether `text` holds any Han character. */
export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/**
 * A built page with its Han characters separated in the text between tags, never inside a tag:
 * attribute values (addresses, filter values) stay as they are, and Pagefind reads the page's
 * markup (`data-pagefind-*`) exactly as written.
 */
export function separateHanInHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (whole, text: string) => (hasHan(text) ? `>${separateHan(text)}<` : whole));
}

/** The runs of Han characters in a query, in order: 港深創科園 and 上市 in "港深創科園 IPO 上市". */
export function hanRuns(query: string): string[] {
  return query.match(HAN_RUN) ?? [];
}

/** The Pagefind query for a run of Han characters: one character is a word; more are an exact phrase of characters. */
export function hanTerm(run: string): string {
  const characters = [...run];
  return characters.length === 1 ? run : `"${characters.join(' ')}"`;
}
