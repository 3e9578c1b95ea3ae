/**
 * Anki 2.1.50+ packages: collection.anki21b (zstd, schema 18) beside a stand-in collection.anki2.
 * The collections are built with sql.js as Anki lays them out, compressed by the test-only zstd
 * writer (stored and RLE blocks) and zipped with fflate as Anki zips them.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/lib/deck/schema';
import { readImportFile } from '../../../src/lib/import';
import { zstdFrame, zstdPattern, zstdRepeat } from '../../fixtures/zstd';
import {
	apkgOf,
	buildModernCollection,
	dummyCollection,
	modernApkgOf,
	SAMPLE_NOTES,
	protobuf,
	type TestNote
} from './helpers';

const NOTES: TestNote[] = [
	...SAMPLE_NOTES,
	// Its own note type asks the third field; a Basic note may show cloze syntax as text.
	{ id: 13, mid: 4, fields: ['ubiquitous', '', 'found everywhere'], cards: [{ id: 130, ord: 0 }] },
	{ id: 14, mid: 1, fields: ['{{c1::x}} in Anki is a', 'cloze'], cards: [{ id: 140, ord: 0 }] }
];

async function readOk(bytes: Uint8Array, name = 'deck.apkg') {
	const out = await readImportFile({ name, bytes });
	if (!out.ok) throw new Error(out.message);
	if (out.kind === 'backup') throw new Error('backup');
	return out;
}

async function refusal(bytes: Uint8Array, name = 'deck.apkg') {
	const out = await readImportFile({ name, bytes });
	if (out.ok) throw new Error('imported');
	return out.message;
}

describe('Anki 2.1.50+ packages (collection.anki21b)', () => {
	it('reads Basic, reversed and Cloze notes as plain text, with history and suspension, never the stand-in', async () => {
		const collection = await buildModernCollection({
			deckName: 'Geography::Capitals',
			notes: NOTES,
			revlog: [
				[Date.UTC(2025, 0, 1), 100, 3],
				[Date.UTC(2025, 0, 2), 100, 3],
				[Date.UTC(2025, 0, 5), 100, 1],
				[Date.UTC(2025, 0, 6), 121, 4]
			]
		});
		const out = await readOk(
			modernApkgOf(zstdFrame(collection), { dummy: await dummyCollection() })
		);
		expect(out.kind).toBe('apkg');
		expect(out.deck.title).toBe('Capitals');
		expect(parseDeck(out.deck).ok).toBe(true);
		expect(
			out.deck.cards.map((c) => ({ type: c.type, q: c.question, a: c.answer, tags: c.tags }))
		).toEqual([
			{ type: 'qa', q: 'Capital of France?', a: 'Paris\n(on the Seine)', tags: ['geo', 'eu'] },
			{ type: 'qa', q: 'Hund', a: 'dog', tags: [] },
			{ type: 'qa', q: 'dog', a: 'Hund', tags: [] },
			{ type: 'cloze', q: '[…] is the capital of Australia.', a: 'Canberra', tags: [] },
			{ type: 'cloze', q: 'Canberra is the capital of [country].', a: 'Australia', tags: [] },
			{ type: 'qa', q: 'found everywhere', a: 'ubiquitous', tags: [] },
			{ type: 'qa', q: '{{c1::x}} in Anki is a', a: 'cloze', tags: [] }
		]);
		const cloze = out.deck.cards[4].cloze!;
		expect(cloze.text).toBe('Canberra is the capital of Australia.');
		expect(cloze.text.slice(cloze.blanks[0].start, cloze.blanks[0].end)).toBe('Australia');
		expect(out.deck.cards.every((c) => c.unsourced && c.citations.length === 0)).toBe(true);
		const [basic, , reversed, , cloze2] = out.deck.cards;
		expect(out.progress?.reviews[basic.id].map((r) => r.rating)).toEqual([3, 3, 1]);
		expect(out.progress?.reviews[basic.id][0]).toEqual({
			at: Date.UTC(2025, 0, 1),
			rating: 3,
			durationMs: 5000
		});
		expect(out.progress?.reviews[cloze2.id].map((r) => r.rating)).toEqual([4]);
		expect(out.progress?.suspended).toEqual([reversed.id]);
	});

	it('reads the same cards as the same notes in an older package, so re-importing merges', async () => {
		const { buildCollection } = await import('./helpers');
		const legacy = await readOk(apkgOf(await buildCollection({ notes: NOTES })));
		const modern = await readOk(
			modernApkgOf(zstdFrame(await buildModernCollection({ notes: NOTES })), {
				dummy: await dummyCollection()
			})
		);
		expect(modern.deck.cards).toEqual(legacy.deck.cards);
	});

	it('reads collection.anki21b even without a meta file, and ignores the media list and files', async () => {
		const collection = await buildModernCollection({ notes: NOTES.slice(0, 1) });
		const out = await readOk(
			modernApkgOf(zstdFrame(collection), { dummy: await dummyCollection(), meta: null })
		);
		expect(out.deck.cards.map((c) => c.question)).toEqual(['Capital of France?']);
		expect(out.deck.title).toBe('Imported');
	});

	it('never imports the stand-in: a newest-kind package without its collection.anki21b is refused', async () => {
		const dummy = await dummyCollection();
		const noCollection = zipSync({ meta: protobuf([[1, 3]]), 'collection.anki2': dummy });
		expect(await refusal(noCollection)).toMatch(
			/"deck.apkg" is damaged: its Anki collection is missing/
		);
		const newer = zipSync({
			meta: protobuf([[1, 4]]),
			'collection.anki21c': new Uint8Array(8),
			'collection.anki2': dummy
		});
		expect(await refusal(newer)).toMatch(/made by a newer Anki than this app can read/);
	});

	it('refuses a truncated, a corrupt and a not-zstd collection.anki21b in a sentence', async () => {
		const collection = await buildModernCollection({ notes: NOTES });
		const dummy = await dummyCollection();
		const packed = zstdFrame(collection);
		const cut = packed.subarray(0, Math.floor(packed.length / 2));
		expect(await refusal(modernApkgOf(cut, { dummy }))).toBe(
			'"deck.apkg" is damaged or incomplete: its Anki collection ends too soon (was the download cut short?).'
		);
		// A reserved block type in the first block header.
		const corrupt = packed.slice();
		corrupt[10] |= 6;
		expect(await refusal(modernApkgOf(corrupt, { dummy }))).toBe(
			'"deck.apkg" is damaged: its Anki collection cannot be unpacked.'
		);
		// The collection itself, never compressed.
		expect(await refusal(modernApkgOf(collection, { dummy }))).toBe(
			'"deck.apkg" is damaged: its Anki collection cannot be unpacked.'
		);
		// Valid zstd around something that is not a database.
		expect(
			await refusal(modernApkgOf(zstdFrame(new TextEncoder().encode('no sqlite')), { dummy }))
		).toBe('"deck.apkg" is damaged: its Anki collection cannot be opened.');
	});

	it('refuses a zstd bomb by the size it declares, before unpacking anything', async () => {
		const dummy = await dummyCollection();
		const small = new Uint8Array(1024);
		const started = Date.now();
		expect(
			await refusal(modernApkgOf(zstdFrame(small, { declaredSize: 300 * 1024 * 1024 }), { dummy }))
		).toBe('"deck.apkg" would unpack to 300 MB, more than the 200 MB the app can import.');
		// Eight bytes of size: 5 TB.
		expect(
			await refusal(modernApkgOf(zstdFrame(small, { declaredSize: 5 * 2 ** 40 }), { dummy }))
		).toMatch(/would unpack to 5242880 MB, more than the 200 MB/);
		// A window of 2 GB: fzstd would allocate it before the first block.
		expect(
			await refusal(
				modernApkgOf(zstdFrame(small, { declaredSize: null, windowLog: 31 }), { dummy })
			)
		).toMatch(/unpacking it would take more than the 200 MB of memory the app may use/);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('stops a zstd bomb that declares no size as it passes 200 MB, in seconds', async () => {
		const dummy = await dummyCollection();
		// 210 MB of one byte from 6.7 KB of RLE blocks, and 212 MB of text from 18 KB of real
		// compressed blocks.
		for (const bomb of [
			zstdRepeat(0, 210 * 1024 * 1024, { declaredSize: null }),
			zstdPattern(1700)
		]) {
			expect(bomb.length).toBeLessThan(20_000);
			const started = Date.now();
			expect(await refusal(modernApkgOf(bomb, { dummy }))).toBe(
				'"deck.apkg" would unpack to more than the 200 MB the app can import.'
			);
			expect(Date.now() - started).toBeLessThan(10_000);
		}
	}, 60_000);
});
