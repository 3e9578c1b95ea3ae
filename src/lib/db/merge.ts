/** Pure planning of a deck update: which cards are new, changed, unchanged or gone. */
import type { Card, Deck } from '../deck/schema';
import type { newSchedule } from '../srs/scheduler';
import type { CardSchedule } from '../srs/types';
import type { CardRow, SourceRow } from './schema';

/** JSON with sorted keys and undefined dropped, so equal content compares equal whatever the key order. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_k, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.keys(v)
						.sort()
						.filter((k) => v[k] !== undefined)
						.map((k) => [k, v[k]])
				)
			: v
	);
}

/** Whether two cards say exactly the same thing (text, citations, tags, ...). */
export function sameCard(a: Card, b: Card): boolean {
	return canonicalJson(a) === canonicalJson(b);
}

/** What an import will write, and the counts it reports. */
export interface MergePlan {
	cardRows: CardRow[];
	schedules: CardSchedule[];
	sourceRows: SourceRow[];
	added: number;
	updated: number;
	retired: number;
	unchanged: number;
	/** Retired cards that came back (their schedule and history resume). */
	restored: number;
}

/**
 * Merges a validated deck into what is stored for it, by card id: unchanged cards keep
 * everything, changed cards keep their schedule, new cards get one, vanished cards are retired.
 * Only rows that must change are returned.
 */
export function planMerge(o: {
	deck: Deck;
	now: number;
	cards: CardRow[];
	schedules: CardSchedule[];
	sources: SourceRow[];
	/**
	 * The scheduler's `newSchedule`, handed in: this module imports only types, so it loads with the
	 * bulk writer when a deck is first written and the pages that only study do not carry it.
	 */
	newSchedule: typeof newSchedule;
}): MergePlan {
	const { deck, now, newSchedule } = o;
	const oldCards = new Map(o.cards.map((r) => [r.cardId, r]));
	const oldSchedules = new Map(o.schedules.map((s) => [s.cardId, s]));
	const plan: MergePlan = {
		cardRows: [],
		schedules: [],
		sourceRows: [],
		added: 0,
		updated: 0,
		retired: 0,
		unchanged: 0,
		restored: 0
	};
	const seen = new Set<string>();
	deck.cards.forEach((incoming, position) => {
		let card = incoming;
		seen.add(card.id);
		const oldRow = oldCards.get(card.id);
		const oldSchedule = oldSchedules.get(card.id);
		// A card edited by hand is never overwritten by a regenerated deck or added articles.
		if (oldRow?.card.edited && !card.edited) card = oldRow.card;
		const row: CardRow = { deckId: deck.id, cardId: card.id, position, card };
		if (!oldRow || !oldSchedule) {
			plan.cardRows.push(row);
			// New cards are introduced in deck order: their `due` orders them.
			plan.schedules.push(
				newSchedule({ cardId: card.id, deckId: deck.id, factId: card.factId, now: now + position })
			);
			plan.added++;
			return;
		}
		const same = sameCard(oldRow.card, card);
		if (!same || oldRow.position !== position) plan.cardRows.push(row);
		let schedule = oldSchedule;
		if (schedule.retired) {
			schedule = { ...schedule, retired: false };
			plan.restored++;
		} else if (same) plan.unchanged++;
		else plan.updated++;
		if (schedule.factId !== card.factId) {
			schedule = { ...schedule };
			if (card.factId === undefined) delete schedule.factId;
			else schedule.factId = card.factId;
		}
		if (schedule !== oldSchedule) plan.schedules.push(schedule);
	});
	for (const s of o.schedules)
		if (!seen.has(s.cardId) && !s.retired && !oldCards.get(s.cardId)?.card.edited) {
			plan.schedules.push({ ...s, retired: true });
			plan.retired++;
		}
	const newSources = new Set<string>();
	deck.sources.forEach((source, position) => {
		newSources.add(source.id);
		plan.sourceRows.push({
			deckId: deck.id,
			sourceId: source.id,
			position,
			retired: false,
			source
		});
	});
	for (const r of o.sources)
		if (!newSources.has(r.sourceId) && !r.retired) plan.sourceRows.push({ ...r, retired: true });
	return plan;
}
