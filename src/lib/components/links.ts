/** URLs of the app's pages; ids travel in query strings because every page is prerendered. */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

const q = encodeURIComponent;

/** The study page for a deck; `more`: one way of studying more once today's cards are done. */
export function studyHref({
	deckId,
	more
}: {
	deckId: string;
	more?: 'new' | 'ahead' | 'failed';
}): ResolvedPathname {
	return resolve(`/study?deck=${q(deckId)}${more ? `&more=${more}` : ''}`);
}

/** A card's own page (`deckId` picks it when the id repeats across decks; `edit` opens the editor). */
export function cardHref({
	cardId,
	deckId,
	edit
}: {
	cardId: string;
	deckId?: string;
	edit?: boolean;
}): ResolvedPathname {
	const deck = deckId ? `&deck=${q(deckId)}` : '';
	return resolve(`/card?id=${q(cardId)}${deck}${edit ? '&edit=1' : ''}`);
}

/** A deck's own page: rename, reset progress, delete. */
export function deckHref({ deckId }: { deckId: string }): ResolvedPathname {
	return resolve(`/deck?deck=${q(deckId)}`);
}

/** The deck browser, listing the cards citing `sourceId` when given. */
export function browseHref({
	deckId,
	sourceId
}: {
	deckId: string;
	sourceId?: string;
}): ResolvedPathname {
	const source = sourceId ? `&source=${q(sourceId)}` : '';
	return resolve(`/browse?deck=${q(deckId)}${source}`);
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
}): ResolvedPathname {
	const source = sourceId ? `&source=${q(sourceId)}` : '';
	const hash = at === undefined ? '' : `#s-${at}`;
	return resolve(`/sources?deck=${q(deckId)}${source}${hash}`);
}
