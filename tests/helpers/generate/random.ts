/**
 * Seeded choices, so a generated case that fails fails again on the next run.
 * `BLUEPRINT_TEST_SEED` picks another sample; the seed is part of every test name.
 */
export const SEED = Number(process.env.BLUEPRINT_TEST_SEED ?? 20261201);

/** mulberry32: a small, well-mixed 32-bit generator, enough for picking test cases. */
export function random(seed: number = SEED): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in a seeded order. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `n` items in a seeded choice (all of them when there are fewer). */
export function sample<T>(items: readonly T[], n: number, rand: () => number): T[] {
  return shuffled(items, rand).slice(0, n);
}

export function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)]!;
}
