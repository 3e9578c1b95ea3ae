import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CitecardsDb } from '../../../src/lib/db';
import { makeBigDeck, openFreshDb, testSettings } from '../../fixtures/db';

const NOW = new Date(2026, 0, 5, 12).getTime();
const DAY = 86_400_000;
let db: CitecardsDb;

afterEach(() => db?.close());

describe('stats from the database', () => {
	it('reads the summaries of log and schedules, then the cited sources apart', async () => {
		db = await openFreshDb();
		await db.saveSettings({ settings: testSettings({ desiredRetention: 0.85 }) });
		await db.importDeck({ deck: makeBigDeck({ cards: 6, title: 'Big' }), now: NOW - 3 * DAY });
		await db.recordReview({ cardId: 'c0', rating: 4, now: NOW - 2 * DAY, durationMs: 1 });
		await db.recordReview({ cardId: 'c1', rating: 1, now: NOW - DAY, durationMs: 1 });
		await db.recordReview({ cardId: 'c2', rating: 3, now: NOW, durationMs: 1 });
		const report = await db.getStats({ now: NOW });
		expect(report.deckTitles).toEqual({ 'deck-big': 'Big' });
		expect(report.stats.target).toBe(0.85);
		expect(report.stats.history.reduce((n, d) => n + d.count, 0)).toBe(3);
		expect(report.stats.streak).toBe(3);
		expect(report.stats.states).toEqual([
			{ deckId: 'deck-big', new: 3, learning: 2, review: 1, mastered: 0, suspended: 0 }
		]);
		// How well each source is known comes apart: it reads every card.
		expect(report.stats.sources).toEqual([]);
		const knowledge = await db.getSourceKnowledge({ now: NOW });
		expect(knowledge.sources).toHaveLength(1);
		expect(knowledge.sources[0]).toMatchObject({ sourceId: 's1', cards: 6, studied: 3 });
		expect(knowledge.sources[0].recall).toBeGreaterThan(0);
		expect(knowledge.sourceTitles['deck-big\u0000s1']).toBe('Source s1');
	});
});
