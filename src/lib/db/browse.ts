/** Browsing: a deck's cards filtered and in deck order, one card with its history. */
import type { Card } from '../deck/schema';
import { hasForm } from '../deck/forms';
import type { CardSchedule, ReviewLogEntry } from '../srs/types';
import { fromRow, Q, type StoredCardRow } from './schema';
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

/** Where a page of the browser ended: the last card's place in deck order. */
export interface BrowseCursor {
	position: number;
	cardId: string;
}

/** One page of the deck browser. */
export interface BrowsePage {
	items: CardWithSchedule[];
	/** Where the next page starts, or null when this was the last. */
	next: BrowseCursor | null;
	/** How many cards match in all, when known without counting (no filter: the deck's card count). */
	total: number | null;
}

/** Rows read per step while walking the deck for a page. */
const CHUNK = 400;

/**
 * One page of a deck's cards in deck order, filtered like listCards, starting after `after`. Walks
 * the [deckId, position] index in chunks and stops once the page is full, so the first page of a
 * 100,000-card deck reads a few hundred rows. A filter that matches few cards reads further (up to
 * the whole deck).
 */
export async function browseCards(
	tx: ReadTx,
	o: CardFilter & { after?: BrowseCursor; limit: number }
): Promise<BrowsePage> {
	const limit = Math.max(1, Math.floor(o.limit));
	const q = o.state === undefined ? undefined : BUCKET[o.state];
	const index = tx.objectStore('cards').index('deck_position');
	const schedules = tx.objectStore('schedules');
	const needle = o.query?.trim().toLowerCase();
	const totalP = countMatching(tx, o);
	const chunk = Math.max(CHUNK, limit + 1);
	const items: CardWithSchedule[] = [];
	let last: BrowseCursor | null = null;
	let after = o.after;
	for (;;) {
		// After a cursor: the rest of the cards sharing its position (ordered by card id), then a
		// chunk of the positions past it. So ties are never skipped nor given twice.
		const from = after;
		const [ties, chunkRows] = await Promise.all([
			from
				? index.getAll(IDBKeyRange.only([o.deckId, from.position]))
				: Promise.resolve([] as StoredCardRow[]),
			index.getAll(
				from
					? IDBKeyRange.bound([o.deckId, from.position], [o.deckId, []], true)
					: IDBKeyRange.bound([o.deckId], [o.deckId, []]),
				chunk
			)
		]);
		const rows = (
			from ? ties.filter((r) => r.cardId > from.cardId).concat(chunkRows) : chunkRows
		).filter((r) => cardMatches(r.card, o, needle));
		const found = await Promise.all(rows.map((r) => schedules.get([r.deckId, r.cardId])));
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i];
			const s = found[i];
			if (!s || !scheduleMatches(s, q)) continue;
			if (items.length === limit) return { items, next: last, total: await totalP };
			items.push({ card: row.card, schedule: fromRow(s) });
			last = { position: row.position, cardId: row.cardId };
		}
		if (chunkRows.length < chunk) break;
		const end = chunkRows[chunkRows.length - 1];
		after = { position: end.position, cardId: end.cardId };
	}
	return { items, next: null, total: await totalP };
}

/** Whether a card passes the filters that need no schedule. */
function cardMatches(card: Card, o: CardFilter, needle: string | undefined): boolean {
	if (o.type && !hasForm(card, o.type)) return false;
	if (o.tag && !card.tags.includes(o.tag)) return false;
	if (o.sourceId && !card.citations.some((c) => c.source === o.sourceId)) return false;
	if (needle && !`${card.question}\n${card.answer}`.toLowerCase().includes(needle)) return false;
	return true;
}

/** Whether a schedule passes the state filter (retired cards only in the retired bucket). */
function scheduleMatches(s: { q: number; retired: boolean }, q: number | undefined): boolean {
	return q === undefined ? !s.retired : s.q === q;
}

/**
 * How many cards match when that is known for free: with no filter, the deck's card count (kept by
 * every import). Otherwise null: IndexedDB counts by walking the entries, which is what paging avoids.
 */
async function countMatching(tx: ReadTx, o: CardFilter): Promise<number | null> {
	if (o.query?.trim() || o.type || o.tag || o.sourceId || o.state) return null;
	const deck = await tx.objectStore('decks').get(o.deckId);
	return deck?.cardCount ?? 0;
}

/**
 * Every tag the deck's cards use, sorted (retired cards' tags included): a key cursor on the by-tag
 * index that jumps from one tag to the next, so it costs a step per tag, not a read per card.
 */
export async function deckTags(tx: ReadTx, o: { deckId: string }): Promise<string[]> {
	const index = tx.objectStore('cards').index('tag');
	const tags: string[] = [];
	let cursor = await index.openKeyCursor(IDBKeyRange.bound([o.deckId], [o.deckId, []]));
	while (cursor) {
		const tag = cursor.key[1];
		tags.push(tag);
		cursor = await cursor.continue([o.deckId, tag, []] as never);
	}
	return tags.sort();
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
