/**
 * A teacher's changes on the export page, kept for the export only: a question reworded, an answer
 * corrected, a question dropped. Applied to the picked cards before the plan, so every format sees them.
 */
import type { Card } from '../deck/schema';

/** A card's question and answer as the teacher wants them in the file. */
export interface CardEdit {
	question: string;
	answer: string;
}

/**
 * The cards without the dropped ones, each edited card with its new wording: a new answer replaces the
 * old one among the choices (and the other accepted answers go); a cloze card whose wording changed is
 * asked as the written question, its blanks no longer matching.
 */
export function applyEdits({
	cards,
	edits,
	dropped
}: {
	cards: Card[];
	edits: Record<string, CardEdit>;
	dropped: readonly string[];
}): Card[] {
	const gone = new Set(dropped);
	return cards
		.filter((card) => !gone.has(card.id))
		.map((card) => {
			const edit = Object.hasOwn(edits, card.id) ? edits[card.id] : undefined;
			if (!edit) return card;
			const question = edit.question.trim() || card.question;
			const answer = edit.answer.trim() || card.answer;
			if (question === card.question && answer === card.answer) return card;
			const out: Card = { ...card, question, answer };
			if (answer !== card.answer) {
				delete out.accept;
				if (card.choices) {
					const others = card.choices.filter((c) => c !== card.answer && c !== answer);
					out.choices = card.choices
						.map((c) => (c === card.answer ? answer : c))
						.filter((c) => c === answer || others.includes(c));
				}
			}
			if (out.cloze) {
				delete out.cloze;
				if (out.type === 'cloze') out.type = 'qa';
			}
			return out;
		});
}
