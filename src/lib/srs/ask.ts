/** How the study page asks a card: its prompt, and how the student answers. */
import type { Card } from '../deck/schema';
import type { CardState, MultipleChoice } from './types';

/** The prompt (question, or sentence with a gap) and the answer (pick a choice, type, or reveal). */
export interface AskMode {
	prompt: 'question' | 'cloze';
	respond: 'choices' | 'typed' | 'reveal';
}

/**
 * As Quizlet's Learn does: a card with choices is multiple choice while it is new or being (re)learnt
 * ('learning', the default), then recalled; 'always' and 'never' override. A cloze card shows its
 * sentence with the gap; recall is typed when typed answers are on, else revealed.
 */
export function askMode(o: {
	card: Card;
	state: CardState;
	multipleChoice: MultipleChoice;
	typedAnswers: boolean;
}): AskMode {
	const prompt = o.card.type === 'cloze' && o.card.cloze ? 'cloze' : 'question';
	const learning = o.state !== 'review';
	const choices =
		Boolean(o.card.choices) &&
		(o.multipleChoice === 'always' || (o.multipleChoice === 'learning' && learning));
	return { prompt, respond: choices ? 'choices' : o.typedAnswers ? 'typed' : 'reveal' };
}
