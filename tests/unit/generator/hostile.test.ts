/**
 * Hostile text under the size limit: each shape that once ran out of memory, overflowed the stack or took
 * quadratic time now gives a valid deck (no time asserted here; `npm run bench` prints the figures).
 * Sizes are a few hundred KB so the suite stays quick; the bounds do not depend on the size.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/deck';
import { generateDeck } from '../../../src/lib/generator';
import { MAX_SENTENCE_MENTIONS, findMentions } from '../../../src/lib/generator/mentions';
import { MAX_SENTENCE_CHARS, normaliseText, segmentText } from '../../../src/lib/generator/text';
import { MAX_RUN_CHARS, tagText, tagSentences } from '../../../src/lib/generator/tokens';
import { HOSTILE_INPUTS, repeatTo } from '../../fixtures/hostile';

const SIZE = 300_000;
const ARTICLE = readFileSync(
	new URL('../../../seeds/000_9dd7d6377bc6079c.txt', import.meta.url),
	'utf8'
);

function expectValidDeck(text: string) {
	const { deck, stats } = generateDeck({
		sources: [{ text, file: 'hostile.txt' }],
		now: new Date(0)
	});
	const parsed = parseDeck(deck);
	expect(parsed.ok ? [] : parsed.errors).toEqual([]);
	// The source keeps the whole text: citations index into it unchanged.
	expect(deck.sources[0].text).toBe(normaliseText(text));
	for (const card of deck.cards)
		for (const c of card.citations)
			expect(c.quote).toBe(deck.sources[0].text.slice(c.start, c.end));
	return { deck, stats };
}

describe('hostile inputs give a valid deck', () => {
	for (const input of HOSTILE_INPUTS)
		it(`${input.name}: ${input.about}`, () => {
			expectValidDeck(input.make(SIZE));
		});

	it('mixed with a real article, still finds the article’s facts', () => {
		const junk = HOSTILE_INPUTS.map((h) => h.make(20_000)).join('\n\n');
		const alone = generateDeck({ sources: [{ text: ARTICLE }], now: new Date(0) }).deck.cards;
		const { deck } = expectValidDeck(`${ARTICLE}\n\n${junk}`);
		expect(alone.length).toBeGreaterThan(0);
		expect(deck.cards.length).toBeGreaterThan(0);
	});

	it('an article repeated 150 times in one text gives the facts of one copy', () => {
		const seeds = ARTICLE.trim();
		const one = expectValidDeck(seeds).deck;
		const many = expectValidDeck(Array.from({ length: 150 }, () => seeds).join('\n\n')).deck;
		expect(many.cards.length).toBeGreaterThan(0);
		const questions = new Set(one.cards.map((c) => c.question));
		expect(many.cards.filter((c) => questions.has(c.question)).length).toBeGreaterThan(
			one.cards.length / 2
		);
	});
});

describe('the bounds', () => {
	it('no sentence is longer than MAX_SENTENCE_CHARS, and pieces cover the text in order', () => {
		for (const input of HOSTILE_INPUTS) {
			const seg = segmentText({ text: input.make(50_000) });
			let last = 0;
			for (const s of seg.sentences) {
				expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
				expect(s.start).toBeGreaterThanOrEqual(last);
				expect(s.text).toBe(seg.text.slice(s.start, s.end));
				last = s.end;
			}
		}
	});

	it('a run with no full stop is cut at spaces, never inside a word or a surrogate pair', () => {
		const words = 'Alpha Beta Gamma '.repeat(600);
		const seg = segmentText({ text: words });
		expect(seg.sentences.length).toBeGreaterThan(5);
		for (const s of seg.sentences)
			expect(s.text).toMatch(/^(?:Alpha|Beta|Gamma)\b.*(?:Alpha|Beta|Gamma)$/);
		const emoji = segmentText({ text: '😀'.repeat(5_000) });
		for (const s of emoji.sentences) expect(s.text).toMatch(/^(?:😀)+$/u);
	});

	it('a sentence with a giant word is kept but not parsed', () => {
		const text = `Jane Doe runs Acme. The code was ${'x'.repeat(MAX_RUN_CHARS + 1)} here.`;
		const seg = segmentText({ text });
		const tokens = tagSentences(seg.text, seg.sentences);
		expect(seg.sentences).toHaveLength(2);
		expect(tokens.every((t) => t.end <= seg.sentences[0].end)).toBe(true);
	});

	it('batched parsing of a long text gives the tokens one parse gives on ordinary prose', () => {
		const text = Array.from({ length: 40 }, () => ARTICLE.trim()).join('\n\n');
		const seg = segmentText({ text });
		const inSentence = (t: { start: number; end: number }) =>
			seg.sentences.some((s) => t.start >= s.start && t.end <= s.end);
		const key = (t: { start: number; text: string; tags: Set<string> }) =>
			`${t.start} ${t.text} ${[...t.tags].sort().join()}`;
		const whole = tagText({ text: seg.text, offset: 0 }).filter(inSentence).map(key);
		const batched = tagSentences(seg.text, seg.sentences).filter(inSentence).map(key);
		expect(batched).toEqual(whole);
	});

	it('a sentence with more mentions than the cap gives none', () => {
		const text = repeatTo('12% ', 4 * (MAX_SENTENCE_MENTIONS + 5)).trim();
		const s = findMentions({ sourceId: 's', index: 0, start: 0, text, position: 0, ref: {} });
		expect(s.mentions).toEqual([]);
		const short = findMentions({
			sourceId: 's',
			index: 0,
			start: 0,
			text: '12% 13%',
			position: 0,
			ref: {}
		});
		expect(short.mentions.length).toBe(2);
	});
});
