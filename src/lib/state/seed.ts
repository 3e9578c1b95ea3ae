/** Loads the deck bundled with the app into the database on first run, and again when it changes. */
import { asset } from '$app/paths';
import type { Asset } from '$app/types';
import type { CitecardsDb } from '$lib/db';
import type { Deck } from '$lib/deck';

/** Under the deploy's base path (`kit.paths`); built into static/ by `npm run generate`, so untyped. */
const SEED_FILE = '/decks/seed-deck.json' as Asset;
/** Also read by the theme script in src/app.html: none stored yet means a first visit. */
const SEED_KEY = 'citecards-seed-version';
/** Ids of decks the user deleted: the bundled deck among them is not brought back on the next visit. */
const DELETED_KEY = 'citecards-deleted-decks';

function deletedDecks(): string[] {
	try {
		const list: unknown = JSON.parse(localStorage.getItem(DELETED_KEY) ?? '[]');
		return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

/** Remembers that the user deleted a deck, so the bundled deck (if it was that one) stays deleted. */
export function rememberDeletedDeck({ deckId }: { deckId: string }): void {
	try {
		const list = deletedDecks().filter((id) => id !== deckId);
		localStorage.setItem(DELETED_KEY, JSON.stringify([...list, deckId].slice(-50)));
	} catch {
		// Without localStorage the bundled deck comes back on the next visit.
	}
}

/** A cheap fingerprint of the bundled deck's text (FNV-1a), so a changed deck is merged again. */
function fingerprint(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return `${text.length}-${h.toString(36)}`;
}

/** Imports the bundled deck unless this exact version is already in the database. */
export async function ensureSeedDeck({ db }: { db: CitecardsDb }): Promise<void> {
	const url = asset(SEED_FILE);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	const text = await response.text();
	const version = fingerprint(text);
	const deck = JSON.parse(text) as Deck;
	let known: string | null;
	try {
		known = localStorage.getItem(SEED_KEY);
	} catch {
		known = null;
	}
	if (deletedDecks().includes(deck.id)) return;
	if (known === version && (await db.hasDeck({ deckId: deck.id }))) return;
	// Merged: existing cards keep their schedule, changed ones are updated (checked when it was built).
	await db.importBundledDeck({ deck, now: Date.now() });
	try {
		localStorage.setItem(SEED_KEY, version);
	} catch {
		// Without localStorage we simply merge again next time; the merge is idempotent.
	}
}
