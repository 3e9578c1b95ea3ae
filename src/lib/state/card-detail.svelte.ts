/** One card's page: the card, its schedule, its review history and its deck's disagreements. */
import type { Conflict } from '$lib/deck';
import { conflictsOfCard } from '$lib/deck/conflicts';
import type { CitecardsDb } from '$lib/db';

/** A card with its schedule, review history and deck. */
export type CardDetail = NonNullable<Awaited<ReturnType<CitecardsDb['getCard']>>>;
import { dbState } from './db-state.svelte';

class CardDetailState {
	#detail = $state.raw<CardDetail | null>(null);
	#conflicts = $state.raw<Conflict[]>([]);
	#titles = $state.raw<Record<string, string>>({});
	#status = $state<'loading' | 'ready' | 'missing'>('loading');

	get detail(): CardDetail | null {
		return this.#detail;
	}
	get conflicts(): Conflict[] {
		return this.#conflicts;
	}
	/** Source titles by id, for the citations. */
	get titles(): Record<string, string> {
		return this.#titles;
	}
	get status(): 'loading' | 'ready' | 'missing' {
		return this.#status;
	}

	/** Loads a card with everything its page shows. */
	async load({ cardId, deckId }: { cardId: string; deckId?: string }): Promise<void> {
		this.#status = 'loading';
		try {
			const db = await dbState.ready();
			const detail = await db.getCard({ cardId, deckId });
			if (!detail) {
				this.#status = 'missing';
				return;
			}
			const [row, list] = await Promise.all([
				db.getDeck({ deckId: detail.deckId }),
				db.listSources({ deckId: detail.deckId })
			]);
			this.#detail = detail;
			this.#conflicts = conflictsOfCard({ card: detail.card, conflicts: row?.conflicts ?? [] });
			this.#titles = Object.fromEntries(list.map((s) => [s.id, s.title]));
			this.#status = 'ready';
		} catch (error) {
			this.#status = 'missing';
			dbState.report(error);
		}
	}

	/** Suspends or unsuspends the card shown. */
	async setSuspended(suspended: boolean): Promise<void> {
		const detail = this.#detail;
		if (!detail) return;
		try {
			const db = await dbState.ready();
			await db.setSuspended({ cardId: detail.card.id, deckId: detail.deckId, suspended });
			await this.load({ cardId: detail.card.id, deckId: detail.deckId });
		} catch (error) {
			dbState.report(error);
		}
	}
}

/** The card page's state. */
export const cardDetail = new CardDetailState();
