import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/deck/schema';
import { exportCards } from '../../../src/lib/export';
import { readImportFile } from '../../../src/lib/import';
import { htmlToText } from '../../../src/lib/import/html-text';
import { makeDeck } from '../../fixtures/deck';
import { apkgOf, buildCollection, SAMPLE_NOTES } from './helpers';

async function readApkg(bytes: Uint8Array, name = 'deck.apkg') {
	const out = await readImportFile({ name, bytes });
	if (!out.ok) throw new Error(out.message);
	if (out.kind === 'backup') throw new Error('backup');
	return out;
}

describe('Anki .apkg import', () => {
	it('reads Basic, Basic-and-reversed and Cloze notes as plain text, with history and suspension', async () => {
		const collection = await buildCollection({
			deckName: 'Geography::Capitals',
			notes: SAMPLE_NOTES,
			revlog: [
				[Date.UTC(2025, 0, 1), 100, 3],
				[Date.UTC(2025, 0, 2), 100, 3],
				[Date.UTC(2025, 0, 5), 100, 1]
			]
		});
		const out = await readApkg(apkgOf(collection));
		expect(out.deck.title).toBe('Capitals');
		expect(parseDeck(out.deck).ok).toBe(true);
		const cards = out.deck.cards.map((c) => ({
			type: c.type,
			q: c.question,
			a: c.answer,
			tags: c.tags
		}));
		expect(cards).toEqual([
			{ type: 'qa', q: 'Capital of France?', a: 'Paris\n(on the Seine)', tags: ['geo', 'eu'] },
			{ type: 'qa', q: 'Hund', a: 'dog', tags: [] },
			{ type: 'qa', q: 'dog', a: 'Hund', tags: [] },
			{ type: 'cloze', q: '[…] is the capital of Australia.', a: 'Canberra', tags: [] },
			{ type: 'cloze', q: 'Canberra is the capital of [country].', a: 'Australia', tags: [] }
		]);
		const cloze = out.deck.cards[4].cloze!;
		expect(cloze.text.slice(cloze.blanks[0].start, cloze.blanks[0].end)).toBe('Australia');
		expect(out.deck.cards.every((c) => c.unsourced && c.citations.length === 0)).toBe(true);
		expect(out.progress?.reviews[out.deck.cards[0].id].map((r) => r.rating)).toEqual([3, 3, 1]);
		expect(out.progress?.suspended).toEqual([out.deck.cards[2].id]);
	});

	it('never keeps markup: scripts, styles and tags become nothing, escaped tags become text', () => {
		expect(htmlToText('<script>alert(1)</script>Hi <img src=x onerror=alert(1)>there')).toBe(
			'Hi there'
		);
		expect(htmlToText('&lt;b&gt;bold&lt;/b&gt; &amp; &#x41;&#66; [sound:a.mp3]')).toBe(
			'<b>bold</b> & AB'
		);
		expect(htmlToText('<div>one</div><div>two</div>')).toBe('one\ntwo');
	});

	it("reads the app's own .apkg export back", async () => {
		const deck = makeDeck();
		const { data } = await exportCards({
			cards: deck.cards,
			sources: deck.sources,
			title: 'Round trip',
			format: 'apkg'
		});
		const bytes = data as Uint8Array;
		const out = await readApkg(bytes, 'round-trip.apkg');
		expect(out.deck.title).toBe('Round trip');
		expect(out.deck.cards[0].question).toBe(deck.cards[0].question);
	});

	it('refuses a truncated package, a zip without a collection and a fake .apkg in a sentence', async () => {
		const collection = await buildCollection({
			notes: [{ id: 1, mid: 1, fields: ['a', 'b'], cards: [{ id: 2, ord: 0 }] }]
		});
		const whole = apkgOf(collection);
		const cases: Array<[Uint8Array, RegExp]> = [
			[whole.subarray(0, Math.floor(whole.length / 2)), /damaged or incomplete/],
			[zipSync({ 'notes.txt': new Uint8Array([65]) }), /not an Anki package/],
			[zipSync({ 'collection.anki21b': new Uint8Array([1, 2, 3]) }), /ends too soon/],
			[apkgOf(new TextEncoder().encode('not sqlite at all')), /damaged/],
			[new TextEncoder().encode('hello'), /not a complete Anki package/]
		];
		for (const [bytes, pattern] of cases) {
			const out = await readImportFile({ name: 'bad.apkg', bytes });
			expect(out.ok).toBe(false);
			if (!out.ok) expect(out.message).toMatch(pattern);
		}
	});

	it('refuses a zip bomb by the size it claims, and caps one that lies about it', async () => {
		/** The zip with its one entry's uncompressed size in the central directory set to `size`. */
		const claiming = (zip: Uint8Array, size: number) => {
			const out = zip.slice();
			const view = new DataView(out.buffer);
			for (let i = out.length - 22; i >= 0; i--)
				if (view.getUint32(i, true) === 0x02014b50) {
					view.setUint32(i + 24, size, true);
					break;
				}
			return out;
		};
		const small = zipSync({ 'collection.anki2': new Uint8Array(1024) });
		const out = await readImportFile({
			name: 'bomb.apkg',
			bytes: claiming(small, 300 * 1024 * 1024)
		});
		expect(out).toEqual({ ok: false, message: expect.stringMatching(/would unpack to 300 MB/) });
		// 40 MB of zeros claiming 1 KB: fflate writes no more than the claim, and the rest is refused.
		const bomb = zipSync({ 'collection.anki2': new Uint8Array(40 * 1024 * 1024) }, { level: 9 });
		expect(bomb.length).toBeLessThan(200 * 1024);
		const started = Date.now();
		const capped = await readImportFile({ name: 'lying.apkg', bytes: claiming(bomb, 1024) });
		expect(capped.ok).toBe(false);
		expect(Date.now() - started).toBeLessThan(5000);
	}, 30_000);

	it('leaves out cards with only a picture, and says so', async () => {
		const collection = await buildCollection({
			notes: [
				{ id: 1, mid: 1, fields: ['<img src="a.png">', 'b'], cards: [{ id: 2, ord: 0 }] },
				{ id: 3, mid: 1, fields: ['q', 'a'], cards: [{ id: 4, ord: 0 }] }
			]
		});
		const out = await readApkg(apkgOf(collection));
		expect(out.deck.cards).toHaveLength(1);
		expect(out.notes[0]).toMatch(/1 card was left out/);
	});
});
