/**
 * CitecardsDb: the app's database, a thin facade. Each method opens one transaction over the stores it
 * needs and hands it to the module of its concern (decks, study, browse, sources, settings,
 * backup-io), so every call is all-or-nothing; `srs` runs inside those transactions (queue, ratings).
 */
import type { Card, Conflict, Deck, Source } from '../deck/schema';
import { DECK_FORMAT, DECK_VERSION } from '../deck/version';
import type { MoreKind } from '../srs/more';
import type { AddDeckResult } from './add-deck';
import type { CardSchedule, Rating, ReviewLogEntry, Settings } from '../srs/types';
import {
	BACKUP_STORES,
	describeSafetyCopy,
	readBackup,
	readSafetyCopy,
	replaceKeepingCopy,
	RESTORE_STORES,
	type SafetyCopyInfo
} from './backup-io';
import type { Backup } from './backup-format';
import {
	browseCards,
	deckTags,
	getCard,
	listCards,
	type BrowseCursor,
	type BrowsePage,
	type CardFilter
} from './browse';
import { Connection, type OpenDbOptions } from './connection';
import * as decks from './decks';
import * as edit from './edit';
import { writeDeck } from './write-deck';
import type { DeckLoss, DeletedCard } from './edit';
import { writeImported, type ImportProgress } from './import';
import type { DeckCounts, DeckSummary, ImportResult } from './decks';
import { BackupInvalidError, DeckInvalidError } from './errors';
import { moreWindow, recordPractice } from './more';
import { requestPersistence, type PersistenceResult } from './persist';
import type { DeckRow } from './schema';
import { readPreference, writePreference } from './preferences';
import { checkSettings, readSettings, writeSettings } from './settings';
import { citedRanges, getSource, listSources, type CitedRangeRow } from './sources';
import { SUMMARY_STORES } from './review-days';
import type { SourceKnowledgeReport, StatsReport } from './stats';
import * as study from './study';
import type { CardWithSchedule } from './study';

export type { OpenDbOptions } from './connection';
export type { AddDeckResult } from './add-deck';
export type { DeckCounts, DeckSummary, ImportResult } from './decks';
export type { CardWithSchedule } from './study';
export type { BrowseCursor, BrowsePage, CardFilter } from './browse';
export type { DeckLoss, DeletedCard } from './edit';
export type { ImportProgress } from './import';
export type { SourceKnowledgeReport, StatsReport } from './stats';
export type { CitedRangeRow } from './sources';
export type { SafetyCopyInfo } from './backup-io';

/**
 * The schema (zod), the bulk writer and the merge planner, loaded when a deck is first written (so
 * the pages that only study do not carry them) and before its transaction starts (it would end
 * while a module loads). They import nothing the study page carries (what they need is handed in),
 * or the bundler would split the database chunk around them and the study page would grow.
 */
const loadWriting = () =>
	Promise.all([import('../deck/schema'), import('./bulk'), import('./merge')]);

/**
 * The Stats page's reads (stats.ts), loaded with that page rather than with every page that studies.
 * The page starts loading them as it opens, so they are in by the time the database is.
 */
export const loadStatsReads = () => import('./stats');

/** Opens (creating or upgrading) the database. Connection loss is handled: the next call reopens. */
export async function openDb(o: OpenDbOptions = {}): Promise<CitecardsDb> {
	const db = new CitecardsDb(o);
	await db.ready();
	return db;
}

/** The app's database. Every method is one transaction; every error is mapped to a typed DbError. */
export class CitecardsDb {
	readonly name: string;
	private readonly connection: Connection;
	private persistenceAsked = false;

	constructor(o: OpenDbOptions = {}) {
		this.connection = new Connection(o);
		this.name = this.connection.name;
	}

	/** Resolves once the database is open (and upgraded). */
	async ready(): Promise<void> {
		await this.connection.get();
	}

	/** Closes the connection; later calls fail. */
	close(): void {
		this.connection.close();
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

	// ---- decks ----

	/** All decks with today's counts. Reads per deck only today's log and the cards due today. */
	listDecks(o: { now: number }): Promise<DeckSummary[]> {
		return this.connection.run(['decks', 'schedules', 'log', 'meta'], 'readonly', (tx) =>
			decks.listDecks(tx, o)
		);
	}

	/** Today's counts for one deck (null if there is no such deck). */
	deckCounts(o: { deckId: string; now: number }): Promise<DeckCounts | null> {
		return this.connection.run(['decks', 'schedules', 'log', 'meta'], 'readonly', (tx) =>
			decks.deckCounts(tx, o)
		);
	}

	/** Whether a deck with this id is stored. */
	hasDeck(o: { deckId: string }): Promise<boolean> {
		return this.connection.run(['decks'], 'readonly', async (tx) =>
			Boolean(await tx.objectStore('decks').count(o.deckId))
		);
	}

	/** The stored deck metadata (title, counts, conflicts), or null. */
	getDeck(o: { deckId: string }): Promise<DeckRow | null> {
		return this.connection.run(['decks'], 'readonly', (tx) => decks.getDeck(tx, o));
	}

	/**
	 * One deck as a deck file (format 2) holds it, or null: current cards in deck order, current
	 * sources, retired sources still cited, disagreements. What an export writes.
	 */
	readDeck(o: { deckId: string }): Promise<Deck | null> {
		return this.connection.run(['decks', 'cards', 'sources', 'schedules'], 'readonly', (tx) =>
			decks.readDeck(tx, o)
		);
	}

	/**
	 * Validates a deck (throws DeckInvalidError listing the problems, writing nothing) and merges it
	 * by card id in one transaction: unchanged and changed cards keep schedule and history, new
	 * cards are added, vanished cards are retired (kept, never deleted).
	 */
	async importDeck(o: { deck: unknown; now: number }): Promise<ImportResult> {
		const [{ parseDeck }, { putAll }, { planMerge }] = await loadWriting();
		const parsed = parseDeck(o.deck);
		if (!parsed.ok) throw new DeckInvalidError(parsed.errors);
		const result = await this.connection.run(
			['decks', 'cards', 'sources', 'schedules', ...SUMMARY_STORES],
			'readwrite',
			(tx) => writeDeck(tx, { deck: parsed.deck, now: o.now, putAll, planMerge })
		);
		this.afterRealUse();
		return result;
	}

	/**
	 * Stores the deck bundled with the app (static/decks/seed-deck.json), merged as `importDeck`
	 * merges. Not checked again: `npm run generate` writes it only as parseDeck returned it, and it
	 * comes with the app's own code, so a first visit does not load the deck schema (zod) and check
	 * every card for it. A file of another deck format (another version of the app) is refused.
	 */
	async importBundledDeck(o: { deck: Deck; now: number }): Promise<ImportResult> {
		const { deck } = o;
		if (deck?.format !== DECK_FORMAT || deck.version !== DECK_VERSION)
			throw new DeckInvalidError([
				`the bundled deck is not a ${DECK_FORMAT} file of version ${DECK_VERSION}`
			]);
		const [{ putAll }, { planMerge }] = await Promise.all([import('./bulk'), import('./merge')]);
		const result = await this.connection.run(
			['decks', 'cards', 'sources', 'schedules', ...SUMMARY_STORES],
			'readwrite',
			(tx) => writeDeck(tx, { deck, now: o.now, putAll, planMerge })
		);
		this.afterRealUse();
		return result;
	}

	/**
	 * Saves a deck made from articles in the app, in one transaction: a new deck, or (with
	 * `intoDeckId`) merged into a stored deck by card and fact id, keeping review history and edited
	 * cards. Invalid results throw DeckInvalidError and write nothing.
	 */
	async addDeck(o: { deck: Deck; intoDeckId?: string; now: number }): Promise<AddDeckResult> {
		// Loaded when first used, like the schema, so the study page does not carry them.
		const [[{ parseDeck }, { putAll }, { planMerge }], { addDeck }] = await Promise.all([
			loadWriting(),
			import('./add-deck')
		]);
		const result = await this.connection.run(
			['decks', 'cards', 'sources', 'schedules', ...SUMMARY_STORES],
			'readwrite',
			(tx) => addDeck(tx, { ...o, parse: parseDeck, putAll, planMerge })
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

	// ---- importing and editing (import.ts, edit.ts) ----

	/**
	 * Imports a deck read from a file (validated here; DeckInvalidError and nothing written when it
	 * is not valid) with the file's review history and suspended cards, in one transaction.
	 */
	async importFile(o: {
		deck: unknown;
		progress?: ImportProgress;
		now: number;
		/** Rows written so far, of all the import writes (cards, schedules, sources, log). */
		onProgress?: (done: number, total: number) => void;
	}): Promise<ImportResult & { reviews: number }> {
		const [[{ isCheckedDeck, parseDeck }, { putAll }, { planMerge }], { applyProgress }] =
			await Promise.all([loadWriting(), import('./replay')]);
		// A deck the importer read was checked there (every card, as here): not twice.
		const parsed = isCheckedDeck(o.deck) ? { ok: true as const, deck: o.deck } : parseDeck(o.deck);
		if (!parsed.ok) throw new DeckInvalidError(parsed.errors);
		const result = await this.connection.run(
			['decks', 'cards', 'sources', 'schedules', 'log', 'meta', ...SUMMARY_STORES],
			'readwrite',
			(tx) =>
				writeImported(tx, {
					deck: parsed.deck,
					progress: o.progress,
					now: o.now,
					onProgress: o.onProgress,
					putAll,
					planMerge,
					applyProgress
				})
		);
		this.afterRealUse();
		return result;
	}

	/** Saves a card's new content (checked by `deck/edit.ts` `editCard`); schedule and history stay. */
	saveCard(o: { deckId: string; card: Card }): Promise<void> {
		return this.connection.run(['cards'], 'readwrite', (tx) => edit.saveCard(tx, o));
	}

	/** Adds a card written by hand (its citation checked against the stored source), new and last. */
	addCard(o: { deckId: string; card: Card }): Promise<void> {
		return this.connection.run(
			['decks', 'cards', 'sources', 'schedules', ...SUMMARY_STORES],
			'readwrite',
			(tx) => edit.addCard(tx, o)
		);
	}

	/** Deletes a card with its schedule and history; returns what `restoreCard` needs to undo it. */
	deleteCard(o: { deckId: string; cardId: string }): Promise<DeletedCard> {
		return this.connection.run(
			['decks', 'cards', 'schedules', 'log', ...SUMMARY_STORES],
			'readwrite',
			(tx) => edit.deleteCard(tx, o)
		);
	}

	/** Puts a deleted card back exactly as it was. */
	restoreCard(o: { deleted: DeletedCard }): Promise<void> {
		return this.connection.run(
			['decks', 'cards', 'schedules', 'log', ...SUMMARY_STORES],
			'readwrite',
			(tx) => edit.restoreCard(tx, o)
		);
	}

	/** Buries a card until a time (null unburies) and/or flags it. */
	setCardFlags(o: {
		deckId: string;
		cardId: string;
		buriedUntil?: number | null;
		flagged?: boolean;
	}): Promise<CardSchedule> {
		return this.connection.run(['schedules'], 'readwrite', (tx) => edit.setCardFlags(tx, o));
	}

	/** Renames a deck. */
	renameDeck(o: { deckId: string; title: string }): Promise<void> {
		return this.connection.run(['decks'], 'readwrite', (tx) => edit.renameDeck(tx, o));
	}

	/** What a deck holds (cards, articles, ratings), for a confirmation before it is reset or deleted. */
	deckLoss(o: { deckId: string }): Promise<DeckLoss> {
		return this.connection.run(['cards', 'sources', 'schedules', 'log'], 'readonly', (tx) =>
			edit.deckLoss(tx, o)
		);
	}

	/** Makes every card of a deck new again and deletes its ratings, in one transaction. */
	resetDeck(o: { deckId: string; now: number }): Promise<void> {
		return this.connection.run(
			['cards', 'schedules', 'log', ...SUMMARY_STORES],
			'readwrite',
			(tx) => edit.resetDeck(tx, o)
		);
	}

	/** Deletes a deck with everything it holds, in one transaction. */
	deleteDeck(o: { deckId: string }): Promise<void> {
		return this.connection.run(
			['decks', 'cards', 'sources', 'schedules', 'log', ...SUMMARY_STORES],
			'readwrite',
			(tx) => edit.deleteDeck(tx, o)
		);
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
	getStudyWindow(o: {
		deckId: string;
		now: number;
		limit?: number;
	}): Promise<{ items: CardWithSchedule[]; total: number }> {
		return this.connection.run(['cards', 'schedules', 'log', 'meta'], 'readonly', (tx) =>
			study.studyWindow(tx, o)
		);
	}

	/** Rates a card: the new schedule and its log entry are written in one transaction. */
	async recordReview(o: {
		cardId: string;
		/** Needed only if the same card id exists in several decks. */
		deckId?: string;
		rating: Rating;
		now: number;
		durationMs: number;
		/**
		 * The schedule the caller showed: when the stored one has moved on (another tab rated the card
		 * first), nothing is written and ReviewConflictError says so.
		 */
		expected?: CardSchedule;
	}): Promise<{ schedule: CardSchedule; logId: number }> {
		const result = await this.connection.run(
			['schedules', 'log', 'meta', ...SUMMARY_STORES],
			'readwrite',
			(tx) => study.recordReview(tx, o)
		);
		this.afterRealUse();
		return result;
	}

	/**
	 * Takes back the latest rating (of a deck, or of any deck): the card's schedule returns to
	 * exactly what it was before (suspended/retired flags set since are kept) and the log entry
	 * is removed, in one transaction. Null when there is nothing to undo.
	 */
	undoLastReview(o: { deckId?: string } = {}): Promise<{
		cardId: string;
		deckId: string;
		/** The restored schedule, so the UI can put the card back in front. */
		schedule: CardSchedule;
	} | null> {
		return this.connection.run(['schedules', 'log', ...SUMMARY_STORES], 'readwrite', (tx) =>
			study.undoLastReview(tx, o)
		);
	}

	/**
	 * Once today's cards are done, one round of studying more: extra new cards, reviews due in the
	 * next days taken early (both real reviews), or today's failed cards to practise.
	 */
	getMoreWindow(o: {
		deckId: string;
		now: number;
		kind: MoreKind;
		count?: number;
	}): Promise<CardWithSchedule[]> {
		return this.connection.run(['cards', 'schedules', 'log', 'meta'], 'readonly', (tx) =>
			moreWindow(tx, o)
		);
	}

	/** Logs a practice rating (studying more, a self-test); the card's schedule stays as it is. */
	recordPractice(o: {
		cardId: string;
		deckId: string;
		rating: Rating;
		now: number;
		durationMs: number;
	}): Promise<{ logId: number }> {
		return this.connection.run(['schedules', 'log', ...SUMMARY_STORES], 'readwrite', (tx) =>
			recordPractice(tx, o)
		);
	}

	/** Suspends or unsuspends a card (suspended cards never appear in the queue). */
	setSuspended(o: { cardId: string; deckId?: string; suspended: boolean }): Promise<void> {
		return this.connection.run(['schedules', ...SUMMARY_STORES], 'readwrite', (tx) =>
			study.setSuspended(tx, o)
		);
	}

	/** How a study session went: reviews since `since`, share of Again, time spent, next due card. */
	sessionSummary(o: { deckId: string; since: number }): Promise<{
		reviewed: number;
		againRate: number;
		timeMs: number;
		nextDue?: number;
	}> {
		return this.connection.run(['schedules', 'log'], 'readonly', (tx) =>
			study.sessionSummary(tx, o)
		);
	}

	// ---- browsing ----

	/**
	 * Cards of a deck in deck order, filtered; retired cards only when asked for. Reads the whole
	 * deck unless filtered by source (index) or state (reads that bucket's schedules).
	 */
	listCards(o: CardFilter): Promise<CardWithSchedule[]> {
		return this.connection.run(['cards', 'schedules'], 'readonly', (tx) => listCards(tx, o));
	}

	/**
	 * One page of the deck browser: up to `limit` cards in deck order matching the filter, from
	 * `after` (the previous page's `next`); reads about as many rows as it shows when unfiltered.
	 */
	browseCards(o: CardFilter & { after?: BrowseCursor; limit: number }): Promise<BrowsePage> {
		return this.connection.run(['decks', 'cards', 'schedules'], 'readonly', (tx) =>
			browseCards(tx, o)
		);
	}

	/** Every tag the deck's cards use, sorted (a step per tag, not a read per card). */
	deckTags(o: { deckId: string }): Promise<string[]> {
		return this.connection.run(['cards'], 'readonly', (tx) => deckTags(tx, o));
	}

	/** One card with its schedule and review history (oldest first), or null. */
	getCard(o: { cardId: string; deckId?: string }): Promise<{
		card: CardWithSchedule['card'];
		schedule: CardSchedule;
		history: ReviewLogEntry[];
		deckId: string;
	} | null> {
		return this.connection.run(['cards', 'schedules', 'log'], 'readonly', (tx) => getCard(tx, o));
	}

	// ---- sources ----

	/** The deck's current sources in deck order (sources dropped by an update are left out). */
	listSources(o: { deckId: string }): Promise<Source[]> {
		return this.connection.run(['sources'], 'readonly', (tx) => listSources(tx, o));
	}

	/** A source by id, including one dropped by an update (old cards still cite it), or null. */
	getSource(o: { deckId: string; sourceId: string }): Promise<Source | null> {
		return this.connection.run(['sources'], 'readonly', (tx) => getSource(tx, o));
	}

	/**
	 * The character ranges of a source that current cards cite, in order, with the citing cards
	 * (at most `perRange` listed per range) and how many cite each.
	 */
	citedRanges(o: {
		deckId: string;
		sourceId: string;
		perRange?: number;
	}): Promise<CitedRangeRow[]> {
		return this.connection.run(['cards', 'schedules'], 'readonly', (tx) => citedRanges(tx, o));
	}

	// ---- stats ----

	/**
	 * The Stats page's charts: reviews ahead and past, streak, retention by week, cards by state,
	 * from the summaries alone (`stats.sources` is empty: see getSourceKnowledge).
	 */
	async getStats(o: { now: number }): Promise<StatsReport> {
		const { readStats } = await loadStatsReads();
		return this.connection.run(['decks', 'meta', ...SUMMARY_STORES], 'readonly', (tx) =>
			readStats(tx, o)
		);
	}

	/** How well each source is known now: reads every card's schedule, so slower than getStats. */
	async getSourceKnowledge(o: { now: number }): Promise<SourceKnowledgeReport> {
		const { readSourceKnowledge } = await loadStatsReads();
		return this.connection.run(['cards', 'sources', 'schedules'], 'readonly', (tx) =>
			readSourceKnowledge(tx, o)
		);
	}

	// ---- settings ----

	/** The stored settings over the defaults. */
	getSettings(): Promise<Settings> {
		return this.connection.run(['meta'], 'readonly', (tx) => readSettings(tx));
	}

	/** Validates and saves settings (SettingsInvalidError lists problems; nothing saved then). */
	async saveSettings(o: { settings: Settings }): Promise<void> {
		checkSettings(o.settings);
		await this.connection.run(['meta'], 'readwrite', (tx) => writeSettings(tx, o.settings));
	}

	/** A page's remembered choices (export options, self-test set-up), or undefined; unchecked. */
	getPreference(o: { name: string }): Promise<unknown> {
		return this.connection.run(['meta'], 'readonly', (tx) => readPreference(tx, o));
	}

	/** Remembers a page's choices (a JSON-ready value). */
	savePreference(o: { name: string; value: unknown }): Promise<void> {
		return this.connection.run(['meta'], 'readwrite', (tx) => writePreference(tx, o));
	}

	// ---- backup ----

	/** Everything stored, as one JSON-ready object. */
	exportBackup(o: { now: number }): Promise<Backup> {
		return this.connection.run([...BACKUP_STORES], 'readonly', (tx) => readBackup(tx, o));
	}

	/**
	 * Replaces everything with a backup, in one transaction. A bad backup (shape, references, or a
	 * deck failing the deck integrity checks) throws BackupInvalidError listing the problems and
	 * changes nothing. What was stored before is kept, in the same transaction, as the safety copy
	 * (`safetyCopy`, `undoRestore`); it replaces the previous safety copy.
	 */
	async restoreBackup(o: {
		data: unknown;
		now?: number;
		/** What is being restored (a file name), kept with the safety copy. */
		name?: string;
	}): Promise<SafetyCopyInfo> {
		// The backup schema (zod) loads only when a backup is restored.
		const { parseBackup } = await import('./backup');
		const parsed = parseBackup(o.data);
		if (!parsed.ok) throw new BackupInvalidError(parsed.errors);
		return this.connection.run([...RESTORE_STORES], 'readwrite', (tx) =>
			replaceKeepingCopy(tx, parsed.backup, { now: o.now ?? Date.now(), replacedBy: o.name })
		);
	}

	/** What the safety copy taken by the last restore holds, or null if nothing was restored. */
	async safetyCopy(): Promise<SafetyCopyInfo | null> {
		const copy = await this.connection.run(['safety'], 'readonly', (tx) => readSafetyCopy(tx));
		return copy && describeSafetyCopy(copy);
	}

	/** The safety copy as a backup file holds it (to download), or null. */
	async safetyCopyBackup(): Promise<Backup | null> {
		const copy = await this.connection.run(['safety'], 'readonly', (tx) => readSafetyCopy(tx));
		return copy?.backup ?? null;
	}

	/**
	 * Goes back to the data from before the last restore, in one transaction. The data it replaces
	 * becomes the safety copy in turn, so going back can itself be undone. Null if there is no copy.
	 */
	undoRestore(o: { now?: number } = {}): Promise<SafetyCopyInfo | null> {
		return this.connection.run([...RESTORE_STORES], 'readwrite', async (tx) => {
			const copy = await readSafetyCopy(tx);
			if (!copy) return null;
			return replaceKeepingCopy(tx, copy.backup, {
				now: o.now ?? Date.now(),
				replacedBy: 'going back to the data from before the restore'
			});
		});
	}
}
