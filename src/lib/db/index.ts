/**
 * The database (IndexedDB via idb; the only module that touches it). All dates are epoch ms.
 * `database.ts` is a facade: each call is one transaction handed to the module of its concern
 * (decks.ts, study.ts, browse.ts, sources.ts, settings.ts, backup-io.ts; connection.ts opens it).
 *
 * `openDb({ name?, onBlocked?, onVersionChange? })` → `CitecardsDb`, one transaction per call:
 * - decks: `listDecks({ now })` (with today's counts), `deckCounts`, `hasDeck`, `getDeck`,
 *   `readDeck({ deckId })` (the deck as a deck file holds it),
 *   `importDeck({ deck, now })` (validate with parseDeck, then merge by card id; retire, never delete),
 *   `importBundledDeck({ deck, now })` (the same merge for the bundled deck, checked when it was built),
 *   `getConflicts({ deckId, ids })`, `addDeck({ deck, intoDeckId?, now })` (a deck made from
 *   articles in the app, new or merged into a stored one by card and fact id; add-deck.ts).
 * - import and editing: `importFile({ deck, progress?, now })` (a file's deck with its review
 *   history), `saveCard`, `deleteCard` / `restoreCard` (undo), `setCardFlags` (bury, flag),
 *   `renameDeck`, `deckLoss`, `resetDeck`, `deleteDeck`.
 * - study: `getStudyQueue({ deckId, now, limit? })`, `getStudyWindow({ deckId, now, limit? })` (first cards + total), `recordReview({ cardId, rating, now, durationMs })`
 *   (schedule + log in one transaction), `undoLastReview({ deckId? })`, `setSuspended`,
 *   `sessionSummary({ deckId, since })`; studying more (more.ts): `getMoreWindow({ deckId, now, kind })`,
 *   `recordPractice(...)` (logged as practice, schedule unchanged).
 * - stats (stats.ts): `getStats({ now })`, `getSourceKnowledge({ now })` (`loadStatsReads()` loads
 *   their module ahead); preferences.ts: `getPreference` / `savePreference({ name, value })`.
 * - browse: `listCards(filter)`, `browseCards({ ...filter, after?, limit })` (one page in deck order),
 *   `deckTags`, `getCard({ cardId })` (with history), `listSources`, `getSource`,
 *   `citedRanges({ deckId, sourceId })`.
 * - settings: `getSettings()`, `saveSettings({ settings })`; backup: `exportBackup({ now })`,
 *   `restoreBackup({ data })` (validated, each deck checked like a deck import, all-or-nothing; a
 *   version 1 backup is folded to deck format 2; what it replaces is kept as the safety copy),
 *   `safetyCopy()`, `safetyCopyBackup()`, `undoRestore()` (go back to the data before the restore);
 *   `requestPersistence()`; `close()`.
 * Errors are typed (errors.ts): DeckInvalidError, BackupInvalidError, SettingsInvalidError,
 * StorageFullError (quota; nothing lost), DbVersionChangedError (reload), DbNewerThanAppError (data from a newer version: reloading cannot help), DbUnavailableError,
 * CardNotFoundError — all DbError with a `code` and a message fit for the user.
 * Card ids are unique within a deck; pass `deckId` along with `cardId` when you have it.
 */
export { openDb, CitecardsDb, loadStatsReads } from './database';
export type {
	OpenDbOptions,
	DeckCounts,
	DeckSummary,
	ImportResult,
	AddDeckResult,
	CardWithSchedule,
	CardFilter,
	BrowseCursor,
	BrowsePage,
	CitedRangeRow,
	DeckLoss,
	DeletedCard,
	ImportProgress,
	SafetyCopyInfo,
	SourceKnowledgeReport,
	StatsReport
} from './database';
export * from './errors';
export { requestPersistence, type PersistenceResult } from './persist';
export { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format';
export {
	DB_NAME,
	DB_VERSION,
	MIGRATIONS,
	type DeckRow,
	type CardRow,
	type SourceRow
} from './schema';
// merge.ts loads with the bulk writer when a deck is first written (database.ts): types only here.
export type { MergePlan } from './merge';
