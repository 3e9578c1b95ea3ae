/** What the node side and the bench page exchange (types and row labels only; no DOM). */

/** What the node side asks for. */
export interface FillOptions {
	name: string;
	cards: number;
	log: number;
	now: number;
}

/** How long filling took, per part (ms). */
export interface FillResult {
	schemaMs: number;
	cardsMs: number;
	logMs: number;
}

/** How many warm runs to time. */
export interface MeasureOptions {
	name: string;
	now: number;
	runs: number;
}

/** Timings in ms per measurement: the first call in a fresh browser, then the warm runs. */
export interface MeasureResult {
	cold: Record<string, number>;
	warm: Record<string, number[]>;
	counts: { new: number; learning: number; due: number; total: number; suspended: number };
	queueLength: number;
}

/** Row labels, shared with the node side's table. */
export const LABELS = {
	open: 'open database',
	home: 'home counts: listDecks',
	queue: "today's queue: getStudyWindow (50 cards)",
	rateNext: 'rate → next: recordReview + queue[1]',
	rateRequery: 'rate → next: recordReview + getStudyQueue',
	stats: 'stats page: getStats (summaries read + counted)'
} as const;

/** Parts of the calls above, timed alone (bench-only reads through idb), to show where time goes. */
export const PART_LABELS = {
	countAll: "  part of listDecks: count the deck's schedules",
	todayReads: "  part of both: read today's log and due buckets",
	cardGets: '  part of getStudyQueue: get each queued card'
} as const;
