/**
 * The self-test page: set up (decks or a source, how many, multiple choice or typed), ask, score. It
 * leaves the schedule alone unless the student asks to record the results as reviews.
 */
import type { Deck } from '$lib/deck';
import type { DeckSummary } from '$lib/db';
import { dbState } from './db-state.svelte';
import {
	buildTest,
	judge,
	type TestAnswer,
	type TestMode,
	type TestQuestion
} from './self-test-questions';

type Phase = 'loading' | 'setup' | 'asking' | 'done';

class SelfTest {
	#decks = $state.raw<DeckSummary['deck'][]>([]);
	#loaded = $state.raw<Record<string, Deck>>({});
	#phase = $state<Phase>('loading');
	#questions = $state.raw<TestQuestion[]>([]);
	#answers = $state.raw<TestAnswer[]>([]);
	#error = $state<string | null>(null);
	#recorded = $state(false);
	/** The set-up form's choices. */
	options = $state({
		deckIds: [] as string[],
		sourceId: '',
		count: 10,
		mode: 'choices' as TestMode
	});

	get decks() {
		return this.#decks;
	}
	get phase(): Phase {
		return this.#phase;
	}
	get error(): string | null {
		return this.#error;
	}
	get questions(): TestQuestion[] {
		return this.#questions;
	}
	get answers(): TestAnswer[] {
		return this.#answers;
	}
	/** The question on screen (the first not yet answered). */
	get current(): TestQuestion | null {
		return this.#questions[this.#answers.length] ?? null;
	}
	get score(): number {
		return this.#answers.filter((a) => a.right).length;
	}
	/** Whether the results were recorded as reviews. */
	get recorded(): boolean {
		return this.#recorded;
	}
	/** Sources of the chosen decks, each once. */
	get sources(): Array<{ id: string; title: string }> {
		const all = this.options.deckIds.flatMap((id) => this.#loaded[id]?.sources ?? []);
		return all.filter((s, i) => all.findIndex((x) => x.id === s.id) === i);
	}
	/** Source titles by id, for the evidence. */
	get sourceTitles(): Record<string, string> {
		return Object.fromEntries(this.sources.map((s) => [s.id, s.title]));
	}

	/** Reads the deck list; preselects `deckId` (or the only deck). */
	async load({ deckId }: { deckId?: string | null } = {}): Promise<void> {
		this.#phase = 'loading';
		this.#error = null;
		try {
			const db = await dbState.ready();
			this.#decks = (await db.listDecks({ now: Date.now() })).map((s) => s.deck);
			const first = this.#decks.find((d) => d.id === deckId) ?? this.#decks[0];
			this.options.deckIds = [];
			if (first) await this.toggleDeck({ deckId: first.id, on: true });
		} catch (error) {
			this.#error = `The decks could not be read: ${dbState.report(error)}`;
		}
		this.#phase = 'setup';
	}

	/** Adds a deck to the test or takes it out. */
	async toggleDeck({ deckId, on }: { deckId: string; on: boolean }): Promise<void> {
		const ids = this.options.deckIds.filter((id) => id !== deckId);
		this.options.deckIds = on ? [...ids, deckId] : ids;
		if (!on || this.#loaded[deckId]) return;
		const deck = await (await dbState.ready()).readDeck({ deckId });
		if (deck) this.#loaded = { ...this.#loaded, [deckId]: deck };
	}

	/** Draws the questions and starts asking. */
	begin({ seed = Math.floor(Math.random() * 2 ** 32) }: { seed?: number } = {}): void {
		const decks = this.options.deckIds.flatMap((id) => this.#loaded[id] ?? []);
		this.#questions = buildTest({
			decks,
			sourceId: this.options.sourceId || undefined,
			count: this.options.count,
			mode: this.options.mode,
			seed
		});
		this.#answers = [];
		this.#recorded = false;
		this.#error = this.#questions.length ? null : 'No cards match: choose another deck or source.';
		if (this.#questions.length) this.#phase = 'asking';
	}

	/** Answers the current question and moves on (to the score after the last). */
	answer({ given }: { given: string }): void {
		const question = this.current;
		if (!question) return;
		this.#answers = [...this.#answers, judge({ question, given })];
		if (this.#answers.length >= this.#questions.length) this.#phase = 'done';
	}

	/** Back to the set-up form. */
	again(): void {
		this.#phase = 'setup';
	}

	/** At the student's request: each answer becomes a review (right: Good, wrong: Again). */
	async record(): Promise<void> {
		if (this.#recorded) return;
		try {
			const db = await dbState.ready();
			const now = Date.now();
			for (const [i, q] of this.#questions.entries()) {
				const a = this.#answers[i];
				if (!a) continue;
				await db.recordReview({
					cardId: q.card.id,
					deckId: q.deckId,
					rating: a.right ? 3 : 1,
					now: now + i,
					durationMs: 0
				});
			}
			this.#recorded = true;
		} catch (error) {
			this.#error = `The results could not be recorded: ${dbState.report(error)}`;
		}
	}
}

/** The self-test on screen. */
export const selfTest = new SelfTest();
