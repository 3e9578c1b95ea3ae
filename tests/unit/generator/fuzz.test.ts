/**
 * The generator fuzzed (fast-check, fixed seed): any text or bytes end in a valid deck or a clear
 * refusal, within a time bound, never a crash or a hang. Each deck is checked as an import would
 * check it, and every citation quotes its source exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/deck';
import { generateDeck } from '../../../src/lib/generator';
import { decodeArticle } from '../../../src/lib/generator/input';
import {
	FRAGMENTS,
	hostileBytes,
	hostileText,
	params,
	runs,
	withinTime
} from '../../fixtures/fuzz';

/** A generated deck must pass the same checks as an imported one, citations included. */
function expectSoundDeck(result: ReturnType<typeof generateDeck>) {
	const parsed = parseDeck(result.deck);
	expect(parsed.ok ? [] : parsed.errors).toEqual([]);
	const texts = new Map(result.deck.sources.map((s) => [s.id, s.text]));
	for (const card of result.deck.cards)
		for (const c of card.citations)
			expect(texts.get(c.source)?.slice(c.start, c.end)).toBe(c.quote);
}

/** Runs the generator on these texts: a sound deck, or an Error with a message (not a TypeError). */
function generate(texts: string[], boundMs: number) {
	try {
		const result = withinTime(boundMs, 'generateDeck', () =>
			generateDeck({
				sources: texts.map((text, i) => ({ text, file: `fuzz-${i}.txt` })),
				now: new Date(0)
			})
		);
		expectSoundDeck(result);
		return result;
	} catch (error) {
		if (error instanceof Error && /took \d+ ms of CPU/.test(error.message)) throw error;
		expect(error).toBeInstanceOf(Error);
		expect(error).not.toBeInstanceOf(TypeError);
		expect(error).not.toBeInstanceOf(RangeError);
		expect((error as Error).message.length).toBeGreaterThan(0);
		return null;
	}
}

describe('the generator, fuzzed', () => {
	it('turns any short hostile text into a sound deck, fast', () => {
		let decks = 0;
		fc.assert(
			fc.property(hostileText(400), (text) => {
				if (generate([text], 5_000)) decks++;
			}),
			params(80)
		);
		// The generator did run (no refusal hides a crash): every text gave a deck.
		expect(decks).toBe(runs(80));
	}, 60_000);

	it('handles several hostile articles at once, with news sentences among the noise', () => {
		fc.assert(
			fc.property(fc.array(hostileText(1_500), { minLength: 1, maxLength: 4 }), (texts) => {
				generate(texts, 10_000);
			}),
			params(15)
		);
	}, 60_000);

	it('decodes any bytes (binary, invalid UTF-8) into an article or a clear refusal', () => {
		fc.assert(
			fc.property(hostileBytes, (bytes) => {
				const decoded = withinTime(2_000, 'decodeArticle', () =>
					decodeArticle({ bytes, name: 'fuzz.txt' })
				);
				if (!decoded.ok) {
					expect(decoded.error.length).toBeGreaterThan(0);
					return;
				}
				expect(decoded.article.text.isWellFormed()).toBe(true);
				generate([decoded.article.text], 5_000);
			}),
			params(40)
		);
	}, 60_000);

	it('crafted: empty, blank, only markup, every fragment, and an enormous text', () => {
		for (const text of ['', ' ', '\n\n\n', '\uFEFF', '<p></p>', '<script>x</script>'])
			generate([text], 2_000);
		generate([FRAGMENTS.join(' ')], 5_000);
		generate([FRAGMENTS.join('\n')], 5_000);
		// 200 KB of fuzz-like text from a fixed sample: about 4 s of CPU, growing linearly.
		const [sample] = fc.sample(hostileText(2_000, 2_000), { seed: 7, numRuns: 1 });
		const big = sample.repeat(Math.ceil(200_000 / sample.length)).slice(0, 200_000);
		const result = generate([big], 20_000);
		expect(result?.deck.cards.length).toBeGreaterThan(0);
	}, 60_000);
});
