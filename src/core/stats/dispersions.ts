/** Dispersions (variance / mean) above Poisson a reported spike's probability is shown at: its own is not public. */
export const OVERDISPERSED = [1.5, 2, 3, 5] as const;
