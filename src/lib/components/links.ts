/** URLs of the app's pages; ids travel in query strings because every page is prerendered. */

/** The study page for a deck. */
export function studyHref({ deckId }: { deckId: string }): string {
	return `/study?deck=${encodeURIComponent(deckId)}`;
}

/** A card's own page. */
export function cardHref({ cardId }: { cardId: string }): string {
	return `/card?id=${encodeURIComponent(cardId)}`;
}

/** The deck browser. */
export function browseHref({ deckId }: { deckId: string }): string {
	return `/browse?deck=${encodeURIComponent(deckId)}`;
}

/** A source article, scrolled to the sentence starting at `at` when given. */
export function sourceHref({
	deckId,
	sourceId,
	at
}: {
	deckId: string;
	sourceId?: string;
	at?: number;
}): string {
	const query = `/sources?deck=${encodeURIComponent(deckId)}`;
	const source = sourceId ? `&source=${encodeURIComponent(sourceId)}` : '';
	return `${query}${source}${at === undefined ? '' : `#s-${at}`}`;
}
