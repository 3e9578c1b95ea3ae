/** The list of decks on this device with their counts, for the home page. */
import type { DeckSummary } from '$lib/db';
import { dbState } from './db-state.svelte';

class DecksState {
	#items = $state.raw<DeckSummary[]>([]);
	#loaded = $state(false);

	/** Decks with their counts (new, learning, due today). */
	get items(): DeckSummary[] {
		return this.#items;
	}
	/** True once the list has been read at least once. */
	get loaded(): boolean {
		return this.#loaded;
	}

	/** Reads every deck's counts from the database. */
	async load(): Promise<void> {
		try {
			const db = await dbState.ready();
			this.#items = await db.listDecks({ now: Date.now() });
		} catch (error) {
			dbState.report(error);
		} finally {
			this.#loaded = true;
		}
	}
}

/** The decks on this device. */
export const decks = new DecksState();
