/** The backup file: everything in the database as one JSON object, validated on restore. */
import { z } from 'zod';
import {
	cardSchema,
	conflictSchema,
	deckIntegrityErrors,
	DECK_FORMAT,
	DECK_VERSION,
	sourceSchema,
	type Deck
} from '../deck/schema';
import {
	normalizeSettings,
	settingsProblems,
	type ReviewLogEntry,
	type Settings
} from '../srs/types';
import type { CardSchedule } from '../srs/types';
import { foldStoredDeck } from './fold';
import type { CardRow, DeckRow, SourceRow } from './schema';

import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';

export { BACKUP_FORMAT, BACKUP_VERSION };

const ms = z.number().finite();
const count = z.number().int().nonnegative();

/** A stored card schedule. */
export const scheduleSchema = z.object({
	cardId: z.string().min(1),
	deckId: z.string().min(1),
	factId: z.string().optional(),
	due: ms,
	stability: z.number().finite(),
	difficulty: z.number().finite(),
	elapsedDays: z.number().finite(),
	scheduledDays: z.number().finite(),
	learningSteps: count,
	reps: count,
	lapses: count,
	state: z.enum(['new', 'learning', 'review', 'relearning']),
	lastReview: ms.optional(),
	suspended: z.boolean(),
	retired: z.boolean(),
	buriedUntil: ms.optional(),
	flagged: z.boolean().optional()
});

const logSchema = z.object({
	id: z.number().int().positive(),
	cardId: z.string().min(1),
	deckId: z.string().min(1),
	factId: z.string().optional(),
	rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
	reviewedAt: ms,
	durationMs: z.number().nonnegative(),
	before: scheduleSchema,
	after: scheduleSchema,
	practice: z.literal(true).optional()
});

const deckRowSchema = z.object({
	id: z.string().min(1),
	title: z.string(),
	createdAt: z.string().optional(),
	generator: z.object({ name: z.string(), version: z.string() }).optional(),
	conflicts: z.array(conflictSchema),
	cardCount: count,
	sourceCount: count,
	importedAt: ms,
	updatedAt: ms
});

const cardRowSchema = z.object({
	deckId: z.string().min(1),
	cardId: z.string().min(1),
	position: count,
	card: cardSchema
});

const sourceRowSchema = z.object({
	deckId: z.string().min(1),
	sourceId: z.string().min(1),
	position: count,
	retired: z.boolean(),
	source: sourceSchema
});

/** The whole backup file. */
export const backupSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
	exportedAt: z.string(),
	decks: z.array(deckRowSchema),
	cards: z.array(cardRowSchema),
	sources: z.array(sourceRowSchema),
	schedules: z.array(scheduleSchema),
	log: z.array(logSchema),
	// Settings have their own plain checks (srs/types), shared with storage and the settings form.
	settings: z
		.unknown()
		.superRefine((value, ctx) => {
			for (const problem of settingsProblems(value)) {
				const [field, ...message] = problem.split(': ');
				ctx.addIssue({ code: 'custom', message: message.join(': '), path: [field] });
			}
		})
		.transform((value) => normalizeSettings({ settings: value }))
});

/** Everything the app stores, as exported by `exportBackup`. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** ISO time of the export. */
	exportedAt: string;
	decks: DeckRow[];
	cards: CardRow[];
	sources: SourceRow[];
	schedules: CardSchedule[];
	log: Array<ReviewLogEntry & { id: number }>;
	settings: Settings;
}

/** Validates unknown data as a backup: shape, then references between its parts. Never throws. */
export function parseBackup(
	data: unknown
): { ok: true; backup: Backup } | { ok: false; errors: string[] } {
	const parsed = backupSchema.safeParse(data);
	if (!parsed.success) {
		const errors = parsed.error.issues
			.slice(0, 20)
			.map((i) => `${i.path.length ? i.path.join('.') : 'backup'}: ${i.message}`);
		return { ok: false, errors };
	}
	const b = parsed.data as Backup;
	const errors: string[] = [];
	const deckIds = new Set(b.decks.map((d) => d.id));
	if (deckIds.size !== b.decks.length) errors.push('decks: ids repeat');
	const key = (deckId: string, id: string) => `${deckId}\u0000${id}`;
	const cardKeys = new Set<string>();
	for (const c of b.cards) {
		if (!deckIds.has(c.deckId)) errors.push(`card ${c.cardId}: unknown deck "${c.deckId}"`);
		if (c.card.id !== c.cardId) errors.push(`card ${c.cardId}: id does not match its content`);
		const k = key(c.deckId, c.cardId);
		if (cardKeys.has(k)) errors.push(`card ${c.cardId}: listed twice in deck "${c.deckId}"`);
		cardKeys.add(k);
	}
	for (const s of b.sources) {
		if (!deckIds.has(s.deckId)) errors.push(`source ${s.sourceId}: unknown deck "${s.deckId}"`);
		if (s.source.id !== s.sourceId) errors.push(`source ${s.sourceId}: id does not match`);
	}
	const scheduleKeys = new Set<string>();
	for (const s of b.schedules) {
		const k = key(s.deckId, s.cardId);
		if (!cardKeys.has(k)) errors.push(`schedule of ${s.cardId}: no such card`);
		if (scheduleKeys.has(k)) errors.push(`schedule of ${s.cardId}: listed twice`);
		scheduleKeys.add(k);
	}
	for (const k of cardKeys)
		if (!scheduleKeys.has(k)) errors.push(`card ${k.split('\u0000')[1]}: has no schedule`);
	const logIds = new Set<number>();
	for (const e of b.log) {
		if (logIds.has(e.id)) errors.push(`log entry ${e.id}: id repeats`);
		logIds.add(e.id);
		if (!deckIds.has(e.deckId)) errors.push(`log entry ${e.id}: unknown deck "${e.deckId}"`);
	}
	if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
	const v1 = (b.version as number) === 1;
	// The same checks as deck import, on each deck as stored (a version 1 backup before and after folding).
	errors.push(...integrityErrors(b, v1 ? 1 : DECK_VERSION));
	const backup = v1 && !errors.length ? upgradeBackup(b) : b;
	if (v1 && !errors.length) errors.push(...integrityErrors(backup, DECK_VERSION));
	if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
	return { ok: true, backup };
}

/**
 * Each deck of a backup rebuilt from its rows (every card and source, retired ones too: the app still
 * shows them) and checked by `deckIntegrityErrors`: quotes match their sources, offsets lie inside them,
 * cited sources exist, cloze blanks and choices are sound, nothing is listed twice.
 */
function integrityErrors(b: Backup, version: 1 | typeof DECK_VERSION): string[] {
	const cards = groupBy(b.cards);
	const sources = groupBy(b.sources);
	return b.decks.flatMap((d) =>
		deckIntegrityErrors({
			format: DECK_FORMAT,
			version,
			id: d.id,
			title: d.title,
			sources: (sources.get(d.id) ?? []).map((r) => r.source),
			cards: (cards.get(d.id) ?? []).map((r) => r.card),
			conflicts: d.conflicts
		} as Deck).map((e) => `deck "${d.id}": ${e}`)
	);
}

function groupBy<T extends { deckId: string }>(rows: T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const row of rows) {
		const list = out.get(row.deckId);
		if (list) list.push(row);
		else out.set(row.deckId, [row]);
	}
	return out;
}

/**
 * A version 1 backup in deck format 2: each deck's sibling cards folded as the database upgrade folds
 * them (kept cards keep schedule and history; the others' schedules and log entries go with them).
 */
export function upgradeBackup(b: Backup): Backup {
	const key = (deckId: string, id: string) => `${deckId}\u0000${id}`;
	const dropped = new Set<string>();
	const changed = new Map<string, CardRow>();
	const decks = b.decks.map((deck) => {
		const fold = foldStoredDeck({
			rows: b.cards.filter((c) => c.deckId === deck.id),
			schedules: new Map(b.schedules.filter((s) => s.deckId === deck.id).map((s) => [s.cardId, s]))
		});
		fold.dropped.forEach((id) => dropped.add(key(deck.id, id)));
		fold.changed.forEach((row) => changed.set(key(deck.id, row.cardId), row));
		return fold.current ? { ...deck, cardCount: Math.max(0, deck.cardCount - fold.current) } : deck;
	});
	const kept = <T extends { deckId: string; cardId: string }>(x: T) =>
		!dropped.has(key(x.deckId, x.cardId));
	return {
		...b,
		version: BACKUP_VERSION,
		decks,
		cards: b.cards.filter(kept).map((c) => changed.get(key(c.deckId, c.cardId)) ?? c),
		schedules: b.schedules.filter(kept),
		log: b.log.filter(kept)
	};
}
