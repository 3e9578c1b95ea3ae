import type { Deck } from '../deck/schema';
// The constants from version.ts: schema.ts would bring zod onto the Export page.
import { DECK_FORMAT, DECK_VERSION } from '../deck/version';
import { stableId } from '../deck/ids';
import type { WriterInput } from './types';

/** Builds the native deck for the chosen cards: only the sources and disagreements they use. */
export function buildDeck({ cards, sources, title, deck }: WriterInput): Deck {
	const cited = new Set(cards.flatMap((c) => c.citations.map((x) => x.source)));
	const keptSources = sources.filter((s) => cited.has(s.id));
	const conflictIds = new Set(cards.flatMap((c) => c.conflicts ?? []));
	const conflicts = (deck?.conflicts ?? []).filter(
		(c) =>
			conflictIds.has(c.id) &&
			c.variants.every((v) => v.citations.every((x) => cited.has(x.source)))
	);
	const sameAsDeck = deck && deck.cards.length === cards.length && deck.title === title;
	return {
		format: DECK_FORMAT,
		version: DECK_VERSION,
		id: sameAsDeck ? deck.id : stableId('deck', title, ...cards.map((c) => c.id)),
		title: title.trim() || deck?.title || 'Exported cards',
		...(deck?.createdAt ? { createdAt: deck.createdAt } : {}),
		...(deck?.generator ? { generator: deck.generator } : {}),
		sources: keptSources,
		cards: cards.map((c) => ({
			...c,
			...(c.conflicts
				? { conflicts: c.conflicts.filter((id) => conflicts.some((x) => x.id === id)) }
				: {})
		})),
		conflicts
	};
}

/** Writes the native deck JSON, which the app and CLI import again unchanged. */
export function writeJson(input: WriterInput): string {
	return JSON.stringify(buildDeck(input), null, '\t') + '\n';
}
