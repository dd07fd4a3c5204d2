/**
 * The items before and after `list[index]`: what a page's previous/next links
 * point to. An index outside the list (-1, "not found") has no neighbours.
 */
export function neighbours<T>(list: readonly T[], index: number): { previous?: T; next?: T } {
  if (index < 0 || index >= list.length) return {};
  return {
    ...(index > 0 && { previous: list[index - 1] }),
    ...(index < list.length - 1 && { next: list[index + 1] }),
  };
}
