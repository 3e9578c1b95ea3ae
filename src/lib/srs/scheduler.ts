/** A thin wrapper over ts-fsrs: our plain, storable CardSchedule in, CardSchedule out. */
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	State,
	type Card as FsrsCard,
	type FSRS,
	type Grade,
	type StepUnit
} from 'ts-fsrs';
import { RATINGS, type CardSchedule, type CardState, type Rating, type Settings } from './types';

const STATE_TO_FSRS: Record<CardState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};
const STATE_FROM_FSRS: Record<State, CardState> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

// Building an FSRS instance is cheap but not free; a study session rates hundreds of cards
// with the same settings, so keep the last few.
const schedulers = new Map<string, FSRS>();

function schedulerFor(settings: Settings): FSRS {
	const key = JSON.stringify([
		settings.desiredRetention,
		settings.maximumInterval,
		settings.enableFuzz,
		settings.learningSteps,
		settings.relearningSteps
	]);
	let f = schedulers.get(key);
	if (!f) {
		f = fsrs(
			generatorParameters({
				request_retention: settings.desiredRetention,
				maximum_interval: settings.maximumInterval,
				enable_fuzz: settings.enableFuzz,
				enable_short_term: true,
				learning_steps: settings.learningSteps as StepUnit[],
				relearning_steps: settings.relearningSteps as StepUnit[]
			})
		);
		if (schedulers.size > 8) schedulers.clear();
		schedulers.set(key, f);
	}
	return f;
}

function toFsrs(s: CardSchedule): FsrsCard {
	return {
		due: new Date(s.due),
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: s.elapsedDays,
		scheduled_days: s.scheduledDays,
		learning_steps: s.learningSteps,
		reps: s.reps,
		lapses: s.lapses,
		state: STATE_TO_FSRS[s.state],
		last_review: s.lastReview === undefined ? undefined : new Date(s.lastReview)
	};
}

function fromFsrs(card: FsrsCard, base: CardSchedule): CardSchedule {
	const out: CardSchedule = {
		cardId: base.cardId,
		deckId: base.deckId,
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATE_FROM_FSRS[card.state],
		suspended: base.suspended,
		retired: base.retired
	};
	if (base.factId !== undefined) out.factId = base.factId;
	if (card.last_review) out.lastReview = card.last_review.getTime();
	return out;
}

/** The schedule of a card never studied; `now` also orders new cards (earlier first). */
export function newSchedule(o: {
	cardId: string;
	deckId: string;
	factId?: string;
	now: number;
}): CardSchedule {
	const empty = createEmptyCard(new Date(o.now));
	return fromFsrs(empty, {
		cardId: o.cardId,
		deckId: o.deckId,
		factId: o.factId,
		suspended: false,
		retired: false
	} as CardSchedule);
}

/** The schedule after rating a card at `now`; flags, ids and factId carry over. */
export function rateCard(o: {
	schedule: CardSchedule;
	rating: Rating;
	now: number;
	settings: Settings;
}): CardSchedule {
	if (!RATINGS.includes(o.rating)) throw new RangeError(`rating must be 1-4, got ${o.rating}`);
	const result = schedulerFor(o.settings).next(
		toFsrs(o.schedule),
		new Date(o.now),
		o.rating as Grade
	);
	return capInterval(fromFsrs(result.card, o.schedule), o.now, o.settings);
}

/**
 * ts-fsrs keeps Good at least a day past Hard and Easy past Good even when that exceeds
 * maximum_interval; the user's maximum is a promise, so cap review intervals here.
 */
function capInterval(s: CardSchedule, now: number, settings: Settings): CardSchedule {
	if (s.state !== 'review' || s.scheduledDays <= settings.maximumInterval) return s;
	return {
		...s,
		scheduledDays: settings.maximumInterval,
		due: now + settings.maximumInterval * 86_400_000
	};
}

/** What each button would do now: the due time and a short label such as "10m" or "3d". */
export function previewRatings(o: {
	schedule: CardSchedule;
	now: number;
	settings: Settings;
}): Record<Rating, { due: number; label: string }> {
	// Same inputs as rateCard, so the label shown is exactly the interval the button gives
	// (ts-fsrs seeds its fuzz from the review time and card state).
	const preview = schedulerFor(o.settings).repeat(toFsrs(o.schedule), new Date(o.now));
	const out = {} as Record<Rating, { due: number; label: string }>;
	for (const r of RATINGS) {
		const due = capInterval(fromFsrs(preview[r as Grade].card, o.schedule), o.now, o.settings).due;
		out[r] = { due, label: formatInterval({ ms: due - o.now }) };
	}
	return out;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function oneDecimal(x: number): string {
	const r = Math.round(x * 10) / 10;
	return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** A short interval label: "<1m", "10m", "5h", "3d", "1.2mo", "2y". */
export function formatInterval(o: { ms: number }): string {
	const ms = Math.max(0, o.ms);
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${oneDecimal(days / 30.4375)}mo`;
	return `${oneDecimal(days / 365.25)}y`;
}
