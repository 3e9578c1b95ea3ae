/** The deck browser: filters, the matching cards with their schedules, and suspend/unsuspend. */
import type { BrowseCursor, CardWithSchedule, CardFilter } from '$lib/db';
import { dbState } from './db-state.svelte';

/** The filters the browser offers; empty strings mean "any". */
export interface BrowseFilters {
	query: string;
	type: string;
	tag: string;
	sourceId: string;
	state: string;
}

/** Cards shown per page: the browser lists this many, then offers more (a deck can hold 100,000). */
export const BROWSE_PAGE = 50;

class BrowseState {
	#deckId = $state<string | null>(null);
	#items = $state.raw<CardWithSchedule[]>([]);
	#next = $state.raw<BrowseCursor | null>(null);
	#total = $state<number | null>(null);
	#loaded = $state(false);
	#loadingMore = $state(false);
	#tags = $state.raw<string[]>([]);
	#tagsFor: string | null = null;
	#version = 0;
	/** The filters, bound to the form. */
	filters = $state<BrowseFilters>({ query: '', type: '', tag: '', sourceId: '', state: '' });

	get deckId(): string | null {
		return this.#deckId;
	}
	/** The cards shown so far that match the filters (a page at a time). */
	get items(): CardWithSchedule[] {
		return this.#items;
	}
	/** Whether more matching cards follow the ones shown. */
	get hasMore(): boolean {
		return this.#next !== null;
	}
	/** How many cards match in all, when known without reading the whole deck. */
	get total(): number | null {
		return this.#total;
	}
	get loadingMore(): boolean {
		return this.#loadingMore;
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
		if (this.#deckId !== deckId) {
			this.#tags = [];
			this.#tagsFor = null;
		}
		this.#deckId = deckId;
		await this.search();
	}

	#filter(deckId: string): CardFilter {
		const f = $state.snapshot(this.filters);
		const filter: CardFilter = { deckId };
		if (f.query.trim()) filter.query = f.query.trim();
		if (f.type) filter.type = f.type as CardFilter['type'];
		if (f.tag) filter.tag = f.tag;
		if (f.sourceId) filter.sourceId = f.sourceId;
		if (f.state) filter.state = f.state as CardFilter['state'];
		return filter;
	}

	/**
	 * Lists the first page of cards matching the current filters (the latest search wins); `keep`
	 * reloads as many as are shown, so a change deep in the list does not lose the reader's place.
	 */
	async search(o: { keep?: boolean } = {}): Promise<void> {
		const deckId = this.#deckId;
		if (!deckId) return;
		const version = ++this.#version;
		try {
			const db = await dbState.ready();
			const limit = o.keep ? Math.max(BROWSE_PAGE, this.#items.length) : BROWSE_PAGE;
			const page = await db.browseCards({ ...this.#filter(deckId), limit });
			if (version !== this.#version) return;
			this.#items = page.items;
			this.#next = page.next;
			this.#total = page.total;
		} catch (error) {
			dbState.report(error);
		} finally {
			this.#loaded = true;
		}
		// The tag filter needs every tag in the deck: read them once per deck, after the first page.
		if (this.#tagsFor !== deckId) {
			this.#tagsFor = deckId;
			void this.#loadTags(deckId);
		}
	}

	async #loadTags(deckId: string): Promise<void> {
		try {
			const tags = await (await dbState.ready()).deckTags({ deckId });
			if (this.#deckId === deckId) this.#tags = tags;
		} catch (error) {
			this.#tagsFor = null;
			dbState.report(error);
		}
	}

	/** Adds the next page of matching cards. */
	async more(): Promise<void> {
		const deckId = this.#deckId;
		const after = this.#next;
		if (!deckId || !after || this.#loadingMore) return;
		const version = this.#version;
		this.#loadingMore = true;
		try {
			const db = await dbState.ready();
			const page = await db.browseCards({ ...this.#filter(deckId), after, limit: BROWSE_PAGE });
			if (version !== this.#version) return;
			this.#items = [...this.#items, ...page.items];
			this.#next = page.next;
		} catch (error) {
			dbState.report(error);
		} finally {
			this.#loadingMore = false;
		}
	}

	/** Suspends or unsuspends a card, then refreshes the list. */
	async setSuspended({ cardId, suspended }: { cardId: string; suspended: boolean }): Promise<void> {
		try {
			const db = await dbState.ready();
			await db.setSuspended({ cardId, deckId: this.#deckId ?? undefined, suspended });
			await this.search({ keep: true });
		} catch (error) {
			dbState.report(error);
		}
	}
}

/** The deck browser's state. */
export const browse = new BrowseState();
