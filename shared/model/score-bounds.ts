/**
 * The upper bounds of the prediction-score bins (0.05, 0.10, … 1.00): serve's mlci_prediction_score
 * histogram (CONTRACTS.md) and the gated evaluation's score distribution count in the same bins, so
 * monitor can compare production's scores with the gated ones bin by bin.
 */
export const SCORE_BOUNDS: readonly number[] = Array.from({ length: 20 }, (_, i) => (i + 1) / 20);
