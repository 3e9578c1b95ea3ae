/** Object stores, rows and numbered migrations of the citecards IndexedDB database. */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Card, Conflict, Source } from '../deck/schema';
import {
	addDays,
	summarizeReviews,
	tallyChanges,
	type CardTally,
	type DueDay,
	type ReviewDay
} from '../srs/review-days';
import type { CardSchedule, ReviewLogEntry, Settings } from '../srs/types';
import type { Backup } from './backup-format';
import { foldStoredDeck } from './fold';

/** Default database name. */
export const DB_NAME = 'citecards';

/** A deck as stored: its metadata and disagreements (cards and sources live in their own stores). */
export interface DeckRow {
	id: string;
	title: string;
	createdAt?: string;
	generator?: { name: string; version: string };
	conflicts: Conflict[];
	/** Cards and sources in the latest import (retired ones not counted). */
	cardCount: number;
	sourceCount: number;
	importedAt: number;
	updatedAt: number;
}

/** A card as stored; `position` keeps the deck's order. */
export interface CardRow {
	deckId: string;
	cardId: string;
	position: number;
	card: Card;
}

/** A source as stored; sources dropped by a deck update are retired, not deleted (old cards cite them). */
export interface SourceRow {
	deckId: string;
	sourceId: string;
	position: number;
	retired: boolean;
	source: Source;
}

/**
 * Which part of the queue a schedule belongs to. IndexedDB cannot index booleans, so the
 * suspended/retired flags and the state fold into this number for the [deckId, q, due] index.
 */
export const Q = { new: 0, learning: 1, review: 2, suspended: 8, retired: 9 } as const;

/** A schedule as stored: the CardSchedule plus its queue bucket `q`. */
export type ScheduleRow = CardSchedule & { q: number };

/** The queue bucket of a schedule. */
export function bucketOf(s: CardSchedule): number {
	if (s.retired) return Q.retired;
	if (s.suspended) return Q.suspended;
	if (s.state === 'new') return Q.new;
	if (s.state === 'review') return Q.review;
	return Q.learning;
}

/** Adds the bucket for storing. */
export function toRow(s: CardSchedule): ScheduleRow {
	return { ...s, q: bucketOf(s) };
}

/** Strips the bucket after reading. */
export function fromRow(row: ScheduleRow): CardSchedule {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { q, ...s } = row;
	return s;
}

/**
 * A card row as stored: `sourceKeys` ([deckId, sourceId] per cited source) feeds the by-source index,
 * `citeKeys` ([deckId, sourceId, start, end] per citation, v6) the by-cited-range index and
 * `tagKeys` ([deckId, tag], v6) the by-tag index.
 */
export type StoredCardRow = CardRow & {
	sourceKeys: Array<[string, string]>;
	citeKeys?: Array<[string, string, number, number]>;
	tagKeys?: Array<[string, string]>;
};

/** Adds the index keys for storing. */
export function toCardRow(row: CardRow): StoredCardRow {
	const ids = [...new Set(row.card.citations.map((c) => c.source))];
	return {
		...row,
		sourceKeys: ids.map((id) => [row.deckId, id] as [string, string]),
		citeKeys: row.card.citations.map(
			(c) => [row.deckId, c.source, c.start, c.end] as [string, string, number, number]
		),
		tagKeys: row.card.tags.map((t) => [row.deckId, t] as [string, string])
	};
}

/** Strips the index keys after reading. */
export function fromCardRow(row: StoredCardRow | CardRow): CardRow {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { sourceKeys, citeKeys, tagKeys, ...rest } = row as StoredCardRow;
	return rest;
}

/** The typed shape of the database for idb. */
export interface CitecardsSchema extends DBSchema {
	decks: { key: string; value: DeckRow };
	cards: {
		key: [string, string];
		value: StoredCardRow;
		indexes: {
			source: [string, string];
			/** v6: a deck's cards in deck order. */
			deck_position: [string, number];
			/** v6: the cards citing one range of a source. */
			cite: [string, string, number, number];
			/** v6: a deck's cards by tag. */
			tag: [string, string];
		};
	};
	sources: { key: [string, string]; value: SourceRow };
	schedules: {
		key: [string, string];
		value: ScheduleRow;
		indexes: { deck_due: [string, number]; cardId: string; deck_q_due: [string, number, number] };
	};
	log: {
		key: number;
		value: ReviewLogEntry & { id: number };
		indexes: { deck_time: [string, number]; cardId: string };
	};
	meta: { key: string; value: Settings };
	safety: { key: string; value: SafetyCopy };
	/** v7: the log summed per deck, local day and hour (`review-days.ts` keeps it in step). */
	days: { key: [string, number]; value: ReviewDay };
	/** v7: each deck's cards by state ... */
	tallies: { key: string; value: CardTally };
	/** ... and its studied cards by the local day and hour they fall due. */
	dues: { key: [string, number]; value: DueDay };
}

/** Key of the one safety copy: what was stored just before the last restore. */
export const SAFETY_BEFORE_RESTORE = 'before-restore';

/** Everything stored before a restore replaced it, kept so the user can go back (v5). */
export interface SafetyCopy {
	/** When the copy was taken (epoch ms). */
	takenAt: number;
	/** What replaced it, e.g. the restored file's name. */
	replacedBy?: string;
	backup: Backup;
}

type UpgradeTx = IDBPTransaction<CitecardsSchema, StoreNames<CitecardsSchema>[], 'versionchange'>;

/** One upgrade step: brings the database from version (index) to version (index + 1). */
export type Migration = (db: IDBPDatabase<CitecardsSchema>, tx: UpgradeTx) => void | Promise<void>;

/** Log rows read at a time by the v7 upgrade. */
const LOG_BATCH = 20_000;

/**
 * Migrations in order: MIGRATIONS[0] creates version 1, MIGRATIONS[1] upgrades 1 → 2, ...
 * Never edit a released step; add a new one.
 */
export const MIGRATIONS: Migration[] = [
	// v1: the stores. Compound keys [deckId, id] because card ids are only unique within a deck.
	(db) => {
		db.createObjectStore('decks', { keyPath: 'id' });
		db.createObjectStore('cards', { keyPath: ['deckId', 'cardId'] });
		db.createObjectStore('sources', { keyPath: ['deckId', 'sourceId'] });
		const schedules = db.createObjectStore('schedules', { keyPath: ['deckId', 'cardId'] });
		schedules.createIndex('deck_due', ['deckId', 'due']);
		schedules.createIndex('cardId', 'cardId');
		const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
		log.createIndex('deck_time', ['deckId', 'reviewedAt']);
		log.createIndex('cardId', 'cardId');
		db.createObjectStore('meta');
	},
	// v2: the queue-bucket index, so counts and today's queue read only the cards they need.
	async (_db, tx) => {
		const store = tx.objectStore('schedules');
		store.createIndex('deck_q_due', ['deckId', 'q', 'due']);
		let cursor = await store.openCursor();
		while (cursor) {
			await cursor.update(toRow(cursor.value));
			cursor = await cursor.continue();
		}
	},
	// v3: cards by cited source, so a source's page reads only the cards that cite it.
	async (_db, tx) => {
		const store = tx.objectStore('cards');
		store.createIndex('source', 'sourceKeys', { multiEntry: true });
		let cursor = await store.openCursor();
		while (cursor) {
			await cursor.update(toCardRow(cursor.value));
			cursor = await cursor.continue();
		}
	},
	// v4: deck format 2, one card per question. Stored version 1 siblings (qa, mcq, cloze of one
	// question) fold into the kept card, which keeps its schedule and review log; the others' rows,
	// schedules and log entries go, and each deck's card count follows.
	async (_db, tx) => {
		const cardStore = tx.objectStore('cards');
		const scheduleStore = tx.objectStore('schedules');
		const [rows, schedules] = await Promise.all([cardStore.getAll(), scheduleStore.getAll()]);
		const byDeck = new Map<string, CardRow[]>();
		for (const row of rows) {
			const list = byDeck.get(row.deckId);
			if (list) list.push(row);
			else byDeck.set(row.deckId, [row]);
		}
		const logIndex = tx.objectStore('log').index('cardId');
		for (const [deckId, deckRows] of byDeck) {
			const fold = foldStoredDeck({
				rows: deckRows.map(fromCardRow),
				schedules: new Map(
					schedules.filter((s) => s.deckId === deckId).map((s) => [s.cardId, fromRow(s)])
				)
			});
			for (const row of fold.changed) await cardStore.put(toCardRow(row));
			for (const cardId of fold.dropped) {
				await cardStore.delete([deckId, cardId]);
				await scheduleStore.delete([deckId, cardId]);
				let cursor = await logIndex.openCursor(cardId);
				while (cursor) {
					if (cursor.value.deckId === deckId) await cursor.delete();
					cursor = await cursor.continue();
				}
			}
			const deck = await tx.objectStore('decks').get(deckId);
			if (deck && fold.current)
				await tx
					.objectStore('decks')
					.put({ ...deck, cardCount: Math.max(0, deck.cardCount - fold.current) });
		}
	},
	// v5: a safety copy of everything, taken by each restore before it replaces the data.
	(db) => {
		db.createObjectStore('safety');
	},
	// v6: cards in deck order, by cited range and by tag, so the browser pages through a large deck
	// and lists its tags, and a source's page lists its citing cards, without reading them all.
	async (_db, tx) => {
		const store = tx.objectStore('cards');
		store.createIndex('deck_position', ['deckId', 'position']);
		store.createIndex('cite', 'citeKeys', { multiEntry: true });
		store.createIndex('tag', 'tagKeys', { multiEntry: true });
		let cursor = await store.openCursor();
		while (cursor) {
			await cursor.update(toCardRow(cursor.value));
			cursor = await cursor.continue();
		}
	},
	// v7: the review log summed per deck, local day and hour, and the schedules summed per deck and
	// due hour, so the Stats page reads a few hundred rows instead of every review and card (reading
	// 50,000 rows, or only counting them in an index, takes Chromium about 400 ms). Built from the
	// whole log, in batches so memory stays small, and from every schedule.
	async (db, tx) => {
		const tallies = db.createObjectStore('tallies', { keyPath: 'deckId' });
		const dues = db.createObjectStore('dues', { keyPath: ['deckId', 'day'] });
		const counted = tallyChanges(
			(await tx.objectStore('schedules').getAll()).map((s) => [undefined, s] as const)
		);
		await Promise.all([
			...counted.tallies.map((t) => tallies.put(t)),
			...counted.dues.map((d) => dues.put(d))
		]);
		const days = db.createObjectStore('days', { keyPath: ['deckId', 'day'] });
		const log = tx.objectStore('log');
		const sums = new Map<string, ReviewDay>();
		let after: number | undefined;
		for (;;) {
			const batch = await log.getAll(
				after === undefined ? null : IDBKeyRange.lowerBound(after, true),
				LOG_BATCH
			);
			for (const part of summarizeReviews(batch)) {
				const key = `${part.deckId}\u0000${part.day}`;
				const sum = sums.get(key);
				sums.set(key, sum ? addDays(sum, part) : part);
			}
			if (batch.length < LOG_BATCH) break;
			after = batch[batch.length - 1].id;
		}
		await Promise.all([...sums.values()].map((row) => days.put(row)));
	}
];

/** The current schema version. */
export const DB_VERSION = MIGRATIONS.length;
