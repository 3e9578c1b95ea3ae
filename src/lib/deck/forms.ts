/** The ways one card can be asked (deck format 2: one card per fact carries them all). */
import type { Card } from './schema';

/** A way to ask a card: question and answer, multiple choice, or a sentence with a gap. */
export type CardForm = 'qa' | 'mcq' | 'cloze';

/** Each form in words, for badges and filters. */
export const FORM_WORDS: Record<CardForm, string> = {
	qa: 'question',
	mcq: 'multiple choice',
	cloze: 'cloze'
};

/** Whether a card can be asked in a form: 'qa' unless it is a cloze card, 'mcq' with choices, 'cloze' with a sentence. */
export function hasForm(card: Card, form: CardForm): boolean {
	if (form === 'mcq') return Boolean(card.choices);
	if (form === 'cloze') return Boolean(card.cloze);
	return card.type !== 'cloze';
}

/** The forms a card can be asked in, primary form first. */
export function cardForms(card: Card): CardForm[] {
	const order: CardForm[] = card.type === 'cloze' ? ['cloze', 'mcq'] : ['qa', 'mcq', 'cloze'];
	return order.filter((f) => hasForm(card, f));
}
