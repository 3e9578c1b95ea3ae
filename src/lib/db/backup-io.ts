/**
 * A backup read out of and written into the stores. Apart from `backup.ts` (the zod schema and its
 * checks), which is loaded only when a backup is restored, so no other page carries zod.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format';
import {
	fromCardRow,
	fromRow,
	SAFETY_BEFORE_RESTORE,
	toCardRow,
	toRow,
	type SafetyCopy
} from './schema';
import { replaceAllReviews, replaceAllSchedules, SUMMARY_STORES } from './review-days';
import { META_SETTINGS, readSettings } from './settings';
import { guard, type ReadTx, type WriteTx } from './tx';

/** Every store's rows of the backup. */
export const BACKUP_STORES = ['decks', 'cards', 'sources', 'schedules', 'log', 'meta'] as const;
/** What a restore writes: the backup's stores, the summaries of log and schedules, the safety copy. */
export const RESTORE_STORES = [...BACKUP_STORES, ...SUMMARY_STORES, 'safety'] as const;

/** Everything stored, as one JSON-ready object. */
export async function readBackup(tx: ReadTx, o: { now: number }): Promise<Backup> {
	const [decks, cards, sources, schedules, log, settings] = await Promise.all([
		tx.objectStore('decks').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('sources').getAll(),
		tx.objectStore('schedules').getAll(),
		tx.objectStore('log').getAll(),
		readSettings(tx)
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

/** Replaces everything with a checked backup (`parseBackup`), in the caller's transaction. */
export async function writeBackup(tx: WriteTx, b: Backup): Promise<void> {
	await Promise.all(BACKUP_STORES.map((n) => guard(tx.objectStore(n).clear())));
	const writes: Promise<unknown>[] = [];
	for (const d of b.decks) writes.push(guard(tx.objectStore('decks').put(d)));
	for (const c of b.cards) writes.push(guard(tx.objectStore('cards').put(toCardRow(c))));
	for (const s of b.sources) writes.push(guard(tx.objectStore('sources').put(s)));
	for (const s of b.schedules) writes.push(guard(tx.objectStore('schedules').put(toRow(s))));
	for (const e of b.log) writes.push(guard(tx.objectStore('log').put(e)));
	writes.push(guard(tx.objectStore('meta').put(b.settings, META_SETTINGS)));
	writes.push(replaceAllReviews(tx, b.log), replaceAllSchedules(tx, b.schedules));
	await Promise.all(writes);
}

/** What a safety copy holds, for the UI to describe it without loading it all. */
export interface SafetyCopyInfo {
	takenAt: number;
	replacedBy?: string;
	decks: number;
	cards: number;
	reviews: number;
}

/** Describes a safety copy. */
export function describeSafetyCopy(copy: SafetyCopy): SafetyCopyInfo {
	return {
		takenAt: copy.takenAt,
		replacedBy: copy.replacedBy,
		decks: copy.backup.decks.length,
		cards: copy.backup.cards.length,
		reviews: copy.backup.log.length
	};
}

/** Reads the safety copy taken before the last restore, or null. */
export async function readSafetyCopy(tx: ReadTx): Promise<SafetyCopy | null> {
	return (await tx.objectStore('safety').get(SAFETY_BEFORE_RESTORE)) ?? null;
}

/**
 * Replaces everything with `b`, first keeping what was there as the safety copy, in the caller's
 * transaction (over the backup stores and `safety`): the restore and its copy land together or not at all.
 */
export async function replaceKeepingCopy(
	tx: WriteTx,
	b: Backup,
	o: { now: number; replacedBy?: string }
): Promise<SafetyCopyInfo> {
	const copy: SafetyCopy = {
		takenAt: o.now,
		replacedBy: o.replacedBy,
		backup: await readBackup(tx, o)
	};
	await guard(tx.objectStore('safety').put(copy, SAFETY_BEFORE_RESTORE));
	await writeBackup(tx, b);
	return describeSafetyCopy(copy);
}
