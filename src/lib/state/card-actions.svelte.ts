/**
 * What the user does to one card from the study screen or its page: edit it, suspend, bury, flag or
 * delete it, with an undo for the last suspend, bury or delete.
 */
import type { CitecardsDb, DeletedCard } from '$lib/db';
import type { Card } from '$lib/deck';
import { editCard, handCard, type CardChanges } from '$lib/deck/edit';
import { nextStudyDayStart } from '$lib/srs/day';
import { dbState } from './db-state.svelte';
import { settings } from './settings.svelte';

/** A card in a deck. */
export interface CardRef {
	deckId: string;
	cardId: string;
}

class CardActionsState {
	#message = $state<string | null>(null);
	#undo = $state.raw<{ ref: CardRef; run: (db: CitecardsDb) => Promise<void> } | null>(null);

	/** What the last action did ("Card buried until tomorrow."). */
	get message(): string | null {
		return this.#message;
	}
	/** Whether the last action can be taken back. */
	get canUndo(): boolean {
		return this.#undo !== null;
	}

	/** Forgets the last action's message and undo. */
	clear(): void {
		this.#message = null;
		this.#undo = null;
	}

	async #run(
		step: (db: CitecardsDb) => Promise<unknown>,
		message: string,
		undo?: { ref: CardRef; run: (db: CitecardsDb) => Promise<void> }
	): Promise<boolean> {
		try {
			const db = await dbState.ready();
			await step(db);
			this.#message = message;
			this.#undo = undo ?? null;
			return true;
		} catch (error) {
			this.#message = dbState.report(error);
			this.#undo = null;
			return false;
		}
	}

	/** Saves an edited card; returns what is wrong (nothing saved then) or the saved card. */
	async save(
		o: CardRef & { card: Card; changes: CardChanges }
	): Promise<{ ok: true; card: Card } | { ok: false; problems: string[] }> {
		const edited = editCard({ card: o.card, changes: o.changes });
		if (!edited.ok) return edited;
		const ok = await this.#run(
			(db) => db.saveCard({ deckId: o.deckId, card: $state.snapshot(edited.card) as Card }),
			'Card saved.'
		);
		return ok ? edited : { ok: false, problems: [this.#message ?? 'The card was not saved.'] };
	}

	/** Adds a card written by hand citing a stretch of a source; returns what is wrong, or the card. */
	async addByHand(o: {
		deckId: string;
		source: { id: string; text: string };
		start: number;
		end: number;
		question: string;
		answer: string;
	}): Promise<{ ok: true; card: Card } | { ok: false; problems: string[] }> {
		const made = handCard(o);
		if (!made.ok) return made;
		const ok = await this.#run(
			(db) => db.addCard({ deckId: o.deckId, card: made.card }),
			'Card added to the deck.'
		);
		return ok ? made : { ok: false, problems: [this.#message ?? 'The card was not added.'] };
	}

	/** Suspends a card (never asked until unsuspended). */
	suspend(ref: CardRef): Promise<boolean> {
		return this.#run(
			(db) => db.setSuspended({ ...ref, suspended: true }),
			'Card suspended: it will not be asked until you unsuspend it.',
			{ ref, run: (db) => db.setSuspended({ ...ref, suspended: false }) }
		);
	}

	/** Buries a card until the next study day starts. */
	async bury(ref: CardRef): Promise<boolean> {
		const { dayStartHour } = await settings.load();
		const buriedUntil = nextStudyDayStart({ now: Date.now(), dayStartHour });
		return this.#run(
			(db) => db.setCardFlags({ ...ref, buriedUntil }),
			'Card buried until tomorrow.',
			{ ref, run: async (db) => void (await db.setCardFlags({ ...ref, buriedUntil: null })) }
		);
	}

	/** Flags or unflags a card. */
	flag(ref: CardRef & { flagged: boolean }): Promise<boolean> {
		return this.#run((db) => db.setCardFlags(ref), ref.flagged ? 'Card flagged.' : 'Flag removed.');
	}

	/** Deletes a card with its history (undo puts it back). */
	async remove(ref: CardRef): Promise<boolean> {
		let deleted: DeletedCard | null = null;
		return this.#run(
			async (db) => (deleted = await db.deleteCard(ref)),
			'Card deleted, with its review history.',
			{ ref, run: (db) => db.restoreCard({ deleted: deleted as DeletedCard }) }
		);
	}

	/** Takes back the last suspend, bury or delete; returns the card it concerned. */
	async undo(): Promise<CardRef | null> {
		const undo = this.#undo;
		if (!undo) return null;
		const ok = await this.#run(undo.run, 'Undone.');
		return ok ? undo.ref : null;
	}
}

/** Card actions, shared by the study screen and the card page. */
export const cardActions = new CardActionsState();
