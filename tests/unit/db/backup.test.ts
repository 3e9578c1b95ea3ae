import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	BackupInvalidError,
	mapDbError,
	StorageFullError,
	type Backup,
	type CitecardsDb
} from '../../../src/lib/db';
import {
	backupOf,
	makeBigDeck,
	openFreshDb,
	storeV1Siblings,
	testSettings
} from '../../fixtures/db';
import { makeDeck, makeFullCard, makeSource } from '../../fixtures/deck';

const NOW = new Date(2026, 0, 5, 12).getTime();
const DAY = 86_400_000;
const opened: CitecardsDb[] = [];

afterEach(() => {
	vi.restoreAllMocks();
	opened.splice(0).forEach((db) => db.close());
});

async function fresh() {
	const db = await openFreshDb();
	opened.push(db);
	return db;
}

/** A database with some of everything: two decks, reviews, a suspension, a retired card, settings. */
async function populated() {
	const db = await fresh();
	await db.saveSettings({ settings: testSettings({ newPerDay: 9, theme: 'dark' }) });
	const deck = makeBigDeck({ cards: 12, perFact: 3 });
	deck.conflicts = [
		{
			id: 'k1',
			subject: 'Visitors',
			variants: [
				{ value: 'a', citations: deck.cards[0].citations },
				{ value: 'b', citations: deck.cards[1].citations }
			]
		}
	];
	await db.importDeck({ deck, now: NOW });
	await db.importDeck({ deck: makeBigDeck({ id: 'second', cards: 4 }), now: NOW });
	for (const [id, r] of [
		['c0', 3],
		['c3', 1],
		['c6', 4]
	] as const)
		await db.recordReview({ cardId: id, deckId: 'deck-big', rating: r, now: NOW, durationMs: 700 });
	await db.setSuspended({ cardId: 'c9', deckId: 'deck-big', suspended: true });
	await db.importDeck({ deck: { ...deck, cards: deck.cards.slice(0, 11) }, now: NOW + DAY });
	return db;
}

const stamp = (b: Backup) => ({ ...b, exportedAt: '' });

describe('backup', () => {
	it('round-trips everything through JSON into an empty database', async () => {
		const source = await populated();
		const backup = await source.exportBackup({ now: NOW + DAY });
		expect(backup).toMatchObject({ format: 'citecards-backup', version: 2 });
		expect(backup.exportedAt).toBe(new Date(NOW + DAY).toISOString());
		expect(backup.log).toHaveLength(3);
		expect(backup.schedules.some((s) => s.retired)).toBe(true);
		const file = JSON.stringify(backup);

		const target = await fresh();
		await target.restoreBackup({ data: JSON.parse(file) });
		const again = await target.exportBackup({ now: 0 });
		expect(stamp(again)).toEqual(stamp(backup));
		expect(await target.listDecks({ now: NOW + DAY })).toEqual(
			await source.listDecks({ now: NOW + DAY })
		);
		// The log keeps counting from where the backup left off.
		const { logId } = await target.recordReview({
			cardId: 'c1',
			deckId: 'second',
			rating: 3,
			now: NOW + DAY,
			durationMs: 1
		});
		expect(logId).toBeGreaterThan(Math.max(...backup.log.map((e) => e.id)));
	});

	it('replaces everything in a database that already has data', async () => {
		const source = await populated();
		const backup = await source.exportBackup({ now: NOW });
		const target = await fresh();
		await target.importDeck({ deck: makeBigDeck({ id: 'stale', cards: 3 }), now: NOW });
		await target.recordReview({ cardId: 'c0', rating: 3, now: NOW, durationMs: 1 });
		await target.restoreBackup({ data: structuredClone(backup) });
		expect(stamp(await target.exportBackup({ now: 0 }))).toEqual(stamp(backup));
		expect(await target.hasDeck({ deckId: 'stale' })).toBe(false);
	});

	it('rejects a bad backup with what is wrong and changes nothing', async () => {
		const db = await populated();
		const good = await db.exportBackup({ now: NOW });
		const bad: Array<[unknown, RegExp]> = [
			[null, /backup/],
			['not json', /backup/],
			[{ ...good, format: 'something-else' }, /format/],
			[{ ...good, version: 3 }, /version/],
			[{ ...good, log: [{ ...good.log[0], rating: 7 }] }, /log\.0\.rating/],
			[{ ...good, settings: { ...good.settings, newPerDay: -1 } }, /settings\.newPerDay/],
			[{ ...good, schedules: good.schedules.slice(1) }, /has no schedule/],
			[{ ...good, decks: good.decks.slice(1) }, /unknown deck/],
			[{ ...good, cards: [...good.cards, good.cards[0]] }, /listed twice/]
		];
		for (const [data, message] of bad) {
			const err = await db.restoreBackup({ data }).catch((e) => e);
			expect(err).toBeInstanceOf(BackupInvalidError);
			expect(err.problems.join('\n')).toMatch(message);
			expect(err.message).toMatch(/cannot be restored/);
		}
		expect(await db.exportBackup({ now: NOW })).toEqual(good);
	});
});

describe('restore runs the deck integrity checks', () => {
	/** A one-deck backup whose first card carries every form, to be spoilt one way per case. */
	function goodBackup(): Backup {
		const source = makeSource();
		const card = makeFullCard(source);
		const conflict = {
			id: 'k1',
			subject: 'Who cut the ribbon',
			variants: [
				{ value: 'Ana Ruiz', citations: card.citations },
				{ value: 'Ana Ruis', citations: card.citations }
			]
		};
		return backupOf(
			makeDeck({
				sources: [source],
				cards: [{ ...card, conflicts: ['k1'] }],
				conflicts: [conflict]
			}),
			NOW
		);
	}
	const spoil: Array<[string, (b: Backup) => void, RegExp]> = [
		[
			'a made-up quote',
			(b) => (b.cards[0].card.citations[0].quote = 'Mayor Ana Ruiz cut the ribbon in Lisbon.'),
			/deck "deck-test": card card-1: citation quote does not match its source text/
		],
		[
			'offsets past the text',
			(b) => Object.assign(b.cards[0].card.citations[0], { start: 70, end: 500 }),
			/card card-1: citation range 70-500 is outside its source/
		],
		[
			'an unknown source',
			(b) => (b.cards[0].card.citations[0].source = 'src-elsewhere'),
			/card card-1: cites unknown source "src-elsewhere"/
		],
		[
			'a cloze blank outside its sentence',
			(b) => (b.cards[0].card.cloze!.blanks = [{ start: 30, end: 300 }]),
			/card card-1: cloze blank outside its sentence/
		],
		[
			'an answer missing from the choices',
			(b) => (b.cards[0].card.choices = ['Luis Ortega', 'Marta Gil', 'Pablo Sanz']),
			/card card-1: the answer must be among the choices exactly once/
		],
		[
			'a citation listed twice',
			(b) => b.cards[0].card.citations.push({ ...b.cards[0].card.citations[0] }),
			/card card-1: cites the same passage twice/
		],
		[
			'a choice listed twice',
			(b) => (b.cards[0].card.choices = ['Ana Ruiz', 'Marta Gil', 'Marta Gil']),
			/card card-1: choices repeat/
		],
		[
			'a disagreement id listed twice',
			(b) => b.decks[0].conflicts.push({ ...b.decks[0].conflicts[0] }),
			/conflict k1: duplicate id/
		],
		[
			'a disagreement quoting made-up words',
			(b) =>
				(b.decks[0].conflicts[0].variants[1].citations = [
					{ ...b.cards[0].card.citations[0], quote: 'Mayor Ana Ruis cut the ribbon in Porto Alto.' }
				]),
			/conflict k1: citation quote does not match/
		]
	];

	it('accepts the unspoilt backup', async () => {
		const db = await fresh();
		await db.restoreBackup({ data: goodBackup() });
		expect(await db.hasDeck({ deckId: 'deck-test' })).toBe(true);
	});

	for (const [what, change, message] of spoil)
		it(`refuses ${what}, with a clear message, writing nothing`, async () => {
			const db = await populated();
			const before = await db.exportBackup({ now: NOW });
			const bad = goodBackup();
			change(bad);
			const err = await db.restoreBackup({ data: bad }).catch((e) => e);
			expect(err).toBeInstanceOf(BackupInvalidError);
			expect(err.message).toMatch(/cannot be restored/);
			expect(err.problems.join('\n')).toMatch(message);
			expect(await db.exportBackup({ now: NOW })).toEqual(before);
		});

	it('checks a version 1 backup too', async () => {
		const db = await fresh();
		const bad = { ...goodBackup(), version: 1 };
		bad.cards[0].card.citations[0].quote = 'Mayor Ana Ruiz cut the ribbon in Lisbon.';
		const err = await db.restoreBackup({ data: bad }).catch((e) => e);
		expect(err).toBeInstanceOf(BackupInvalidError);
		expect(err.problems.join('\n')).toMatch(/quote does not match/);
	});
});

describe('storage full', () => {
	function failPutAfter(n: number) {
		const original = IDBObjectStore.prototype.put;
		let calls = 0;
		return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (++calls > n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return original.apply(this, args);
		});
	}

	it('maps QuotaExceededError on import to StorageFullError and loses nothing', async () => {
		const db = await populated();
		const before = await db.exportBackup({ now: NOW });
		failPutAfter(5);
		const err = await db
			.importDeck({ deck: makeBigDeck({ id: 'third', cards: 50 }), now: NOW })
			.catch((e) => e);
		vi.restoreAllMocks();
		expect(err).toBeInstanceOf(StorageFullError);
		expect(err.code).toBe('storage-full');
		expect(err.message).toMatch(/Storage is full/);
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
		expect(await db.hasDeck({ deckId: 'third' })).toBe(false);
	});

	it('maps it on a rating and on a restore, leaving the data as it was', async () => {
		const db = await populated();
		const before = await db.exportBackup({ now: NOW });
		failPutAfter(0);
		await expect(
			db.recordReview({ cardId: 'c1', deckId: 'deck-big', rating: 3, now: NOW, durationMs: 1 })
		).rejects.toBeInstanceOf(StorageFullError);
		const other = await (await fresh()).exportBackup({ now: NOW });
		await expect(db.restoreBackup({ data: other })).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
	});

	it('recognises a quota error reported as a transaction abort', () => {
		const quota = new DOMException('full', 'QuotaExceededError');
		expect(mapDbError({ name: 'AbortError', error: quota })).toBeInstanceOf(StorageFullError);
		const other = new Error('other');
		expect(mapDbError(other)).toBe(other);
	});
});

describe('a version 1 backup', () => {
	it('restores in deck format 2: siblings folded, the kept cards’ schedules and history kept', async () => {
		const old = await fresh();
		await storeV1Siblings(old, NOW);
		const v1 = { ...(await old.exportBackup({ now: NOW })), version: 1 };
		expect(v1.cards).toHaveLength(7);
		expect(v1.log).toHaveLength(4);

		const db = await fresh();
		await db.restoreBackup({ data: JSON.parse(JSON.stringify(v1)) });
		const after = await db.exportBackup({ now: NOW });
		expect(after.version).toBe(2);
		expect(after.cards.map((c) => c.cardId)).toEqual([
			'cloze-day',
			'mcq-place',
			'qa-alone',
			'qa-ribbon'
		]);
		expect(after.cards.find((c) => c.cardId === 'qa-ribbon')?.card).toMatchObject({
			choices: ['Luis Ortega', 'Ana Ruiz', 'Marta Gil'],
			cloze: { blanks: [{ start: 6, end: 14 }] }
		});
		expect(after.schedules.map((s) => s.cardId).sort()).toEqual([
			'cloze-day',
			'mcq-place',
			'qa-alone',
			'qa-ribbon'
		]);
		expect(after.log.map((e) => [e.cardId, e.rating])).toEqual([
			['qa-ribbon', 3],
			['mcq-place', 4]
		]);
		expect(after.decks[0].cardCount).toBe(4);
		expect((await db.getCard({ cardId: 'qa-ribbon' }))?.history).toHaveLength(1);
	});
});

describe('restore keeps a safety copy of what it replaces', () => {
	it('keeps the previous data, says what it holds, and goes back to it exactly', async () => {
		const db = await populated();
		const before = await db.exportBackup({ now: NOW });
		expect(await db.safetyCopy()).toBeNull();
		const other = await fresh();
		await other.importDeck({ deck: makeBigDeck({ id: 'restored', cards: 3 }), now: NOW });
		const file = await other.exportBackup({ now: NOW });

		const info = await db.restoreBackup({ data: file, now: NOW + DAY, name: 'other.json' });
		expect(info).toEqual({
			takenAt: NOW + DAY,
			replacedBy: 'other.json',
			decks: 2,
			cards: 16,
			reviews: 3
		});
		expect(await db.safetyCopy()).toEqual(info);
		expect(stamp(await db.exportBackup({ now: NOW }))).toEqual(stamp(file));
		expect(stamp((await db.safetyCopyBackup())!)).toEqual(stamp(before));

		// Going back restores the previous data exactly, and keeps the restored data in turn.
		const back = await db.undoRestore({ now: NOW + 2 * DAY });
		expect(back).toMatchObject({ decks: 1, cards: 3, reviews: 0 });
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
		expect(await db.getCard({ cardId: 'c0', deckId: 'deck-big' })).toMatchObject({
			history: [{ rating: 3 }]
		});
		await db.undoRestore({ now: NOW + 3 * DAY });
		expect(stamp(await db.exportBackup({ now: NOW }))).toEqual(stamp(file));
	});

	it('takes no copy when the restore is refused, and keeps the old copy', async () => {
		const db = await populated();
		await db.restoreBackup({ data: await (await fresh()).exportBackup({ now: NOW }), now: NOW });
		const copy = await db.safetyCopy();
		await expect(db.restoreBackup({ data: { format: 'nope' } })).rejects.toBeInstanceOf(
			BackupInvalidError
		);
		expect(await db.safetyCopy()).toEqual(copy);
	});

	it('a full disk while copying changes nothing, copy included', async () => {
		const db = await populated();
		const before = await db.exportBackup({ now: NOW });
		const original = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<IDBObjectStore['put']>
		) {
			if (this.name === 'safety') throw new DOMException('full', 'QuotaExceededError');
			return original.apply(this, args);
		});
		const other = await (await fresh()).exportBackup({ now: NOW });
		await expect(db.restoreBackup({ data: other })).rejects.toBeInstanceOf(StorageFullError);
		vi.restoreAllMocks();
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
		expect(await db.safetyCopy()).toBeNull();
	});

	it('with nothing to go back to, undo says so and changes nothing', async () => {
		const db = await populated();
		const before = await db.exportBackup({ now: NOW });
		expect(await db.undoRestore()).toBeNull();
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
	});
});
