/** A link to the item before or after this one. */
export interface NeighbourLink {
  label: string;
  title: string;
  href: string;
}

/**
 * The previous and next items of `list` around `index`, described by
 * `describe`; the direction words ("Previous") prefix each label.
 */
export function neighbours<T>(
  list: readonly T[],
  index: number,
  describe: (item: T) => NeighbourLink,
  previousWord: string,
  nextWord: string,
  separator = ': ',
): { previous?: NeighbourLink; next?: NeighbourLink } {
  const before = index > 0 ? list[index - 1] : undefined;
  const after = index >= 0 && index < list.length - 1 ? list[index + 1] : undefined;
  const label = (word: string, link: NeighbourLink) => ({ ...link, label: `${word}${separator}${link.label}` });
  return {
    previous: before === undefined ? undefined : label(previousWord, describe(before)),
    next: after === undefined ? undefined : label(nextWord, describe(after)),
  };
}
