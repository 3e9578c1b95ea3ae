import { describe, expect, it } from 'vitest';
import { concernsCard, conflictsOfCard, type Card, type Conflict } from '../../../src/lib/deck';

const text =
	'US Defense Secretary Pete Hegseth met his counterpart in Kuala Lumpur. ' +
	'Secretary of War Pete Hegseth signed the pact. ' +
	'"Our partnership is critical for a free, open and rules-based region," Singh said.';
const cite = (quote: string, source = 'a') => {
	const start = text.indexOf(quote);
	return { source, start, end: start + quote.length, quote };
};
const meeting = cite('US Defense Secretary Pete Hegseth met his counterpart in Kuala Lumpur.');
const signing = cite('Secretary of War Pete Hegseth signed the pact.', 'b');
const quoted = cite(
	'"Our partnership is critical for a free, open and rules-based region," Singh said.'
);

const title: Conflict = {
	id: 'title',
	subject: 'Title of Pete Hegseth',
	variants: [
		{ value: 'Secretary of War', citations: [signing] },
		{ value: 'US Defense Secretary', citations: [meeting] }
	]
};
const wording: Conflict = {
	id: 'wording',
	subject: 'Wording of a quotation',
	variants: [
		{
			value: 'Our partnership is critical for a free, open and rules-based region',
			citations: [quoted]
		},
		{
			value: 'Our partnership is critical for a free, open and rules-bound region',
			citations: [cite('Secretary of War Pete Hegseth signed the pact.', 'c')]
		}
	]
};

const card = (overrides: Partial<Card>): Card => ({
	id: 'c',
	type: 'qa',
	question: 'What position does Pete Hegseth hold?',
	answer: 'Secretary of War',
	citations: [signing],
	tags: [],
	...overrides
});

describe('conflictsOfCard', () => {
	it('keeps the disagreements the generator tied to the card', () => {
		const own = card({ question: 'Anything?', answer: 'Else', conflicts: ['title'] });
		expect(conflictsOfCard({ card: own, conflicts: [title, wording] })).toEqual([title]);
	});
	it('finds a disputed title asked the other way round', () => {
		const who = card({ question: 'Who is the US Secretary of War?', answer: 'Pete Hegseth' });
		expect(conflictsOfCard({ card: who, conflicts: [title, wording] })).toEqual([title]);
		const defense = card({ question: 'Who is the US Defense Secretary?', answer: 'Hegseth' });
		expect(concernsCard({ card: defense, conflict: title })).toBe(true);
	});
	it('finds the title card without its tie', () => {
		expect(concernsCard({ card: card({}), conflict: title })).toBe(true);
	});
	it('leaves out a card that only cites a sentence naming the disputed title', () => {
		const where = card({
			question: 'Where did Pete Hegseth meet his counterpart?',
			answer: 'Kuala Lumpur',
			citations: [meeting],
			cloze: { text: meeting.quote, blanks: [{ start: 57, end: 69 }] }
		});
		expect(conflictsOfCard({ card: where, conflicts: [title, wording] })).toEqual([]);
		const other = card({
			question: 'Who is the Secretary of War in Ruritania?',
			answer: 'Ana Ruiz'
		});
		expect(concernsCard({ card: other, conflict: title })).toBe(false);
	});
	it('finds a quotation worded two ways, asked as who said it', () => {
		const said = card({
			question: 'Who said that our partnership is critical for a free, open and rules-based …?',
			answer: 'Singh',
			citations: [quoted]
		});
		expect(conflictsOfCard({ card: said, conflicts: [title, wording] })).toEqual([wording]);
		const unrelated = card({
			question: 'Who said the pact matters?',
			answer: 'Singh',
			citations: [quoted]
		});
		expect(concernsCard({ card: unrelated, conflict: wording })).toBe(false);
	});
});
