/** Browsing: a deck's cards filtered and in deck order, one card with its history. */
import type { Card } from '../deck/schema';
import { hasForm } from '../deck/forms';
import type { CardSchedule, ReviewLogEntry } from '../srs/types';
import { fromRow, Q } from './schema';
import type { CardWithSchedule } from './study';
import { bucketRange, deckRange, type ReadTx } from './tx';

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

const BUCKET = {
	new: Q.new,
	learning: Q.learning,
	review: Q.review,
	suspended: Q.suspended,
	retired: Q.retired
} as const;

/**
 * Cards of a deck in deck order, filtered; retired cards only when asked for. Reads the whole
 * deck unless filtered by source (index) or state (reads that bucket's schedules).
 */
export async function listCards(tx: ReadTx, o: CardFilter): Promise<CardWithSchedule[]> {
	const range = deckRange(o.deckId);
	const q = o.state === undefined ? undefined : BUCKET[o.state];
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
}

/** One card with its schedule and review history (oldest first), or null. */
export async function getCard(
	tx: ReadTx,
	o: { cardId: string; deckId?: string }
): Promise<{
	card: Card;
	schedule: CardSchedule;
	history: ReviewLogEntry[];
	deckId: string;
} | null> {
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
}
