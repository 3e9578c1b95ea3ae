/** CitecardsDb: decks, cards, schedules, review log and settings in IndexedDB (via idb). */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { hasForm } from '../deck/forms';
import type { Card, Conflict, Source } from '../deck/schema';
import { nextStudyDayStart, studyDayStart } from '../srs/day';
import { buildQueue, LEARN_AHEAD_MS, queueParts, type QueueParts } from '../srs/queue';
import { rateCard } from '../srs/scheduler';
import {
	normalizeSettings,
	pickSettings,
	settingsProblems,
	type CardSchedule,
	type DoneToday,
	type Rating,
	type ReviewLogEntry,
	type Settings
} from '../srs/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format';
import {
	BackupInvalidError,
	CardNotFoundError,
	DbError,
	DbUnavailableError,
	DbVersionChangedError,
	DeckInvalidError,
	mapDbError,
	SettingsInvalidError
} from './errors';
import { planMerge } from './merge';
import { requestPersistence, type PersistenceResult } from './persist';
import {
	DB_NAME,
	DB_VERSION,
	fromCardRow,
	fromRow,
	MIGRATIONS,
	Q,
	toCardRow,
	toRow,
	type CardRow,
	type CitecardsSchema,
	type DeckRow,
	type SourceRow
} from './schema';

type Db = IDBPDatabase<CitecardsSchema>;
type Stores = StoreNames<CitecardsSchema>;
type Tx<S extends Stores[], M extends IDBTransactionMode> = IDBPTransaction<CitecardsSchema, S, M>;
/** Any transaction that can read the stores a helper needs (idb's types cannot express "at least"). */
type ReadTx = Tx<Stores[], IDBTransactionMode>;

/** Options for openDb. */
export interface OpenDbOptions {
	/** Database name (tests use a fresh one each). Default 'citecards'. */
	name?: string;
	/** Another tab holds an older version open, so our upgrade waits: ask the user to close it. */
	onBlocked?: () => void;
	/** Another tab needs a newer version: this connection closed itself; ask the user to reload. */
	onVersionChange?: () => void;
	/** Open at an older schema version (migration tests only). */
	version?: number;
}

/** Home-screen counts of one deck. */
export interface DeckCounts {
	new: number;
	learning: number;
	due: number;
	total: number;
	suspended: number;
}

/** A deck in the list on the home screen. */
export interface DeckSummary {
	deck: {
		id: string;
		title: string;
		sourceCount: number;
		cardCount: number;
		importedAt: number;
		updatedAt: number;
	};
	counts: DeckCounts;
}

/** What an import did. */
export interface ImportResult {
	deckId: string;
	added: number;
	updated: number;
	retired: number;
	unchanged: number;
	restored: number;
}

/** A card with its schedule. */
export interface CardWithSchedule {
	card: Card;
	schedule: CardSchedule;
}

/** Filter for listCards; `state` 'learning' includes relearning. */
export interface CardFilter {
	deckId: string;
	query?: string;
	/** Cards that can be asked this way: 'mcq' has choices, 'cloze' a cloze, 'qa' a question. */
	type?: Card['type'];
	tag?: string;
	sourceId?: string;
	state?: 'new' | 'learning' | 'review' | 'suspended' | 'retired';
	/** At most this many (the first in deck order). */
	limit?: number;
}

const META_SETTINGS = 'settings';

/**
 * Marks a request's promise as handled. When a later request throws synchronously, the
 * transaction aborts and earlier requests reject; without this they would be unhandled rejections.
 */
function guard<T>(p: Promise<T>): Promise<T> {
	p.catch(() => {});
	return p;
}
const deckRange = (deckId: string) => IDBKeyRange.bound([deckId], [deckId, []]);
const bucketRange = (deckId: string, q: number, upTo = Infinity, open = false) =>
	IDBKeyRange.bound([deckId, q, -Infinity], [deckId, q, upTo], false, open);

/** Opens (creating or upgrading) the database. Connection loss is handled: the next call reopens. */
export async function openDb(o: OpenDbOptions = {}): Promise<CitecardsDb> {
	const db = new CitecardsDb(o);
	await db.ready();
	return db;
}

/** The app's database. Every method is one transaction; every error is mapped to a typed DbError. */
export class CitecardsDb {
	readonly name: string;
	private readonly options: OpenDbOptions;
	private conn: Db | null = null;
	private opening: Promise<Db> | null = null;
	private versionChanged = false;
	private closed = false;
	private persistenceAsked = false;

	constructor(o: OpenDbOptions = {}) {
		this.options = o;
		this.name = o.name ?? DB_NAME;
	}

	/** Resolves once the database is open (and upgraded). */
	async ready(): Promise<void> {
		await this.connection();
	}

	/** Closes the connection; later calls fail. */
	close(): void {
		this.closed = true;
		this.conn?.close();
		this.conn = null;
	}

	/** Asks the browser to keep our data; also done automatically after the first import or rating. */
	requestPersistence(): Promise<PersistenceResult> {
		this.persistenceAsked = true;
		return requestPersistence();
	}

	private afterRealUse(): void {
		if (this.persistenceAsked) return;
		// Fire and forget: the answer does not change what we do, and the call never throws.
		void this.requestPersistence();
	}

	private connection(): Promise<Db> {
		if (this.closed)
			return Promise.reject(new DbError('closed', 'The database was closed; reload the page.'));
		if (this.versionChanged) return Promise.reject(new DbVersionChangedError());
		if (this.conn) return Promise.resolve(this.conn);
		if (!this.opening)
			this.opening = this.open().finally(() => {
				this.opening = null;
			});
		return this.opening;
	}

	private async open(): Promise<Db> {
		if (typeof indexedDB === 'undefined') throw new DbUnavailableError();
		const target = this.options.version ?? DB_VERSION;
		let db: Db;
		try {
			db = await openDB<CitecardsSchema>(this.name, target, {
				upgrade: (db, oldVersion, newVersion, tx) => {
					const steps = MIGRATIONS.slice(oldVersion, newVersion ?? target);
					// Steps run in order inside the one upgrade transaction; a failing step aborts it,
					// leaving the database at its old version with its data intact.
					tx.done.catch(() => {}); // the failure surfaces through openDB itself
					void (async () => {
						for (const step of steps) await step(db, tx);
					})().catch(() => tx.abort());
				},
				blocked: () => this.options.onBlocked?.(),
				blocking: () => {
					// A newer version waits for us: step aside and tell the UI to reload.
					this.versionChanged = true;
					this.conn?.close();
					this.conn = null;
					this.options.onVersionChange?.();
				},
				terminated: () => {
					// The browser dropped the connection (e.g. storage cleared): reopen on next call.
					this.conn = null;
				}
			});
		} catch (e) {
			const mapped = mapDbError(e);
			if (mapped !== e) throw mapped;
			if (e instanceof DOMException && e.name === 'AbortError')
				throw new DbError(
					'upgrade-failed',
					'The saved data could not be upgraded to this version of the app; it is unchanged. ' +
						'Reload to try again, or export a backup from the previous version.',
					{ cause: e }
				);
			throw new DbUnavailableError(e);
		}
		this.conn = db;
		return db;
	}

	/** Runs `fn` in one transaction: on any error the transaction aborts, so nothing is half-written. */
	private async run<S extends Stores[], M extends IDBTransactionMode, T>(
		stores: S,
		mode: M,
		fn: (tx: Tx<S, M>) => Promise<T>
	): Promise<T> {
		const db = await this.connection();
		let tx: Tx<S, M>;
		try {
			tx = db.transaction(stores, mode);
		} catch (e) {
			// The connection may have been closed under us (InvalidStateError): reopen once.
			if (e instanceof DOMException && e.name === 'InvalidStateError' && this.conn === db) {
				this.conn = null;
				tx = (await this.connection()).transaction(stores, mode);
			} else throw mapDbError(e);
		}
		try {
			const result = await fn(tx);
			await tx.done;
			return result;
		} catch (e) {
			tx.done.catch(() => {});
			try {
				tx.abort();
			} catch {
				// already finished or aborted
			}
			throw mapDbError(e);
		}
	}

	// ---- reading helpers (inside a transaction) ----

	private async readSettings(tx: {
		objectStore(name: 'meta'): { get(key: string): Promise<Settings | undefined> };
	}): Promise<Settings> {
		return normalizeSettings({ settings: await tx.objectStore('meta').get(META_SETTINGS) });
	}

	private static async doneToday(tx: ReadTx, deckId: string, dayStart: number): Promise<DoneToday> {
		const entries = await tx
			.objectStore('log')
			.index('deck_time')
			.getAll(IDBKeyRange.bound([deckId, dayStart], [deckId, Infinity]));
		const done: DoneToday = { newCount: 0, reviewCount: 0, factIds: new Set() };
		for (const e of entries) {
			if (e.before.state === 'new') done.newCount++;
			else if (e.before.state === 'review') done.reviewCount++;
			if (e.factId) done.factIds.add(e.factId);
		}
		return done;
	}

	/**
	 * Today's queue parts for a deck, reading only what can be in it: today's log, learning cards
	 * due soon, reviews due today and the first new cards (more only if burying skipped many).
	 */
	private static async todayParts(
		tx: ReadTx,
		deckId: string,
		now: number,
		settings: Settings
	): Promise<{ parts: QueueParts; schedules: CardSchedule[]; doneToday: DoneToday }> {
		const dayStartHour = settings.dayStartHour;
		const dayStart = studyDayStart({ now, dayStartHour });
		const dayEnd = nextStudyDayStart({ now, dayStartHour });
		const index = tx.objectStore('schedules').index('deck_q_due');
		const [doneToday, learning] = await Promise.all([
			CitecardsDb.doneToday(tx, deckId, dayStart),
			index.getAll(bucketRange(deckId, Q.learning, now + LEARN_AHEAD_MS))
		]);
		const reviewRoom = Math.max(0, settings.maxReviewsPerDay - doneToday.reviewCount);
		const newRoom = Math.max(0, settings.newPerDay - doneToday.newCount);
		let reviewFetch = reviewRoom ? reviewRoom + 50 : 0;
		let newFetch = newRoom ? newRoom * 3 + 20 : 0;
		for (;;) {
			const [reviews, news] = await Promise.all([
				reviewFetch ? index.getAll(bucketRange(deckId, Q.review, dayEnd, true), reviewFetch) : [],
				newFetch ? index.getAll(bucketRange(deckId, Q.new), newFetch) : []
			]);
			const schedules = [...learning, ...reviews, ...news].map(fromRow);
			const parts = queueParts({ schedules, now, settings, doneToday });
			// Buried siblings may have left the queue short; fetch further if there is more.
			const moreReviews = parts.reviews.length < reviewRoom && reviews.length === reviewFetch;
			const moreNews = parts.news.length < newRoom && news.length === newFetch;
			if (!moreReviews && !moreNews) return { parts, schedules, doneToday };
			if (moreReviews) reviewFetch *= 4;
			if (moreNews) newFetch *= 4;
		}
	}

	/**
	 * Today's counts. `cardCount` is the deck row's count of cards that are not retired: with it, the
	 * total needs no scan of every schedule (the slowest part of the home page on a large deck).
	 */
	private static async countsOf(
		tx: ReadTx,
		deckId: string,
		now: number,
		settings: Settings,
		cardCount?: number
	): Promise<DeckCounts> {
		const store = tx.objectStore('schedules');
		const index = store.index('deck_q_due');
		const total = async () =>
			cardCount ??
			(await store.count(deckRange(deckId))) - (await index.count(bucketRange(deckId, Q.retired)));
		const [{ parts }, notRetired, suspended] = await Promise.all([
			CitecardsDb.todayParts(tx, deckId, now, settings),
			total(),
			index.count(bucketRange(deckId, Q.suspended))
		]);
		return {
			new: parts.news.length,
			learning: parts.learning.length + parts.learnAhead.length,
			due: parts.reviews.length,
			total: notRetired,
			suspended
		};
	}

	private static async findSchedule(
		store: {
			get(key: [string, string]): Promise<CardSchedule | undefined>;
			index(name: 'cardId'): { get(key: string): Promise<CardSchedule | undefined> };
		},
		cardId: string,
		deckId?: string
	) {
		const row = deckId
			? await store.get([deckId, cardId])
			: await store.index('cardId').get(cardId);
		if (!row) throw new CardNotFoundError(cardId);
		return row;
	}

	// ---- decks ----

	/** All decks with today's counts. Reads per deck only today's log and the cards due today. */
	async listDecks(o: { now: number }): Promise<DeckSummary[]> {
		return this.run(['decks', 'schedules', 'log', 'meta'], 'readonly', async (tx) => {
			const [decks, settings] = await Promise.all([
				tx.objectStore('decks').getAll(),
				this.readSettings(tx)
			]);
			const counts = await Promise.all(
				decks.map((d) => CitecardsDb.countsOf(tx, d.id, o.now, settings, d.cardCount))
			);
			return decks.map((d, i) => ({
				deck: {
					id: d.id,
					title: d.title,
					sourceCount: d.sourceCount,
					cardCount: d.cardCount,
					importedAt: d.importedAt,
					updatedAt: d.updatedAt
				},
				counts: counts[i]
			}));
		});
	}

	/** Today's counts for one deck (null if there is no such deck). */
	async deckCounts(o: { deckId: string; now: number }): Promise<DeckCounts | null> {
		return this.run(['decks', 'schedules', 'log', 'meta'], 'readonly', async (tx) => {
			const deck = await tx.objectStore('decks').get(o.deckId);
			if (!deck) return null;
			return CitecardsDb.countsOf(tx, o.deckId, o.now, await this.readSettings(tx), deck.cardCount);
		});
	}

	/** Whether a deck with this id is stored. */
	async hasDeck(o: { deckId: string }): Promise<boolean> {
		return this.run(['decks'], 'readonly', async (tx) =>
			Boolean(await tx.objectStore('decks').count(o.deckId))
		);
	}

	/** The stored deck metadata (title, counts, conflicts), or null. */
	async getDeck(o: { deckId: string }): Promise<DeckRow | null> {
		return this.run(
			['decks'],
			'readonly',
			async (tx) => (await tx.objectStore('decks').get(o.deckId)) ?? null
		);
	}

	/**
	 * Validates a deck (throws DeckInvalidError listing the problems, writing nothing) and merges it
	 * by card id in one transaction: unchanged and changed cards keep schedule and history, new
	 * cards are added, vanished cards are retired (kept, never deleted).
	 */
	async importDeck(o: { deck: unknown; now: number }): Promise<ImportResult> {
		// The schema (zod) loads only when a deck is imported, not on every page that studies.
		const { parseDeck } = await import('../deck/schema');
		const parsed = parseDeck(o.deck);
		if (!parsed.ok) throw new DeckInvalidError(parsed.errors);
		const deck = parsed.deck;
		const result = await this.run(
			['decks', 'cards', 'sources', 'schedules'],
			'readwrite',
			async (tx) => {
				const range = deckRange(deck.id);
				const [old, cards, schedules, sources] = await Promise.all([
					tx.objectStore('decks').get(deck.id),
					tx.objectStore('cards').getAll(range),
					tx.objectStore('schedules').getAll(range),
					tx.objectStore('sources').getAll(range)
				]);
				const plan = planMerge({
					deck,
					now: o.now,
					cards: cards.map(fromCardRow),
					schedules: schedules.map(fromRow),
					sources
				});
				const row: DeckRow = {
					id: deck.id,
					title: deck.title,
					conflicts: deck.conflicts,
					cardCount: deck.cards.length,
					sourceCount: deck.sources.length,
					importedAt: old?.importedAt ?? o.now,
					updatedAt: o.now
				};
				if (deck.createdAt !== undefined) row.createdAt = deck.createdAt;
				if (deck.generator !== undefined) row.generator = deck.generator;
				const writes: Promise<unknown>[] = [guard(tx.objectStore('decks').put(row))];
				const cardStore = tx.objectStore('cards');
				const scheduleStore = tx.objectStore('schedules');
				const sourceStore = tx.objectStore('sources');
				for (const r of plan.cardRows) writes.push(guard(cardStore.put(toCardRow(r))));
				for (const s of plan.schedules) writes.push(guard(scheduleStore.put(toRow(s))));
				for (const s of plan.sourceRows) writes.push(guard(sourceStore.put(s)));
				await Promise.all(writes);
				return {
					deckId: deck.id,
					added: plan.added,
					updated: plan.updated,
					retired: plan.retired,
					unchanged: plan.unchanged,
					restored: plan.restored
				};
			}
		);
		this.afterRealUse();
		return result;
	}

	/** The deck's disagreements with these ids (unknown ids are skipped). */
	async getConflicts(o: { deckId: string; ids: string[] }): Promise<Conflict[]> {
		const deck = await this.getDeck({ deckId: o.deckId });
		if (!deck) return [];
		const wanted = new Set(o.ids);
		return deck.conflicts.filter((c) => wanted.has(c.id));
	}

	// ---- studying ----

	/** Today's queue in study order with card content; reads only cards that can be in it. */
	async getStudyQueue(o: {
		deckId: string;
		now: number;
		limit?: number;
	}): Promise<CardWithSchedule[]> {
		return (await this.getStudyWindow(o)).items;
	}

	/**
	 * The first `limit` cards of today's queue with their cards, and how many the whole queue holds:
	 * one transaction, reading only the cards shown (what the study page needs to start fast).
	 */
	async getStudyWindow(o: {
		deckId: string;
		now: number;
		limit?: number;
	}): Promise<{ items: CardWithSchedule[]; total: number }> {
		return this.run(['cards', 'schedules', 'log', 'meta'], 'readonly', async (tx) => {
			const settings = await this.readSettings(tx);
			const { schedules, doneToday } = await CitecardsDb.todayParts(tx, o.deckId, o.now, settings);
			let queue = buildQueue({ schedules, now: o.now, settings, doneToday });
			const total = queue.length;
			if (o.limit !== undefined) queue = queue.slice(0, Math.max(0, o.limit));
			const cards = tx.objectStore('cards');
			const rows = await Promise.all(queue.map((s) => cards.get([s.deckId, s.cardId])));
			const out: CardWithSchedule[] = [];
			queue.forEach((schedule, i) => {
				const row = rows[i];
				if (row) out.push({ card: row.card, schedule });
			});
			return { items: out, total };
		});
	}

	/** Rates a card: the new schedule and its log entry are written in one transaction. */
	async recordReview(o: {
		cardId: string;
		/** Needed only if the same card id exists in several decks. */
		deckId?: string;
		rating: Rating;
		now: number;
		durationMs: number;
	}): Promise<{ schedule: CardSchedule; logId: number }> {
		const result = await this.run(['schedules', 'log', 'meta'], 'readwrite', async (tx) => {
			const store = tx.objectStore('schedules');
			const [settings, row] = await Promise.all([
				this.readSettings(tx),
				CitecardsDb.findSchedule(store, o.cardId, o.deckId)
			]);
			const before = fromRow(row as typeof row & { q: number });
			const after = rateCard({ schedule: before, rating: o.rating, now: o.now, settings });
			const entry: ReviewLogEntry = {
				cardId: before.cardId,
				deckId: before.deckId,
				rating: o.rating,
				reviewedAt: o.now,
				durationMs: Math.max(0, Math.round(o.durationMs)),
				before,
				after
			};
			if (before.factId !== undefined) entry.factId = before.factId;
			const [, logId] = await Promise.all([
				guard(store.put(toRow(after))),
				tx.objectStore('log').add(entry as ReviewLogEntry & { id: number })
			]);
			return { schedule: after, logId };
		});
		this.afterRealUse();
		return result;
	}

	/**
	 * Takes back the latest rating (of a deck, or of any deck): the card's schedule returns to
	 * exactly what it was before (suspended/retired flags set since are kept) and the log entry
	 * is removed, in one transaction. Null when there is nothing to undo.
	 */
	async undoLastReview(o: { deckId?: string } = {}): Promise<{
		cardId: string;
		deckId: string;
		/** The restored schedule, so the UI can put the card back in front. */
		schedule: CardSchedule;
	} | null> {
		return this.run(['schedules', 'log'], 'readwrite', async (tx) => {
			const log = tx.objectStore('log');
			const cursor = o.deckId
				? await log
						.index('deck_time')
						.openCursor(IDBKeyRange.bound([o.deckId, -Infinity], [o.deckId, Infinity]), 'prev')
				: await log.openCursor(null, 'prev');
			if (!cursor) return null;
			const entry = cursor.value;
			const store = tx.objectStore('schedules');
			const current = await store.get([entry.deckId, entry.cardId]);
			const restored: CardSchedule = {
				...entry.before,
				suspended: current?.suspended ?? entry.before.suspended,
				retired: current?.retired ?? entry.before.retired
			};
			await Promise.all([guard(store.put(toRow(restored))), guard(log.delete(entry.id))]);
			return { cardId: entry.cardId, deckId: entry.deckId, schedule: restored };
		});
	}

	/** Suspends or unsuspends a card (suspended cards never appear in the queue). */
	async setSuspended(o: { cardId: string; deckId?: string; suspended: boolean }): Promise<void> {
		await this.run(['schedules'], 'readwrite', async (tx) => {
			const store = tx.objectStore('schedules');
			const row = await CitecardsDb.findSchedule(store, o.cardId, o.deckId);
			await store.put(
				toRow({ ...fromRow(row as typeof row & { q: number }), suspended: o.suspended })
			);
		});
	}

	/** How a study session went: reviews since `since`, share of Again, time spent, next due card. */
	async sessionSummary(o: { deckId: string; since: number }): Promise<{
		reviewed: number;
		againRate: number;
		timeMs: number;
		nextDue?: number;
	}> {
		return this.run(['schedules', 'log'], 'readonly', async (tx) => {
			const index = tx.objectStore('schedules').index('deck_q_due');
			const [entries, learning, review] = await Promise.all([
				tx
					.objectStore('log')
					.index('deck_time')
					.getAll(IDBKeyRange.bound([o.deckId, o.since], [o.deckId, Infinity])),
				index.get(bucketRange(o.deckId, Q.learning)),
				index.get(bucketRange(o.deckId, Q.review))
			]);
			const again = entries.filter((e) => e.rating === 1).length;
			const dues = [learning?.due, review?.due].filter((d): d is number => d !== undefined);
			const out: { reviewed: number; againRate: number; timeMs: number; nextDue?: number } = {
				reviewed: entries.length,
				againRate: entries.length ? again / entries.length : 0,
				timeMs: entries.reduce((sum, e) => sum + e.durationMs, 0)
			};
			if (dues.length) out.nextDue = Math.min(...dues);
			return out;
		});
	}

	// ---- browsing ----

	/**
	 * Cards of a deck in deck order, filtered; retired cards only when asked for. Reads the whole
	 * deck unless filtered by source (index) or state (reads that bucket's schedules).
	 */
	async listCards(o: CardFilter): Promise<CardWithSchedule[]> {
		return this.run(['cards', 'schedules'], 'readonly', async (tx) => {
			const range = deckRange(o.deckId);
			const q =
				o.state === undefined
					? undefined
					: o.state === 'new'
						? Q.new
						: o.state === 'learning'
							? Q.learning
							: o.state === 'review'
								? Q.review
								: o.state === 'suspended'
									? Q.suspended
									: Q.retired;
			const cards = tx.objectStore('cards');
			const schedulesStore = tx.objectStore('schedules');
			// A source filter reads only the cards citing it (by-source index), then their schedules.
			const rowsP = o.sourceId
				? cards.index('source').getAll([o.deckId, o.sourceId])
				: cards.getAll(range);
			const schedulesP =
				q !== undefined
					? schedulesStore.index('deck_q_due').getAll(bucketRange(o.deckId, q))
					: o.sourceId
						? rowsP.then((rows) =>
								Promise.all(rows.map((r) => schedulesStore.get([r.deckId, r.cardId])))
							)
						: schedulesStore.getAll(range);
			const [rows, found] = await Promise.all([rowsP, schedulesP]);
			const schedules = found.filter((x): x is NonNullable<typeof x> => Boolean(x));
			const byId = new Map(schedules.map((s) => [s.cardId, s]));
			const needle = o.query?.trim().toLowerCase();
			const out: Array<CardWithSchedule & { position: number }> = [];
			for (const row of rows) {
				const s = byId.get(row.cardId);
				if (!s) continue;
				if (q === undefined && s.retired) continue;
				const card = row.card;
				if (o.type && !hasForm(card, o.type)) continue;
				if (o.tag && !card.tags.includes(o.tag)) continue;
				if (o.sourceId && !card.citations.some((c) => c.source === o.sourceId)) continue;
				if (needle && !`${card.question}\n${card.answer}`.toLowerCase().includes(needle)) continue;
				out.push({ card, schedule: fromRow(s), position: row.position });
			}
			out.sort((a, b) => a.position - b.position);
			const page = o.limit === undefined ? out : out.slice(0, Math.max(0, o.limit));
			return page.map(({ card, schedule }) => ({ card, schedule }));
		});
	}

	/** One card with its schedule and review history (oldest first), or null. */
	async getCard(o: { cardId: string; deckId?: string }): Promise<{
		card: Card;
		schedule: CardSchedule;
		history: ReviewLogEntry[];
		deckId: string;
	} | null> {
		return this.run(['cards', 'schedules', 'log'], 'readonly', async (tx) => {
			const store = tx.objectStore('schedules');
			const row = o.deckId
				? await store.get([o.deckId, o.cardId])
				: await store.index('cardId').get(o.cardId);
			if (!row) return null;
			const [cardRow, history] = await Promise.all([
				tx.objectStore('cards').get([row.deckId, row.cardId]),
				tx.objectStore('log').index('cardId').getAll(row.cardId)
			]);
			if (!cardRow) return null;
			return {
				card: cardRow.card,
				schedule: fromRow(row),
				history: history
					.filter((e) => e.deckId === row.deckId)
					.sort((a, b) => a.reviewedAt - b.reviewedAt || a.id - b.id),
				deckId: row.deckId
			};
		});
	}

	/** The deck's current sources in deck order (sources dropped by an update are left out). */
	async listSources(o: { deckId: string }): Promise<Source[]> {
		return this.run(['sources'], 'readonly', async (tx) => {
			const rows = await tx.objectStore('sources').getAll(deckRange(o.deckId));
			return rows
				.filter((r) => !r.retired)
				.sort((a, b) => a.position - b.position)
				.map((r) => r.source);
		});
	}

	/** A source by id, including one dropped by an update (old cards still cite it), or null. */
	async getSource(o: { deckId: string; sourceId: string }): Promise<Source | null> {
		return this.run(['sources'], 'readonly', async (tx) => {
			const row: SourceRow | undefined = await tx
				.objectStore('sources')
				.get([o.deckId, o.sourceId]);
			return row?.source ?? null;
		});
	}

	/** The character ranges of a source that current cards cite, in order, with the citing cards. */
	async citedRanges(o: {
		deckId: string;
		sourceId: string;
	}): Promise<Array<{ start: number; end: number; cardIds: string[] }>> {
		return this.run(['cards', 'schedules'], 'readonly', async (tx) => {
			const [rows, retired] = await Promise.all([
				tx.objectStore('cards').index('source').getAll([o.deckId, o.sourceId]),
				tx.objectStore('schedules').index('deck_q_due').getAllKeys(bucketRange(o.deckId, Q.retired))
			]);
			const gone = new Set(retired.map((key) => key[1]));
			const ranges = new Map<string, { start: number; end: number; cardIds: string[] }>();
			for (const row of rows as CardRow[]) {
				if (gone.has(row.cardId)) continue;
				for (const c of row.card.citations) {
					if (c.source !== o.sourceId) continue;
					const key = `${c.start}:${c.end}`;
					let r = ranges.get(key);
					if (!r) ranges.set(key, (r = { start: c.start, end: c.end, cardIds: [] }));
					if (!r.cardIds.includes(row.cardId)) r.cardIds.push(row.cardId);
				}
			}
			return [...ranges.values()].sort((a, b) => a.start - b.start || a.end - b.end);
		});
	}

	// ---- settings ----

	/** The stored settings over the defaults. */
	async getSettings(): Promise<Settings> {
		return this.run(['meta'], 'readonly', (tx) => this.readSettings(tx));
	}

	/** Validates and saves settings (SettingsInvalidError lists problems; nothing saved then). */
	async saveSettings(o: { settings: Settings }): Promise<void> {
		const problems = settingsProblems(o.settings);
		if (problems.length) throw new SettingsInvalidError(problems);
		await this.run(['meta'], 'readwrite', async (tx) => {
			await tx.objectStore('meta').put(pickSettings(o.settings), META_SETTINGS);
		});
	}

	// ---- backup ----

	/** Everything stored, as one JSON-ready object. */
	async exportBackup(o: { now: number }): Promise<Backup> {
		return this.run(
			['decks', 'cards', 'sources', 'schedules', 'log', 'meta'],
			'readonly',
			async (tx) => {
				const [decks, cards, sources, schedules, log, settings] = await Promise.all([
					tx.objectStore('decks').getAll(),
					tx.objectStore('cards').getAll(),
					tx.objectStore('sources').getAll(),
					tx.objectStore('schedules').getAll(),
					tx.objectStore('log').getAll(),
					this.readSettings(tx)
				]);
				return {
					format: BACKUP_FORMAT,
					version: BACKUP_VERSION,
					exportedAt: new Date(o.now).toISOString(),
					decks,
					cards: cards.map(fromCardRow),
					sources,
					schedules: schedules.map(fromRow),
					log,
					settings
				};
			}
		);
	}

	/**
	 * Replaces everything with a backup, in one transaction. A bad backup throws
	 * BackupInvalidError listing the problems and changes nothing.
	 */
	async restoreBackup(o: { data: unknown }): Promise<void> {
		const { parseBackup } = await import('./backup');
		const parsed = parseBackup(o.data);
		if (!parsed.ok) throw new BackupInvalidError(parsed.errors);
		const b = parsed.backup;
		await this.run(
			['decks', 'cards', 'sources', 'schedules', 'log', 'meta'],
			'readwrite',
			async (tx) => {
				const names = ['decks', 'cards', 'sources', 'schedules', 'log', 'meta'] as const;
				await Promise.all(names.map((n) => guard(tx.objectStore(n).clear())));
				const writes: Promise<unknown>[] = [];
				for (const d of b.decks) writes.push(guard(tx.objectStore('decks').put(d)));
				for (const c of b.cards) writes.push(guard(tx.objectStore('cards').put(toCardRow(c))));
				for (const s of b.sources) writes.push(guard(tx.objectStore('sources').put(s)));
				for (const s of b.schedules) writes.push(guard(tx.objectStore('schedules').put(toRow(s))));
				for (const e of b.log) writes.push(guard(tx.objectStore('log').put(e)));
				writes.push(guard(tx.objectStore('meta').put(b.settings, META_SETTINGS)));
				await Promise.all(writes);
			}
		);
	}
}
