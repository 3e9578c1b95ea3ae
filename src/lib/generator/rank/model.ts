import { cardFeatures, FEATURE_NAMES, type RankedCard } from './features';
import { INTERCEPT, WEIGHTS } from './weights';

/**
 * Questions pass the rule-based gates only: on fresh reviewed articles the ranker separated good from
 * bad questions barely better than chance (AUC 0.6), and a cut cost more good cards than bad.
 */
export const QUESTION_CUT = 0;
/** Gaps are where trivial cards gather ("[…] in Sheffield"): the lowest-ranked are not written, … */
export const GAP_CUT = 0.15;
/** … and an article with too few cards takes its best remaining ones above a lower bar. */
export const RESCUE_CUT = 0.08;

/** How likely a reviewer is to find the card acceptable (0 … 1), from the fitted weight table. */
export function acceptability(card: RankedCard): number {
	const features = cardFeatures(card);
	let z = INTERCEPT;
	for (const name of FEATURE_NAMES) z += (WEIGHTS[name] ?? 0) * features[name];
	return 1 / (1 + Math.exp(-z));
}
