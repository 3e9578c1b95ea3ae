/** A deck's source articles, and the one being read with its cited sentences. */
import type { Source } from '$lib/deck';
import { dbState } from './db-state.svelte';

/** A stretch of a source that cards cite, with (the first of) those cards. */
export interface CitedRange {
	start: number;
	end: number;
	cardIds: string[];
	/** More cards cite it than `cardIds` lists. */
	more?: boolean;
}

/** Card links shown per cited sentence; a sentence cited by more links to the browser instead. */
export const CARD_LINKS_PER_RANGE = 10;

class SourcesState {
	#deckId = $state<string | null>(null);
	#list = $state.raw<Source[]>([]);
	#current = $state.raw<Source | null>(null);
	#ranges = $state.raw<CitedRange[]>([]);
	#loaded = $state(false);

	get deckId(): string | null {
		return this.#deckId;
	}
	/** The deck's sources, in deck order. */
	get list(): Source[] {
		return this.#list;
	}
	/** The source being read. */
	get current(): Source | null {
		return this.#current;
	}
	/** Sentences of the current source that cards cite, with those cards. */
	get ranges(): CitedRange[] {
		return this.#ranges;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	/** Source titles by id, for citations. */
	get titles(): Record<string, string> {
		return Object.fromEntries(this.#list.map((s) => [s.id, s.title]));
	}

	/** Loads a deck's sources (once per deck). */
	async open({ deckId }: { deckId: string }): Promise<void> {
		if (this.#deckId === deckId && this.#loaded) return;
		this.#deckId = deckId;
		try {
			const db = await dbState.ready();
			this.#list = await db.listSources({ deckId });
		} catch (error) {
			dbState.report(error);
		} finally {
			this.#loaded = true;
		}
	}

	/** Opens one source with its cited ranges. */
	async read({ deckId, sourceId }: { deckId: string; sourceId: string }): Promise<void> {
		try {
			const db = await dbState.ready();
			const [source, ranges] = await Promise.all([
				db.getSource({ deckId, sourceId }),
				db.citedRanges({ deckId, sourceId, perRange: CARD_LINKS_PER_RANGE })
			]);
			this.#current = source;
			this.#ranges = ranges;
		} catch (error) {
			this.#current = null;
			dbState.report(error);
		}
	}
}

/** The sources being browsed. */
export const sources = new SourcesState();
