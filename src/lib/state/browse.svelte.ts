/** The deck browser: filters, the matching cards with their schedules, and suspend/unsuspend. */
import type { CardWithSchedule, CardFilter } from '$lib/db';
import { dbState } from './db-state.svelte';

/** The filters the browser offers; empty strings mean "any". */
export interface BrowseFilters {
	query: string;
	type: string;
	tag: string;
	sourceId: string;
	state: string;
}

class BrowseState {
	#deckId = $state<string | null>(null);
	#items = $state.raw<CardWithSchedule[]>([]);
	#loaded = $state(false);
	#tags = $state.raw<string[]>([]);
	#version = 0;
	/** The filters, bound to the form. */
	filters = $state<BrowseFilters>({ query: '', type: '', tag: '', sourceId: '', state: '' });

	get deckId(): string | null {
		return this.#deckId;
	}
	/** Cards matching the filters. */
	get items(): CardWithSchedule[] {
		return this.#items;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	/** Every tag used in the deck, for the tag filter. */
	get tags(): string[] {
		return this.#tags;
	}

	/** Chooses the deck to browse and lists its cards. */
	async open({ deckId }: { deckId: string }): Promise<void> {
		if (this.#deckId !== deckId) this.#tags = [];
		this.#deckId = deckId;
		await this.search();
	}

	/** Lists the cards matching the current filters (the latest search wins). */
	async search(): Promise<void> {
		const deckId = this.#deckId;
		if (!deckId) return;
		const version = ++this.#version;
		try {
			const db = await dbState.ready();
			const f = $state.snapshot(this.filters);
			const filter: CardFilter = { deckId };
			if (f.query.trim()) filter.query = f.query.trim();
			if (f.type) filter.type = f.type as CardFilter['type'];
			if (f.tag) filter.tag = f.tag;
			if (f.sourceId) filter.sourceId = f.sourceId;
			if (f.state) filter.state = f.state as CardFilter['state'];
			const items = await db.listCards(filter);
			if (version !== this.#version) return;
			this.#items = items;
			// An unfiltered list is the whole deck: the right moment to learn its tags.
			if (Object.keys(filter).length === 1)
				this.#tags = [...new Set(items.flatMap((i) => i.card.tags))].sort();
		} catch (error) {
			dbState.report(error);
		} finally {
			this.#loaded = true;
		}
	}

	/** Suspends or unsuspends a card, then refreshes the list. */
	async setSuspended({ cardId, suspended }: { cardId: string; suspended: boolean }): Promise<void> {
		try {
			const db = await dbState.ready();
			await db.setSuspended({ cardId, deckId: this.#deckId ?? undefined, suspended });
			await this.search();
		} catch (error) {
			dbState.report(error);
		}
	}
}

/** The deck browser's state. */
export const browse = new BrowseState();
