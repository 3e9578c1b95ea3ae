/**
 * Synthetic study data for the database benchmark: a deck of numbered cards over numbered sources,
 * their schedules and a long review history. Pure and deterministic (card i is always the same),
 * so every run measures the same database. Runs in the browser bench page.
 */
import type { Card, Source } from '../../src/lib/deck/schema';
import type { CardSchedule, Rating, ReviewLogEntry } from '../../src/lib/srs/types';
import type { DeckRow, SourceRow } from '../../src/lib/db/schema';

/** The benchmark deck's id. */
export const BENCH_DECK = 'bench-deck';

const DAY = 86_400_000;
const CARDS_PER_SOURCE = 100;
const SENTENCES_PER_SOURCE = 25;
/** Cards sharing a fact, so sibling burying has work to do (as with generated decks). */
const CARDS_PER_FACT = 3;
/** Reviews logged on the benchmark day: some new cards and reviews are already done today. */
export const TODAY_REVIEWS = 50;
export const TODAY_NEW = 10;

const WORDS = ['harbour', 'council', 'budget', 'bridge', 'festival', 'tunnel', 'rate', 'library'];

function sentence(source: number, n: number): string {
	const w = (k: number) => WORDS[(source * 7 + n * 3 + k) % WORDS.length];
	return (
		`${n + 1}. In report ${source}, the ${w(0)} committee said the ${w(1)} plan would cost ` +
		`${(source % 90) + n + 10} million and open the ${w(2)} by year ${2000 + (n % 30)}.`
	);
}

/** The last source's sentences: cards come in source order, so this saves rebuilding them per card. */
let memo: { source: number; sentences: string[] } | undefined;

function sourceSentences(source: number): string[] {
	if (memo?.source !== source)
		memo = {
			source,
			sentences: Array.from({ length: SENTENCES_PER_SOURCE }, (_, n) => sentence(source, n))
		};
	return memo.sentences;
}

/** How many sources a deck of `cards` cards cites. */
export function sourceCount(cards: number): number {
	return Math.max(1, Math.ceil(cards / CARDS_PER_SOURCE));
}

/** Source `j` as stored. */
export function benchSource(j: number): SourceRow {
	const source: Source = {
		id: `s${j}`,
		title: `Report ${j}`,
		text: sourceSentences(j).join(' '),
		date: '2026-01-01'
	};
	return { deckId: BENCH_DECK, sourceId: source.id, position: j, retired: false, source };
}

/** Card `i`: question/answer, cloze or multiple choice, citing one sentence of its source. */
export function benchCard(i: number): Card {
	const j = Math.floor(i / CARDS_PER_SOURCE);
	const sentences = sourceSentences(j);
	const n = i % SENTENCES_PER_SOURCE;
	let start = 0;
	for (let m = 0; m < n; m++) start += sentences[m].length + 1;
	const quote = sentences[n];
	const citations = [{ source: `s${j}`, start, end: start + quote.length, quote }];
	const answer = `${(j % 90) + n + 10} million`;
	const base = {
		id: `c${i}`,
		question: `In report ${j}, how much would plan ${n + 1} cost?`,
		answer,
		citations,
		tags: [`report-${j}`, i % 2 ? 'odd' : 'even'],
		factId: `f${Math.floor(i / CARDS_PER_FACT)}`,
		kind: 'amount',
		support: 1,
		rank: -i
	};
	const kind = i % CARDS_PER_FACT;
	if (kind === 1) {
		const at = quote.indexOf(answer);
		return {
			...base,
			type: 'cloze',
			cloze: { text: quote, blanks: [{ start: at, end: at + answer.length }] }
		};
	}
	if (kind === 2)
		return {
			...base,
			type: 'mcq',
			choices: [answer, `${(j % 90) + n + 11} million`, `${(j % 90) + n + 12} million`]
		};
	return { ...base, type: 'qa' };
}

/**
 * Card `i`'s schedule at `now`: mostly review cards with due dates spread over 100 days either side
 * (so thousands are overdue), a tenth still new, one in 1000 relearning, one in 97 suspended.
 */
export function benchSchedule(i: number, now: number): CardSchedule & { q: number } {
	const base = {
		cardId: `c${i}`,
		deckId: BENCH_DECK,
		factId: `f${Math.floor(i / CARDS_PER_FACT)}`,
		elapsedDays: 0,
		learningSteps: 0,
		lapses: 0,
		suspended: false,
		retired: false
	};
	if (i % 10 === 0)
		return {
			...base,
			q: 0,
			state: 'new',
			due: now - 300 * DAY + i,
			stability: 0,
			difficulty: 0,
			scheduledDays: 0,
			reps: 0
		};
	const due = now + ((i * 7919) % (200 * DAY)) - 100 * DAY;
	const review = {
		...base,
		due,
		stability: 5 + (i % 60),
		difficulty: 3 + (i % 6),
		scheduledDays: 20,
		reps: 3 + (i % 12),
		lapses: i % 4,
		lastReview: due - 20 * DAY
	};
	if (i % 1000 === 1)
		return {
			...review,
			q: 1,
			state: 'relearning',
			due: now - 3_600_000 + ((i * 7919) % 7_200_000)
		};
	if (i % 97 === 2) return { ...review, q: 8, state: 'review', suspended: true };
	return { ...review, q: 2, state: 'review' };
}

/**
 * Log entry `k` of `total`: cards reviewed round-robin over 200 days; the last TODAY_REVIEWS fall
 * on the benchmark day (TODAY_NEW of them introduced a new card), so today's limits are part used.
 */
export function benchLogEntry(o: {
	k: number;
	total: number;
	cards: number;
	now: number;
}): ReviewLogEntry {
	const { k, total, cards, now } = o;
	const today = total - k <= TODAY_REVIEWS;
	const cardIndex = (k * 31) % cards;
	const reviewedAt = today
		? now - (total - k) * 20_000
		: now - 200 * DAY + Math.floor((k / total) * 199 * DAY);
	const newToday = today && total - k <= TODAY_NEW;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { q, ...after } = benchSchedule(cardIndex, now);
	const before: CardSchedule = { ...after, state: newToday ? 'new' : 'review' };
	return {
		cardId: after.cardId,
		deckId: BENCH_DECK,
		factId: after.factId,
		rating: (1 + (k % 4)) as Rating,
		reviewedAt,
		durationMs: 3000 + (k % 5000),
		before,
		after
	};
}

/** The deck's stored metadata. */
export function benchDeckRow(o: { cards: number; now: number }): DeckRow {
	return {
		id: BENCH_DECK,
		title: 'Benchmark deck',
		conflicts: [],
		cardCount: o.cards,
		sourceCount: sourceCount(o.cards),
		importedAt: o.now - 300 * DAY,
		updatedAt: o.now - 300 * DAY
	};
}
