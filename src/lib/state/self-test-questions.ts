/**
 * A self-test's questions (as Quizlet's Test): N cards drawn from the chosen decks or sources, asked
 * as multiple choice (the card's own choices, or wrong choices of the answer's type from the other
 * cards) or typed, and the verdict on each answer. Plain TypeScript, tested in happy-dom.
 */
import type { Card, Deck } from '$lib/deck';
import { answerTarget, matchAnswer } from '$lib/deck/answer';
import { pickDistractors } from '$lib/export/distractors';
import { hashSeed, mulberry32, shuffled } from '$lib/export/random';

/** How the questions are answered. */
export type TestMode = 'choices' | 'typed';

/** One question of a self-test. */
export interface TestQuestion {
	card: Card;
	deckId: string;
	/** Multiple choice: the options, the answer among them; absent: typed. */
	choices?: string[];
}

/** What was answered and whether it was right. */
export interface TestAnswer {
	given: string;
	right: boolean;
}

/** Draws `count` questions from the decks (only cards citing `sourceId` when given), by a seed. */
export function buildTest({
	decks,
	sourceId,
	count,
	mode,
	seed
}: {
	decks: Deck[];
	sourceId?: string;
	count: number;
	mode: TestMode;
	seed: number;
}): TestQuestion[] {
	const seen = new Set<string>();
	const pool: Array<{ card: Card; deckId: string }> = [];
	for (const deck of decks)
		for (const card of deck.cards) {
			if (seen.has(card.id)) continue;
			if (sourceId && !card.citations.some((c) => c.source === sourceId)) continue;
			seen.add(card.id);
			pool.push({ card, deckId: deck.id });
		}
	const all = decks.flatMap((d) => d.cards);
	const random = mulberry32(seed);
	return shuffled(pool, random)
		.slice(0, Math.max(0, Math.floor(count)))
		.map(({ card, deckId }) => {
			if (mode === 'typed') return { card, deckId };
			let choices = card.choices && card.choices.length > 1 ? card.choices.slice() : undefined;
			if (!choices) {
				const wrong = pickDistractors({ card, answer: card.answer, pool: all, want: 3 });
				if (wrong.length >= 1) choices = [card.answer, ...wrong];
			}
			if (!choices) return { card, deckId };
			return {
				card,
				deckId,
				choices: shuffled(choices, mulberry32(hashSeed(`${seed}:${card.id}`)))
			};
		});
}

/** The verdict on one answer: a choice must be the answer; a typed answer as the study page judges it. */
export function judge({ question, given }: { question: TestQuestion; given: string }): TestAnswer {
	if (question.choices) return { given, right: given === question.card.answer };
	const verdict = matchAnswer({ typed: given, ...answerTarget({ card: question.card }) }).verdict;
	return { given, right: verdict !== 'wrong' };
}
