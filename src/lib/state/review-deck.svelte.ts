/**
 * The review step before saving a deck made from articles: the generated cards new to the deck, each
 * kept, edited or deleted; the deck's name (or the stored deck they join); then one save.
 */
import type { AddDeckResult } from '$lib/db';
import { reviseCard, newCards, reviewedDeck } from '$lib/deck/add-sources';
import type { Card, Conflict, Deck } from '$lib/deck/schema';
import { dbState } from './db-state.svelte';

/** One generated card under review. */
export interface ReviewItem {
	card: Card;
	keep: boolean;
	edited: boolean;
}

class ReviewDeckState {
	#generated = $state.raw<Deck | null>(null);
	#existing = $state.raw<Deck | null>(null);
	items = $state<ReviewItem[]>([]);
	/** The new deck's name (ignored when adding to a stored deck). */
	name = $state('');
	#saving = $state(false);
	#saved = $state.raw<AddDeckResult | null>(null);
	#error = $state<string | null>(null);

	get generated(): Deck | null {
		return this.#generated;
	}
	/** The stored deck the cards join, or null for a new deck. */
	get existing(): Deck | null {
		return this.#existing;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get saved(): AddDeckResult | null {
		return this.#saved;
	}
	get error(): string | null {
		return this.#error;
	}
	/** How many cards will be saved. */
	get keptCount(): number {
		return this.items.filter((i) => i.keep).length;
	}
	/** The titles of the generated deck's sources, by id. */
	get sourceTitles(): Record<string, string> {
		return Object.fromEntries((this.#generated?.sources ?? []).map((s) => [s.id, s.title]));
	}

	/** Starts a review of a generated deck (for a new deck, or for `existing`). */
	load({
		generated,
		existing = null,
		newSourceIds
	}: {
		generated: Deck;
		existing?: Deck | null;
		newSourceIds: string[];
	}): void {
		this.#generated = generated;
		this.#existing = existing;
		this.items = newCards({ existing, generated, newSourceIds }).map((card) => ({
			card,
			keep: true,
			edited: false
		}));
		this.name = existing?.title ?? generated.title;
		this.#saved = null;
		this.#error = null;
	}

	/** Forgets the review (after a save, or to start again). */
	clear(): void {
		this.#generated = null;
		this.#existing = null;
		this.items = [];
		this.name = '';
		this.#saved = null;
		this.#error = null;
	}

	/** The disagreements that concern a card. */
	conflictsOf(card: Card): Conflict[] {
		const ids = new Set(card.conflicts ?? []);
		return (this.#generated?.conflicts ?? []).filter((c) => ids.has(c.id));
	}

	/** Keeps a card, or deletes it from what will be saved. */
	setKeep({ index, keep }: { index: number; keep: boolean }): void {
		const item = this.items[index];
		if (item) item.keep = keep;
	}

	/** Replaces a card's question and answer (marks it edited). */
	edit({ index, question, answer }: { index: number; question: string; answer: string }): void {
		const item = this.items[index];
		if (!item || !question.trim() || !answer.trim()) return;
		item.card = reviseCard({ card: $state.snapshot(item.card) as Card, question, answer });
		item.edited = true;
	}

	/** The deck to save: the generated one with only the kept cards (the edits in them). */
	deckToSave(): Deck | null {
		const generated = this.#generated;
		if (!generated) return null;
		const kept = ($state.snapshot(this.items) as ReviewItem[])
			.filter((i) => i.keep)
			.map((i) => i.card);
		return reviewedDeck({ generated, existing: this.#existing, kept, title: this.name });
	}

	/** Saves in one transaction; on success `saved` says what was written. */
	async save(): Promise<AddDeckResult | null> {
		const deck = this.deckToSave();
		if (!deck || this.#saving) return null;
		if (!this.#existing && deck.cards.length === 0) {
			this.#error = 'Keep at least one card to make a deck.';
			return null;
		}
		this.#saving = true;
		this.#error = null;
		try {
			const db = await dbState.ready();
			const result = await db.addDeck({
				deck,
				intoDeckId: this.#existing?.id,
				now: Date.now()
			});
			this.#saved = result;
			return result;
		} catch (error) {
			this.#error = `Nothing was saved: ${(error as Error).message}`;
			return null;
		} finally {
			this.#saving = false;
		}
	}
}

/** The review before saving. */
export const reviewDeck = new ReviewDeckState();
