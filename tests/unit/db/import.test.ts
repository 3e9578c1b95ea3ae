import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DeckInvalidError, type CitecardsDb } from '../../../src/lib/db';
import type { Deck } from '../../../src/lib/deck';
import { makeDeck, makeV1Deck } from '../../fixtures/deck';
import { makeBigDeck, openFreshDb, testSettings } from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
const DAY = 86_400_000;
let db: CitecardsDb;

afterEach(() => db?.close());

async function setup(deck: Deck = makeBigDeck({ cards: 10 })) {
	db = await openFreshDb();
	await db.saveSettings({ settings: testSettings() });
	await db.importDeck({ deck, now: NOW });
	return deck;
}

describe('importDeck of a deck format 1 file', () => {
	it('stores one card per question, under the question card’s id', async () => {
		db = await openFreshDb();
		const result = await db.importDeck({ deck: makeV1Deck(), now: NOW });
		expect(result).toMatchObject({ added: 4, retired: 0 });
		const cards = await db.listCards({ deckId: 'deck-test' });
		expect(cards.map((c) => [c.card.id, c.card.type, Boolean(c.card.choices)])).toEqual([
			['qa-ribbon', 'qa', true],
			['mcq-place', 'qa', true],
			['cloze-day', 'cloze', false],
			['qa-alone', 'qa', false]
		]);
	});
});

describe('importDeck merges by card id', () => {
	it('keeps schedules and history, updates changed text, adds new and retires vanished cards', async () => {
		const v1 = await setup();
		for (const cardId of ['c0', 'c1', 'c9'])
			await db.recordReview({ cardId, rating: 3, now: NOW + 1000, durationMs: 900 });
		const before = {
			c0: await db.getCard({ cardId: 'c0' }),
			c1: await db.getCard({ cardId: 'c1' }),
			c9: await db.getCard({ cardId: 'c9' })
		};
		const v2: Deck = structuredClone(v1);
		v2.cards[1].question = 'A reworded question number 1?';
		v2.cards.pop(); // c9 vanishes
		v2.cards.push({
			...structuredClone(v1.cards[0]),
			id: 'c10',
			question: 'A brand new question?'
		});

		const result = await db.importDeck({ deck: v2, now: NOW + DAY });
		expect(result).toEqual({
			deckId: v1.id,
			added: 1,
			updated: 1,
			retired: 1,
			unchanged: 8,
			restored: 0
		});

		const c0 = await db.getCard({ cardId: 'c0' });
		expect(c0).toEqual(before.c0);
		const c1 = await db.getCard({ cardId: 'c1' });
		expect(c1?.schedule).toEqual(before.c1?.schedule);
		expect(c1?.history).toEqual(before.c1?.history);
		expect(c1?.card.question).toBe('A reworded question number 1?');
		const c9 = await db.getCard({ cardId: 'c9' });
		expect(c9?.schedule).toEqual({ ...before.c9!.schedule, retired: true });
		expect(c9?.history).toHaveLength(1);
		const c10 = await db.getCard({ cardId: 'c10' });
		expect(c10?.schedule).toMatchObject({ state: 'new', retired: false, reps: 0 });
		expect(c10?.history).toEqual([]);

		// Retired cards leave the queue and the default card list, but are listed on request.
		const queue = await db.getStudyQueue({ deckId: v1.id, now: NOW + DAY });
		expect(queue.map((q) => q.card.id)).not.toContain('c9');
		const listed = await db.listCards({ deckId: v1.id });
		expect(listed.map((c) => c.card.id)).toEqual([
			'c0',
			'c1',
			'c2',
			'c3',
			'c4',
			'c5',
			'c6',
			'c7',
			'c8',
			'c10'
		]);
		expect((await db.listCards({ deckId: v1.id, state: 'retired' })).map((c) => c.card.id)).toEqual(
			['c9']
		);
		const cited = await db.citedRanges({ deckId: v1.id, sourceId: 's1' });
		expect(cited.flatMap((r) => r.cardIds).sort()).toEqual(
			['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c10'].sort()
		);
		const [summary] = await db.listDecks({ now: NOW + DAY });
		expect(summary.deck.cardCount).toBe(10);
		expect(summary.counts.total).toBe(10);

		// The card coming back resumes where it was.
		const back = await db.importDeck({ deck: v1, now: NOW + 2 * DAY });
		expect(back).toMatchObject({ added: 0, restored: 1, retired: 1, updated: 1 });
		expect((await db.getCard({ cardId: 'c9' }))?.schedule).toEqual(before.c9?.schedule);
		expect((await db.getCard({ cardId: 'c10' }))?.schedule.retired).toBe(true);
	});

	it('re-importing the same deck changes nothing', async () => {
		const deck = await setup();
		await db.recordReview({ cardId: 'c3', rating: 4, now: NOW, durationMs: 100 });
		const before = await db.exportBackup({ now: NOW });
		const result = await db.importDeck({ deck, now: NOW + DAY });
		expect(result).toMatchObject({ added: 0, updated: 0, retired: 0, unchanged: 10 });
		const after = await db.exportBackup({ now: NOW });
		expect({ ...after, decks: [] }).toEqual({ ...before, decks: [] });
		expect(after.decks[0].updatedAt).toBe(NOW + DAY);
		expect(after.decks[0].importedAt).toBe(NOW);
	});
});

describe('importDeck validation', () => {
	it('rejects an invalid deck with its problems and writes nothing', async () => {
		db = await openFreshDb();
		const bad = makeDeck();
		bad.cards[0].citations[0].quote = 'Not in the source.';
		const empty = await db.exportBackup({ now: NOW });
		const err = await db.importDeck({ deck: bad, now: NOW }).catch((e) => e);
		expect(err).toBeInstanceOf(DeckInvalidError);
		expect(err.code).toBe('deck-invalid');
		expect(err.problems.join()).toMatch(/quote does not match/);
		expect(await db.hasDeck({ deckId: bad.id })).toBe(false);
		expect(await db.exportBackup({ now: NOW })).toEqual(empty);
		for (const junk of [null, 'deck', 42, { format: 'citecards-deck' }]) {
			const e = await db.importDeck({ deck: junk, now: NOW }).catch((x) => x);
			expect(e).toBeInstanceOf(DeckInvalidError);
			expect(e.problems.length).toBeGreaterThan(0);
		}
	});

	it('leaves a stored deck untouched when its update is invalid', async () => {
		const deck = await setup();
		const before = await db.exportBackup({ now: NOW });
		const bad = structuredClone(deck);
		bad.cards.push({ ...bad.cards[0] }); // duplicate id
		bad.cards[2].question = 'Changed?';
		await expect(db.importDeck({ deck: bad, now: NOW + 1 })).rejects.toThrow(/duplicate card id/);
		expect(await db.exportBackup({ now: NOW })).toEqual(before);
	});
});

describe('importBundledDeck (the deck shipped with the app, checked when it was built)', () => {
	it('stores it as importDeck would, and merges it again the same way', async () => {
		const deck = makeBigDeck({ cards: 10 });
		db = await openFreshDb();
		expect(await db.importBundledDeck({ deck, now: NOW })).toMatchObject({ added: 10 });
		const viaBundle = await db.exportBackup({ now: NOW });
		db.close();
		db = await openFreshDb();
		await db.importDeck({ deck, now: NOW });
		const checked = await db.exportBackup({ now: NOW });
		for (const store of ['decks', 'cards', 'sources', 'schedules'] as const)
			expect(viaBundle[store], store).toEqual(checked[store]);
		expect(await db.importBundledDeck({ deck, now: NOW + DAY })).toMatchObject({
			added: 0,
			updated: 0,
			retired: 0
		});
	});

	it('refuses a file of another deck format and writes nothing', async () => {
		db = await openFreshDb();
		const old = makeV1Deck() as unknown as Deck;
		await expect(db.importBundledDeck({ deck: old, now: NOW })).rejects.toBeInstanceOf(
			DeckInvalidError
		);
		expect(await db.listDecks({ now: NOW })).toEqual([]);
	});
});

describe('browsing', () => {
	it('filters cards by text, type, tag, source and state', async () => {
		await setup(makeBigDeck({ cards: 25 }));
		const ids = async (f: object) =>
			(await db.listCards({ deckId: 'deck-big', ...f })).map((c) => c.card.id);
		expect(await ids({ query: 'NUMBER 2' })).toEqual(['c2', 'c20', 'c21', 'c22', 'c23', 'c24']);
		expect(await ids({ tag: 'odd', query: 'number 1' })).toEqual([
			'c1',
			'c11',
			'c13',
			'c15',
			'c17',
			'c19'
		]);
		expect(await ids({ type: 'cloze' })).toEqual([]);
		expect(await ids({ tag: 'even', limit: 3 })).toEqual(['c0', 'c2', 'c4']);
		expect(await ids({ sourceId: 's1' })).toHaveLength(25);
		expect(await ids({ sourceId: 'nope' })).toEqual([]);
		await db.recordReview({ cardId: 'c4', rating: 3, now: NOW, durationMs: 1 });
		await db.recordReview({ cardId: 'c5', rating: 4, now: NOW, durationMs: 1 });
		await db.setSuspended({ cardId: 'c6', suspended: true });
		expect(await ids({ state: 'learning' })).toEqual(['c4']);
		expect(await ids({ state: 'review' })).toEqual(['c5']);
		expect(await ids({ state: 'suspended' })).toEqual(['c6']);
		expect(await ids({ state: 'new' })).toHaveLength(22);
		await db.setSuspended({ cardId: 'c6', suspended: false });
		expect(await ids({ state: 'suspended' })).toEqual([]);
		expect(await ids({ state: 'new' })).toHaveLength(23);
	});

	it('serves sources, cited ranges and conflicts', async () => {
		const deck = makeBigDeck({ cards: 55 });
		const citation = deck.cards[0].citations[0];
		deck.conflicts = [
			{
				id: 'k1',
				subject: 'Attendance',
				variants: [
					{ value: 'forty thousand', citations: [citation] },
					{ value: 'thirty thousand', citations: [deck.cards[1].citations[0]] }
				]
			}
		];
		await setup(deck);
		expect(await db.listSources({ deckId: deck.id })).toEqual(deck.sources);
		expect(await db.getSource({ deckId: deck.id, sourceId: 's1' })).toEqual(deck.sources[0]);
		expect(await db.getSource({ deckId: deck.id, sourceId: 'x' })).toBeNull();
		const ranges = await db.citedRanges({ deckId: deck.id, sourceId: 's1' });
		expect(ranges).toHaveLength(50);
		expect(ranges[0]).toEqual({
			start: citation.start,
			end: citation.end,
			cardIds: ['c0', 'c50'],
			more: false
		});
		expect(ranges.every((r, i) => i === 0 || r.start > ranges[i - 1].start)).toBe(true);
		expect(await db.getConflicts({ deckId: deck.id, ids: ['k1', 'missing'] })).toEqual(
			deck.conflicts
		);
		expect(await db.getConflicts({ deckId: 'no-deck', ids: ['k1'] })).toEqual([]);
		// A source dropped by an update stays readable for the cards that cited it.
		const v2 = structuredClone(deck);
		v2.sources.push({ id: 's2', title: 'Second', text: 'Another text entirely.' });
		await db.importDeck({ deck: v2, now: NOW + 1 });
		expect((await db.listSources({ deckId: deck.id })).map((s) => s.id)).toEqual(['s1', 's2']);
		await db.importDeck({ deck, now: NOW + 2 });
		expect((await db.listSources({ deckId: deck.id })).map((s) => s.id)).toEqual(['s1']);
		expect(await db.getSource({ deckId: deck.id, sourceId: 's2' })).toEqual(v2.sources[1]);
	});

	it('keeps decks that share card ids apart', async () => {
		await setup(makeBigDeck({ id: 'deck-a', cards: 3 }));
		await db.importDeck({ deck: makeBigDeck({ id: 'deck-b', cards: 3 }), now: NOW });
		await db.recordReview({ cardId: 'c0', deckId: 'deck-b', rating: 4, now: NOW, durationMs: 1 });
		expect((await db.getCard({ cardId: 'c0', deckId: 'deck-a' }))?.schedule.state).toBe('new');
		expect((await db.getCard({ cardId: 'c0', deckId: 'deck-b' }))?.schedule.state).toBe('review');
		expect((await db.getCard({ cardId: 'c0', deckId: 'deck-b' }))?.history).toHaveLength(1);
		expect((await db.getCard({ cardId: 'c0', deckId: 'deck-a' }))?.history).toHaveLength(0);
		const decks = await db.listDecks({ now: NOW });
		expect(decks.map((d) => [d.deck.id, d.counts.new, d.counts.total])).toEqual([
			['deck-a', 3, 3],
			['deck-b', 2, 3]
		]);
	});
});

describe('settings', () => {
	it('returns defaults, saves valid settings and rejects invalid ones', async () => {
		db = await openFreshDb();
		const defaults = await db.getSettings();
		expect(defaults.newPerDay).toBe(20);
		const next = { ...defaults, newPerDay: 3, theme: 'dark' as const, typedAnswers: true };
		await db.saveSettings({ settings: next });
		expect(await db.getSettings()).toEqual(next);
		const err = await db
			.saveSettings({ settings: { ...next, learningSteps: ['soon'] } })
			.catch((e) => e);
		expect(err.code).toBe('settings-invalid');
		expect(err.message).toMatch(/learningSteps/);
		expect(await db.getSettings()).toEqual(next);
	});
});

describe('readDeck', () => {
	it('gives back the imported deck as a deck file holds it', async () => {
		const deck = await setup({ ...makeBigDeck({ cards: 6 }), createdAt: '2026-01-01' });
		expect(await db.readDeck({ deckId: deck.id })).toEqual(deck);
		expect(await db.readDeck({ deckId: 'nope' })).toBeNull();
	});

	it('holds the current cards in deck order, not the retired ones', async () => {
		const deck = await setup(makeBigDeck({ cards: 6 }));
		const update = { ...deck, cards: [deck.cards[5], ...deck.cards.slice(0, 3)] };
		await db.importDeck({ deck: update, now: NOW + DAY });
		const read = await db.readDeck({ deckId: deck.id });
		expect(read?.cards.map((c) => c.id)).toEqual(['c5', 'c0', 'c1', 'c2']);
		expect(read).toMatchObject({ format: 'citecards-deck', version: 2, sources: deck.sources });
	});
});
