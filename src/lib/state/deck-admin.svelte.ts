/** One deck's page: its name, what it holds, and renaming, resetting and deleting it. */
import type { DeckLoss } from '$lib/db';
import { dbState } from './db-state.svelte';
import { decks } from './decks.svelte';
import { lastDeck } from './last-deck.svelte';
import { rememberDeletedDeck } from './seed';

class DeckAdminState {
	#deckId = $state<string | null>(null);
	#title = $state('');
	#loss = $state.raw<DeckLoss | null>(null);
	#status = $state<'loading' | 'ready' | 'missing' | 'deleted'>('loading');
	#message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);

	get title(): string {
		return this.#title;
	}
	/** What the deck holds (cards, articles, ratings). */
	get loss(): DeckLoss | null {
		return this.#loss;
	}
	get status(): 'loading' | 'ready' | 'missing' | 'deleted' {
		return this.#status;
	}
	get message(): { kind: 'ok' | 'error'; text: string } | null {
		return this.#message;
	}

	/** Reads a deck's name and what it holds. */
	async load({ deckId }: { deckId: string }): Promise<void> {
		this.#deckId = deckId;
		this.#status = 'loading';
		this.#message = null;
		try {
			const db = await dbState.ready();
			const [row, loss] = await Promise.all([db.getDeck({ deckId }), db.deckLoss({ deckId })]);
			if (!row) {
				this.#status = 'missing';
				return;
			}
			this.#title = row.title;
			this.#loss = loss;
			this.#status = 'ready';
		} catch (error) {
			this.#status = 'missing';
			dbState.report(error);
		}
	}

	async #run(step: (deckId: string) => Promise<void>, ok: string): Promise<boolean> {
		const deckId = this.#deckId;
		if (!deckId) return false;
		try {
			await step(deckId);
			this.#message = { kind: 'ok', text: ok };
			void decks.load();
			return true;
		} catch (error) {
			this.#message = { kind: 'error', text: dbState.report(error) };
			return false;
		}
	}

	/** Renames the deck (1 to 200 characters). */
	async rename(title: string): Promise<boolean> {
		const clean = title.trim().replace(/\s+/g, ' ');
		if (!clean || clean.length > 200) {
			this.#message = { kind: 'error', text: 'A deck name needs 1 to 200 characters.' };
			return false;
		}
		const done = await this.#run(
			async (deckId) => (await dbState.ready()).renameDeck({ deckId, title: clean }),
			`Renamed to "${clean}".`
		);
		if (done) this.#title = clean;
		return done;
	}

	/** Makes every card new again and deletes the deck's ratings. */
	async reset(): Promise<boolean> {
		const text = 'Progress reset: every card is new again.';
		const done = await this.#run(
			async (deckId) => (await dbState.ready()).resetDeck({ deckId, now: Date.now() }),
			text
		);
		if (done && this.#deckId) {
			await this.load({ deckId: this.#deckId });
			this.#message = { kind: 'ok', text };
		}
		return done;
	}

	/** Deletes the deck with everything in it. */
	async remove(): Promise<boolean> {
		const title = this.#title;
		const done = await this.#run(async (deckId) => {
			await (await dbState.ready()).deleteDeck({ deckId });
			if (lastDeck.id === deckId) lastDeck.forget();
			rememberDeletedDeck({ deckId });
		}, `"${title}" was deleted.`);
		if (done) this.#status = 'deleted';
		return done;
	}
}

/** The deck page's state. */
export const deckAdmin = new DeckAdminState();
