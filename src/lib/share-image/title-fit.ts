/** How many lines a title may take on a card. */
export const MAX_TITLE_LINES = 4;
/** Largest first: a short title gets a bold headline, a long one still fits four lines. */
const TITLE_SIZES = [68, 62, 56, 50, 46] as const;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** Characters a line may not start with (kinsoku): they stay with what precedes them. */
const NO_LINE_START = /[、。，．：；！？）」』】〕〉》％…,.;:!?)\]}%’”]/u;
/** Characters a line may not end with: they stay with what follows them. */
const NO_LINE_END = /[（「『【〔〈《([{‘“]/u;

/**
 * Splits text into unbreakable units the way a browser (and satori) would
 * roughly break it: every Han character on its own, Latin by words, with
 * kinsoku punctuation glued to its neighbour. It only has to be close enough
 * to pick a font size; satori does the real line breaking.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let current = '';
  let glueNext = false;
  for (const char of text) {
    const startsUnit =
      current !== '' && !glueNext && !NO_LINE_START.test(char) && (CJK.test(char) || CJK.test(current.at(-1)!) || current.endsWith(' '));
    if (startsUnit) {
      units.push(current);
      current = '';
    }
    current += char;
    glueNext = NO_LINE_END.test(char);
  }
  if (current) units.push(current);
  return units;
}

/** The width in px of `text` at `size` px: each character's advance (1 em when unknown) plus the letter spacing. */
function widthAt(text: string, size: number, advance: ReadonlyMap<string, number>, tracking: number): number {
  return [...text].reduce((sum, c) => sum + ((advance.get(c) ?? 1) + tracking) * size, 0);
}

/** How many lines `text` takes at `size` px in a column `width` px wide, wrapping greedily. */
function countLines(text: string, size: number, width: number, advance: ReadonlyMap<string, number>, tracking: number): number {
  const widthOf = (s: string) => widthAt(s, size, advance, tracking);
  let lines = 1;
  let line = 0;
  for (const unit of breakUnits(text)) {
    // A trailing space can hang past the edge, as in CSS.
    const ink = widthOf(unit.trimEnd());
    if (line > 0 && line + ink > width) {
      lines += 1;
      line = 0;
    }
    line += widthOf(unit);
  }
  return lines;
}

/**
 * The largest title size whose estimate fits in four lines of a column `width`
 * px wide; failing that, the smallest size and the title cut at a break before
 * the fourth line ends. `advance` holds each character's width in em in the
 * title's weight, `tracking` the letter spacing in em.
 */
export function fitTitle(
  title: string,
  width: number,
  advance: ReadonlyMap<string, number>,
  tracking: number,
): { size: number; text: string } {
  // A small margin absorbs kerning and the estimate's simpler break rules.
  const fits = (text: string, size: number) => countLines(text, size * 1.03, width, advance, tracking) <= MAX_TITLE_LINES;
  const fitting = TITLE_SIZES.find((size) => fits(title, size));
  if (fitting) return { size: fitting, text: title };
  const size = TITLE_SIZES.at(-1)!;
  const units = breakUnits(title);
  // Cutting at a break (rather than leaving it all to satori's line clamp)
  // never leaves a dangling comma before the ellipsis.
  const cut = (n: number) =>
    `${units
      .slice(0, n)
      .join('')
      .replace(/[\s,;:，、；：]+$/u, '')}…`;
  let n = units.length - 1;
  while (n > 1 && !fits(cut(n), size)) n -= 1;
  return { size, text: cut(n) };
}

/**
 * `text` on one line of `width` px at `size` px: as it is when it fits, else
 * cut at a character and ended with an ellipsis. The card lays its one-line
 * texts out here rather than with CSS overflow, which satori draws with an
 * SVG mask that makes rasterising the card about three times slower.
 */
export function fitLine(text: string, width: number, size: number, advance: ReadonlyMap<string, number>, tracking: number): string {
  // The same small margin as for titles: kerning and rounding.
  const fits = (s: string) => widthAt(s, size * 1.03, advance, tracking) <= width;
  if (fits(text)) return text;
  const chars = [...text];
  let n = chars.length - 1;
  const cut = (k: number) => `${chars.slice(0, k).join('').trimEnd()}…`;
  while (n > 0 && !fits(cut(n))) n -= 1;
  return cut(n);
}
