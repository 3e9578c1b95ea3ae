/**
 * The "Add articles" page's URL; apart from links.ts, which the study page loads, so the study page
 * carries none of it.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** The "Add articles" page, adding to a deck when given. */
export function addHref({ deckId }: { deckId?: string } = {}): ResolvedPathname {
	return resolve(deckId ? `/add?deck=${encodeURIComponent(deckId)}` : '/add');
}
