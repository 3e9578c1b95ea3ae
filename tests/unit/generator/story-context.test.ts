import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/lib/generator/index';
import {
	storyLabels,
	withStoryContext as labelled,
	headlineNamesAnswer
} from '../../../src/lib/generator/story-context';
import type { Card } from '../../../src/lib/deck';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BBC_DIR, describeCorpus } from '../../fixtures/corpus';

const card = (over: Partial<Card>): Card => ({
	id: 'c1',
	type: 'qa',
	question: 'Who met the cross at the near post with a low shot?',
	answer: 'Dario Velk',
	citations: [{ source: 's1', start: 0, end: 10, quote: 'x' }],
	tags: [],
	...over
});
const headlines = new Map([['s1', 'Harlow 0-2 Vennick Town']]);
const withStoryContext = (o: { cards: Card[]; headlines: Map<string, string> }) =>
	labelled({ cards: o.cards, labels: storyLabels(o.headlines) });

describe('cards shown under their story', () => {
	it('puts the headline before a question that names nothing of the story', () => {
		const [c] = withStoryContext({ cards: [card({})], headlines });
		expect(c.question).toBe(
			'Harlow 0-2 Vennick Town: Who met the cross at the near post with a low shot?'
		);
	});

	it('puts a match headline before a question that names one side only', () => {
		const h = new Map([['s1', 'Brentford v Southampton']]);
		const q =
			'Which Southampton striker scored twice from close range to put the Saints in command?';
		const [c] = withStoryContext({
			cards: [card({ question: q, answer: 'Henri Camara' })],
			headlines: h
		});
		expect(c.question).toBe(`Brentford v Southampton: ${q}`);
		const both = 'Who scored when Brentford drew 1-1 with Southampton in the third round?';
		const [d] = withStoryContext({ cards: [card({ question: both })], headlines: h });
		expect(d.question).toBe(both);
	});

	it('drops a gap on the subject of a sentence that names hardly anything, with no headline to frame it', () => {
		const h = new Map([['s1', 'Dana Voss dies aged 65']]);
		const gap = (id: string, question: string, answer: string) =>
			card({ id, type: 'cloze', question, answer });
		const shown = withStoryContext({
			cards: [
				gap('c1', '[…] died after suffering a heart attack in October.', 'Dana Voss'),
				gap('c2', "[…], the UK's biggest bank, has seen profits climb.", 'Dana Voss'),
				gap('c3', '[…] won praise from critics in London and New York.', 'Dana Voss'),
				card({ id: 'c4' })
			],
			headlines: h
		});
		expect(shown.map((c) => c.id)).toEqual(['c2', 'c3', 'c4']);
		// An article with few cards keeps it: a thin card beats none.
		const few = withStoryContext({
			cards: [gap('c1', '[…] died after suffering a heart attack in October.', 'Dana Voss')],
			headlines: h
		});
		expect(few.map((c) => c.id)).toEqual(['c1']);
	});

	it('frames an acronym, which stands for many things, unless the headline spells it out', () => {
		const acronyms = [
			card({ question: 'What does FM stand for?', answer: 'Football Manager', kind: 'acronym' }),
			card({
				id: 'c2',
				question: 'What does WEF stand for?',
				answer: 'World Economic Forum',
				kind: 'acronym'
			})
		];
		const [fm, wef] = withStoryContext({
			cards: acronyms,
			headlines: new Map([['s1', 'Football game tops charts']])
		});
		expect(fm.question).toBe('Football game tops charts: What does FM stand for?');
		expect(wef.question).toBe('Football game tops charts: What does WEF stand for?');
		const [, spelled] = withStoryContext({
			cards: acronyms,
			headlines: new Map([['s1', 'World Economic Forum opens in Davos']])
		});
		expect(spelled.question).toBe('What does WEF stand for?');
	});

	it('shows a cloze under a headline that opens like a question, but no question', () => {
		const h = new Map([['s1', 'How the Velmora Awards flourished']]);
		const [qa, cloze] = withStoryContext({
			cards: [
				card({}),
				card({
					id: 'c2',
					type: 'cloze',
					question: 'The first televised ceremony was in […].',
					answer: '1953',
					cloze: {
						text: 'The first televised ceremony was in […].',
						blanks: [{ start: 36, end: 39 }]
					}
				})
			],
			headlines: h
		});
		expect(qa.question).toBe('Who met the cross at the near post with a low shot?');
		expect(cloze.question).toBe(
			'How the Velmora Awards flourished: The first televised ceremony was in […].'
		);
		const asked = withStoryContext({
			cards: [card({ type: 'cloze', question: 'It was held in […].', answer: '1953' })],
			headlines: new Map([['s1', 'Who will win the Velmora Awards?']])
		});
		expect(asked[0].question).toBe('It was held in […].');
	});

	it('reads a headline word in another form as giving the answer away ("rallies", "a rallying cry")', () => {
		const [c] = withStoryContext({
			cards: [
				card({
					type: 'cloze',
					question: 'Anna Drell has issued […] to supporters.',
					answer: 'a rallying cry',
					cloze: {
						text: 'Anna Drell has issued […] to supporters.',
						blanks: [{ start: 22, end: 25 }]
					}
				})
			],
			headlines: new Map([['s1', 'Chancellor rallies Velmora voters']])
		});
		expect(c.question).toBe('Anna Drell has issued […] to supporters.');
	});

	it('leaves a question that already names the story as it is', () => {
		const q = 'Who scored for Vennick Town in the second half?';
		const [c] = withStoryContext({ cards: [card({ question: q })], headlines });
		expect(c.question).toBe(q);
	});

	it("reads a story as named by its headline's names, not by a common word they share", () => {
		const text = 'Pre-tax profit for 2004 was £15.4m.';
		const start = text.indexOf('£15.4m');
		const cloze = card({
			type: 'cloze',
			question: text.replace('£15.4m', '[…]'),
			answer: '£15.4m',
			cloze: { text, blanks: [{ start, end: start + 6 }] }
		});
		const named = new Map([['s1', 'Orlan profits lifted by Euro 2004']]);
		expect(withStoryContext({ cards: [cloze], headlines: named })[0].question).toBe(
			'Orlan profits lifted by Euro 2004: Pre-tax profit for 2004 was […].'
		);
	});

	it('never shows a headline that names the answer', () => {
		const q = 'Who met the cross at the near post with a low shot?';
		const [c] = withStoryContext({
			cards: [card({ question: q, answer: 'Vennick Town' })],
			headlines
		});
		expect(c.question).toBe(q);
		const named = new Map([['s1', 'Velk double sinks Harlow']]);
		expect(withStoryContext({ cards: [card({ question: q })], headlines: named })[0].question).toBe(
			q
		);
	});

	it('puts no headline that reads as a question before one', () => {
		const q = 'Who met the cross at the near post with a low shot?';
		for (const h of ['When the derby turns sour', 'Is this the end for Harlow?'])
			expect(
				withStoryContext({ cards: [card({})], headlines: new Map([['s1', h]]) })[0].question
			).toBe(q);
	});

	it('moves a cloze gap with the text before it', () => {
		const text = 'Gross domestic product fell by 0.1% in the last three months of 2004.';
		const start = text.indexOf('0.1%');
		const [c] = withStoryContext({
			cards: [
				card({
					type: 'cloze',
					question: text.replace('0.1%', '[…]'),
					answer: '0.1%',
					cloze: { text, blanks: [{ start, end: start + 4 }] }
				})
			],
			headlines: new Map([['s1', 'Japan economy slides to recession']])
		});
		expect(c.question).toBe(
			'Japan economy slides to recession: Gross domestic product fell by […] in the last three months of 2004.'
		);
		const b = c.cloze!.blanks[0];
		expect(c.cloze!.text.slice(b.start, b.end)).toBe('0.1%');
	});

	it('asks a gap on a sentence whose "the …" points back only under the headline', () => {
		const body =
			'"We are delighted," the mayor of Velmora told reporters on Monday. The plan was drawn up by engineer Tomas Brevik over three years.';
		const gap = (text: string) =>
			generateDeck({ sources: [{ id: 'a', text }] }).deck.cards.find(
				(c) => c.type === 'cloze' && c.answer === 'Tomas Brevik'
			);
		expect(gap(`Tram line approved\n\n${body}`)?.question).toBe(
			'Tram line approved: The plan was drawn up by engineer […] over three years.'
		);
		// With no headline to say which plan, the sentence is asked of nowhere.
		expect(gap(body)).toBeUndefined();
	});

	it('is applied to generated decks whose articles have a headline', () => {
		const text =
			'Orlan Mining in the red\n\nThe firm said pre-tax profit fell 31% to £12m in the year to March, hit by weaker copper prices.';
		const { deck } = generateDeck({ sources: [{ id: 'a', text }] });
		const asked = deck.cards.find((c) => c.answer === '31%' || c.answer === '£12m');
		expect(asked?.question.startsWith('Orlan Mining in the red: ')).toBe(true);
	});
});

describeCorpus('a sentence about the story’s subject, on a real article', () => {
	it('asks the other name in it, not "Who …?" of the subject again', () => {
		const text = readFileSync(join(BBC_DIR, 'entertainment/069.txt'), 'utf8');
		const cards = generateDeck({ sources: [{ id: 'a', text }] }).deck.cards;
		const praise = cards.filter((c) => /full of praise/.test(c.question));
		expect(praise.map((c) => c.answer)).toEqual(['Clint Eastwood']);
	});
});

describe('headlineNamesAnswer', () => {
	it('knows the names a headline writes short', () => {
		expect(headlineNamesAnswer('Malcolm Glazer and Man Utd', 'Manchester United')).toBe(true);
		expect(headlineNamesAnswer('At a glance: Tory health checks', 'Conservatives')).toBe(true);
		expect(headlineNamesAnswer('US trade gap hits record', 'United States')).toBe(true);
		expect(headlineNamesAnswer('Nestle sales hit by weather', 'Nestle')).toBe(true);
	});
	it('reads no name into a short common word', () => {
		expect(headlineNamesAnswer('Brits return Keane to number one', 'Tourist')).toBe(false);
		expect(headlineNamesAnswer('Man Utd held by Fulham', 'Manchester City')).toBe(false);
	});
});

describe('headlineNamesAnswer and figures', () => {
	it('reads no figure as shortened by another ("54%" is not "54.3%")', () => {
		expect(headlineNamesAnswer('Castellan wins presidency with 54% of vote', '54.3%')).toBe(false);
	});
});
