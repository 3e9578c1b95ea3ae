/**
 * Studying more once today's cards are done: the cards for extra new cards, reviewing ahead and
 * practising today's failures (`srs/more.ts` picks them), and practice ratings, logged as practice
 * with the schedule left as it was.
 */
import { studyDayStart } from '../srs/day';
import {
	extraNewCards,
	failedTodayIds,
	practiceEntry,
	reviewAheadCards,
	type MoreKind
} from '../srs/more';
import type { CardSchedule, Rating, ReviewLogEntry } from '../srs/types';
import { CardNotFoundError } from './errors';
import { countReviews } from './review-days';
import { fromRow, Q } from './schema';
import { readSettings } from './settings';
import type { CardWithSchedule } from './study';
import { bucketRange, type ReadTx, type WriteTx } from './tx';

/** How many cards one "study more" round offers. */
export const MORE_COUNT = 10;
/** How many days ahead reviewing ahead looks. */
export const AHEAD_DAYS = 7;

/** The cards of one round of studying more, with their cards, in study order. */
export async function moreWindow(
	tx: ReadTx,
	o: { deckId: string; now: number; kind: MoreKind; count?: number }
): Promise<CardWithSchedule[]> {
	const settings = await readSettings(tx);
	const count = o.count ?? MORE_COUNT;
	const dayStart = studyDayStart({ now: o.now, dayStartHour: settings.dayStartHour });
	const index = tx.objectStore('schedules').index('deck_q_due');
	const todayLog = () =>
		tx
			.objectStore('log')
			.index('deck_time')
			.getAll(IDBKeyRange.bound([o.deckId, dayStart], [o.deckId, Infinity]));
	let picked: CardSchedule[];
	if (o.kind === 'new') {
		const [log, news] = await Promise.all([
			todayLog(),
			index.getAll(bucketRange(o.deckId, Q.new), count * 3 + 20)
		]);
		const studiedFacts = new Set(log.flatMap((e) => (e.factId ? [e.factId] : [])));
		picked = extraNewCards({ schedules: news.map(fromRow), studiedFacts, count });
	} else if (o.kind === 'ahead') {
		const until = o.now + (AHEAD_DAYS + 2) * 86_400_000;
		const rows = await index.getAll(bucketRange(o.deckId, Q.review, until));
		picked = reviewAheadCards({
			schedules: rows.map(fromRow),
			now: o.now,
			settings,
			days: AHEAD_DAYS,
			count
		});
	} else {
		const ids = failedTodayIds({ log: await todayLog(), dayStart }).slice(0, count);
		const rows = await Promise.all(
			ids.map((id) => tx.objectStore('schedules').get([o.deckId, id]))
		);
		picked = rows.flatMap((r) => (r && !r.retired && !r.suspended ? [fromRow(r)] : []));
	}
	const cards = tx.objectStore('cards');
	const rows = await Promise.all(picked.map((s) => cards.get([s.deckId, s.cardId])));
	return picked.flatMap((schedule, i) => {
		const row = rows[i];
		return row ? [{ card: row.card, schedule }] : [];
	});
}

/** A practice rating: logged as practice; the card's schedule does not change. */
export async function recordPractice(
	tx: WriteTx,
	o: { cardId: string; deckId: string; rating: Rating; now: number; durationMs: number }
): Promise<{ logId: number }> {
	const row = await tx.objectStore('schedules').get([o.deckId, o.cardId]);
	if (!row) throw new CardNotFoundError(o.cardId);
	const entry = practiceEntry({ schedule: fromRow(row), ...o });
	const [logId] = await Promise.all([
		tx.objectStore('log').add(entry as ReviewLogEntry & { id: number }),
		countReviews(tx, [entry])
	]);
	return { logId };
}
