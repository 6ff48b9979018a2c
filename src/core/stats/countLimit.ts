/**
 * The largest count (and expected count) the statistics take: the exact Poisson tails are summed term by term, about
 * 9·√λ terms a tail, which stays prompt up to here (milliseconds) and would take minutes near 2^53.
 */
export const MAX_COUNT = 10_000_000;
