/**
 * Every exporter fuzzed (fast-check, fixed seed) with decks an import would accept but full of
 * hostile text: any code point, lone surrogates, right-to-left text, HTML and script tags, CSV and
 * GIFT metacharacters. Each format writes a file within a time bound, never throws; text is
 * well-formed Unicode, zips open, and CSV, JSON and GIFT files read back with third-party parsers.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDeck, type Card, type Deck } from '../../../src/lib/deck';
import { EXPORT_FORMATS, exportCards, type FormatId } from '../../../src/lib/export';
import { hostileText, params, withinTimeAsync } from '../../fixtures/fuzz';

const fatal = new TextDecoder('utf-8', { fatal: true });

const cardText = fc.record({
	before: hostileText(20),
	answer: hostileText(12, 1),
	after: hostileText(20),
	question: hostileText(40, 1),
	wrong: fc.tuple(hostileText(12, 1), hostileText(12, 1)),
	tags: fc.array(hostileText(10, 1), { maxLength: 2 })
});

/** A deck of hostile text that passes the import checks, or null when this draw does not. */
const hostileDeck: fc.Arbitrary<Deck | null> = fc
	.record({
		title: hostileText(30),
		sourceTitle: hostileText(30),
		pre: hostileText(40),
		post: hostileText(40),
		cards: fc.array(cardText, { minLength: 1, maxLength: 4 })
	})
	.map((t) => {
		let text = `${t.pre} `;
		const cards: Card[] = t.cards.map((c, i) => {
			const sentence = `${c.before} ${c.answer} ${c.after}.`;
			const start = text.length;
			text += `${sentence} `;
			const blank = c.before.length + 1;
			return {
				id: `card-${i}`,
				type: 'qa',
				question: c.question,
				answer: c.answer,
				choices: [c.answer, ...c.wrong],
				cloze: { text: sentence, blanks: [{ start: blank, end: blank + c.answer.length }] },
				citations: [{ source: 'src', start, end: start + sentence.length, quote: sentence }],
				tags: c.tags
			};
		});
		text += t.post;
		const deck = {
			format: 'citecards-deck',
			version: 2,
			id: 'fuzz-deck',
			title: t.title || 'Fuzz',
			sources: [{ id: 'src', title: t.sourceTitle, text }],
			cards,
			conflicts: []
		};
		const parsed = parseDeck(deck);
		return parsed.ok ? parsed.deck : null;
	});

/** What each file must be: readable by the tools that read it. */
function checkFile(id: FormatId, data: Uint8Array | string) {
	if (typeof data === 'string') {
		expect(data.isWellFormed()).toBe(true);
		if (id === 'json') expect(() => JSON.parse(data)).not.toThrow();
		if (id === 'csv' || id === 'blooket' || id === 'gimkit') {
			const parsed = Papa.parse(data.replace(/^\uFEFF/, ''));
			expect(parsed.errors.filter((e) => e.type === 'Quotes')).toEqual([]);
		}
		if (id === 'gift') expect(() => parseGift(data)).not.toThrow();
		return;
	}
	expect(data.length).toBeGreaterThan(0);
	if (id === 'apkg' || id === 'kahoot' || id.startsWith('qti')) {
		const files = unzipSync(data);
		for (const [name, bytes] of Object.entries(files)) {
			// Every text file inside is valid UTF-8 (Anki rejects the whole file otherwise).
			if (/\.(xml|json|txt|html|rels)$/.test(name) || name === 'media') fatal.decode(bytes);
		}
	} else fatal.decode(data);
}

describe('every exporter, fuzzed', () => {
	const fast = EXPORT_FORMATS.filter((f) => f.id !== 'apkg');
	const apkg = EXPORT_FORMATS.find((f) => f.id === 'apkg')!;

	it(`writes ${fast.map((f) => f.id).join(', ')} for any hostile deck`, async () => {
		let decks = 0;
		await fc.assert(
			fc.asyncProperty(hostileDeck, async (deck) => {
				if (!deck) return;
				decks++;
				for (const format of fast) {
					const { data } = await withinTimeAsync(3_000, format.id, () =>
						exportCards({ cards: deck.cards, sources: deck.sources, title: deck.title, format })
					);
					checkFile(format.id, data);
				}
			}),
			params(60)
		);
		expect(decks).toBeGreaterThan(20);
	}, 60_000);

	it('writes an Anki package for any hostile deck', async () => {
		let decks = 0;
		await fc.assert(
			fc.asyncProperty(hostileDeck, async (deck) => {
				if (!deck) return;
				decks++;
				const { data } = await withinTimeAsync(10_000, 'apkg', () =>
					exportCards({
						cards: deck.cards,
						sources: deck.sources,
						title: deck.title,
						deck,
						format: apkg
					})
				);
				checkFile('apkg', data);
				const files = unzipSync(data as Uint8Array);
				expect(Object.keys(files)).toContain('media');
				expect(() => JSON.parse(strFromU8(files.media))).not.toThrow();
			}),
			params(12)
		);
		expect(decks).toBeGreaterThan(3);
	}, 60_000);

	it('crafted: no cards, and a deck of 2,000 cards with long hostile text', async () => {
		const [sample] = fc.sample(
			hostileDeck.filter((d) => d !== null),
			{ seed: 3, numRuns: 1 }
		);
		for (const format of EXPORT_FORMATS) {
			const { data } = await exportCards({ cards: [], sources: [], title: '', format });
			checkFile(format.id, data);
		}
		const deck = sample!;
		const many = Array.from({ length: 2_000 }, (_, i) => ({ ...deck.cards[0], id: `c${i}` }));
		for (const format of EXPORT_FORMATS) {
			const { data, plan } = await withinTimeAsync(20_000, format.id, () =>
				exportCards({ cards: many, sources: deck.sources, title: deck.title, format })
			);
			checkFile(format.id, data);
			expect(plan.items.length + plan.omitted.length).toBe(2_000);
		}
	}, 60_000);
});
