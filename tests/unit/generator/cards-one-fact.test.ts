import { describe, expect, it } from 'vitest';
import { factQuestionsOf } from '../../fixtures/fact-questions';
import { generateDeck } from '../../../src/lib/generator';

const ARTICLE = `Halvorsen buys snack maker

Halvorsen Foods Inc agreed on Tuesday to buy snack maker Brightmeadow Brands for $4.2 billion in cash. Halvorsen will pay $38.50 per share, a premium of 27%. Brightmeadow chief executive Daniel Okoro will join the Halvorsen board. The Federal Trade Commission (FTC) must approve the deal. Goldman Sachs advised Halvorsen Foods Inc on the purchase.`;

describe('writeCards: one fact, one card', () => {
	const { deck } = generateDeck({ sources: [{ id: 'a', text: ARTICLE, date: '2025-02-11' }] });

	it('writes no question twice and at most two gaps per sentence, on different answers', () => {
		const questions = deck.cards.map((c) => c.question);
		expect(new Set(questions).size).toBe(questions.length);
		const bySentence = new Map<number, string[]>();
		for (const c of deck.cards.filter((x) => x.type === 'cloze')) {
			const at = c.citations[c.citations.length - 1].start;
			bySentence.set(at, [...(bySentence.get(at) ?? []), c.answer]);
		}
		for (const answers of bySentence.values()) {
			expect(answers.length).toBeLessThanOrEqual(2);
			expect(new Set(answers).size).toBe(answers.length);
		}
	});

	it('asks a title or its holder, never both', () => {
		const okoro = deck.cards
			.filter((c) => /Okoro/.test(c.question) || /Okoro/.test(c.answer))
			.filter((c) => /position|chief executive|CEO/i.test(c.question));
		expect(okoro.length).toBeLessThanOrEqual(1);
	});

	it('puts the choices and the cloze form on the question card itself', () => {
		expect(deck.cards.every((c) => c.type === 'qa' || c.type === 'cloze')).toBe(true);
		for (const c of deck.cards.filter((x) => x.choices)) {
			expect(c.choices!.filter((x) => x === c.answer)).toHaveLength(1);
		}
		expect(deck.cards.some((c) => c.type === 'qa' && c.cloze)).toBe(true);
	});

	it('offers figures made from the answer as wrong choices, not other figures of the article', () => {
		for (const c of deck.cards.filter((x) => x.choices && /\$|%/.test(x.answer)))
			for (const wrong of c.choices!.filter((x) => x !== c.answer))
				expect(ARTICLE.includes(wrong)).toBe(false);
	});
});

describe('writeCards: one place, one card', () => {
	it('asks "Tocaro Valley", "Lenca-Tocaro Valley" and "the Tocaro programme" once', () => {
		const text = [
			'Wireless web reaches farmers in Chile',
			'',
			'A wireless network is bringing the internet to farmers in a remote part of Chile. The pilot scheme in the Tocaro Valley, 80 kilometres north of the capital Santiago, aims to give 6,000 farmers up-to-date information on market prices. The network has been three years in the making and was opened in September. The system also helps the people of the Lenca-Tocaro Valley to organise their irrigation. So far, the Tocaro programme promoters say the experience has been very positive.'
		].join('\n');
		const { deck } = generateDeck({ sources: [{ id: 'a', text }] });
		expect(deck.cards.filter((c) => /Tocaro/.test(c.answer))).toHaveLength(1);
	});
});

describe('writeCards: wrong choices', () => {
	it('offers none beside a figure the sentence gives near the answer ("down from $19.7bn")', () => {
		const text = [
			'Trade gap with Norland widens',
			'',
			'The trade deficit of Velmora rose to a record $62bn in March, official figures showed. Exports fell 2.3% to $95.6bn, while imports grew 1.3% to $157.6bn. The deficit with Norland was $19.6bn in March, down from $19.7bn the month before. Analysts had expected a gap of $54bn.'
		].join('\n');
		const { deck } = generateDeck({ sources: [{ id: 'a', text }] });
		const choicesOf = (answer: string) => deck.cards.find((c) => c.answer === answer)?.choices;
		expect(choicesOf('$62bn')).toHaveLength(4);
		expect(deck.cards.some((c) => c.answer === '$19.6bn')).toBe(true);
		expect(choicesOf('$19.6bn')).toBeUndefined();
	});
});

describe('wordingConflicts: one quotation, told two ways', () => {
	const a = `Ministers sign pact

Kenya and Vietnam signed a five-year trade pact in Nairobi on Tuesday. Trade Minister Amara Diallo said: "Our partnership is critical for a free, open and rules-based trading system across the region."`;
	const b = `Kenya, Vietnam seal trade deal

Kenya and Vietnam signed a five-year trade agreement in Nairobi on Tuesday, officials said. Amara Diallo said: "Our partnership is critical for a free, open and rules-bound trading system across the region."`;
	const { deck } = generateDeck({
		sources: [
			{ id: 'a', text: a },
			{ id: 'b', text: b }
		]
	});

	it('records the two wordings, each cited from its own report', () => {
		const wording = deck.conflicts.find((c) => /Wording/.test(c.subject));
		expect(wording, JSON.stringify(deck.conflicts)).toBeDefined();
		const values = wording!.variants.map((v) => v.value).join(' | ');
		expect(values).toMatch(/rules-based/);
		expect(values).toMatch(/rules-bound/);
		expect(wording!.variants.map((v) => v.citations[0].source).sort()).toEqual(['a', 'b']);
	});
});

describe('evidence over two sentences', () => {
	it('cites the sentence that says who "he" is with the one that says what he did', () => {
		const text = `Greenspan in Scotland

US Federal Reserve chairman Alan Greenspan has given a speech at a Scottish church in honour of Adam Smith. He delivered the 14th Adam Smith Lecture in Kirkcaldy, Fife.`;
		const { deck } = generateDeck({ sources: [{ id: 'a', text }] });
		const card = deck.cards.find((c) => /delivered the 14th Adam Smith Lecture/.test(c.question));
		expect(card?.answer).toBe('Alan Greenspan');
		expect(card!.citations.map((c) => c.quote)).toEqual([
			'US Federal Reserve chairman Alan Greenspan has given a speech at a Scottish church in honour of Adam Smith.',
			'He delivered the 14th Adam Smith Lecture in Kirkcaldy, Fife.'
		]);
	});
});

describe('whole facts only', () => {
	const text = `Soap star leaves

The Channel 4 soap Brookside began in 1982 in Liverpool, its makers Mersey Television said. Players at Valve Software must wait 10 to 15 hours before the Half-Life 2 game opens, Valve said.`;
	const { deck } = generateDeck({ sources: [{ id: 'a', text }] });

	it('asks neither end of a range as the figure', () => {
		expect(deck.cards.filter((c) => /to 15/.test(c.question) || c.answer === '10')).toEqual([]);
	});

	it('leaves the reporting tail out of the question', () => {
		expect(factQuestionsOf(text)).toContain('Which soap began in 1982 in Liverpool?');
	});
});
