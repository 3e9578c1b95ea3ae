import { describe, expect, it } from 'vitest';
import { generateDeck } from '../../../src/lib/generator/index';

const story = [
	'Pocket computer voted best gadget',
	'',
	'The Velmora Pocket 100 computer has been voted the greatest gadget of the past 40 years by readers of Gadget Weekly magazine.',
	'The laptop, launched by the firm Corvane in 1989, beat the Sinclair Spectrum and the Sony Walkman in a poll of 12,000 readers.',
	'Corvane sold 2.5 million of the computers before the range was withdrawn in 1995.',
	'The magazine said the Pocket 100 had shaped every laptop made since.'
];
const comments = [
	'What about the marine chronometer? It changed navigation for ever!',
	'The Tarlo 8 phone should be number one. There will be phones long after laptops are gone.',
	'I would back the Sinclair Spectrum - without it I would never have moved into the world of IT.',
	'A pity Brendon Electronics did not make the Pocket 100 cheaper.',
	'My first gadget was a Casio calculator bought in 1980. Congratulations to Corvane, a deserved win!'
];

describe("readers' comments under a story", () => {
	it('makes no card of a comment, and still makes cards of the story above them', () => {
		const { deck } = generateDeck({
			sources: [{ id: 'a', text: [...story, ...comments].join('\n') }]
		});
		const cited = (quote: string) =>
			deck.cards.some((c) => c.citations.some((x) => x.quote.includes(quote)));
		expect(cited('Tarlo 8')).toBe(false);
		expect(cited('Brendon Electronics')).toBe(false);
		expect(cited('Casio')).toBe(false);
		expect(deck.cards.length).toBeGreaterThan(2);
		expect(
			deck.cards.every((c) =>
				c.citations.every((x) => story.some((line) => line.includes(x.quote)))
			)
		).toBe(true);
	});

	it('reads a story that ends on quoted exclamations as the story, not as comments', () => {
		const text = [
			...story,
			'"It is a wonderful result for a little machine!"',
			'The poll closed on Friday after six weeks of voting.',
			'"We never thought it would win, and everyone at the firm is thrilled!"',
			'Corvane now makes printers in the Dutch city of Eindhoven, where it employs 4,000 people.'
		].join('\n');
		const { deck } = generateDeck({ sources: [{ id: 'a', text }] });
		expect(deck.cards.some((c) => c.citations.some((x) => /Eindhoven/.test(x.quote)))).toBe(true);
	});
});
