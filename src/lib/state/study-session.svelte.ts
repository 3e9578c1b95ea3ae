/**
 * One study session on one deck: the queue from the database, the card on screen, reveal, rating,
 * undo and the end-of-session summary. The database holds the truth; this class only holds the view.
 */
import type { Card, Conflict } from '$lib/deck';
import { conflictsOfCard } from '$lib/deck/conflicts';
import { ReviewConflictError, type CardWithSchedule } from '$lib/db';
import {
	askMode,
	isPractice,
	LEARN_AHEAD_MS,
	previewRatings,
	type AskMode,
	type MoreKind,
	type Rating
} from '$lib/srs';
import { dbState } from './db-state.svelte';
import { lastDeck } from './last-deck.svelte';
import { settings } from './settings.svelte';

/** The verdict on a typed answer (the matching itself lives with the study page). */
export interface TypedVerdict {
	verdict: 'correct' | 'close' | 'wrong';
	suggestedRating: Rating;
	matched: string;
}

/** What the session shows once nothing is left to study now. */
export interface SessionSummary {
	reviewed: number;
	again: number;
	ms: number;
	/** When the next card of this deck is due, if any. */
	nextDue: number | null;
}

type Status = 'idle' | 'loading' | 'studying' | 'done' | 'missing' | 'error';

/** How many cards of today's queue are fetched at once (each needs a read; 50 keep it fast). */
const QUEUE_WINDOW = 50;

/** Tabs studying at once tell each other what they rated, so none shows a card another just answered. */
const CHANNEL = 'citecards-study';

/** What one tab tells the others after a rating. */
interface RatedMessage {
	type: 'rated';
	deckId: string;
	cardId: string;
}

class StudySession {
	#deckId = $state<string | null>(null);
	#queue = $state.raw<CardWithSchedule[]>([]);
	#status = $state<Status>('idle');
	#revealed = $state(false);
	#choice = $state<number | null>(null);
	#typed = $state<TypedVerdict | null>(null);
	#conflicts = $state.raw<Conflict[]>([]);
	/** Every disagreement of the deck: any card whose fact is disputed shows it. */
	#deckConflicts: Conflict[] = [];
	#busy = $state(false);
	#error = $state<string | null>(null);
	#started = 0;
	#shownAt = 0;
	#ratings = $state.raw<Rating[]>([]);
	/** The card rated by each rating of this session, in order (undo takes the last one back). */
	#ratedIds = $state.raw<string[]>([]);
	#summary = $state.raw<SessionSummary | null>(null);
	#now = $state(Date.now());
	#titles = $state.raw<Record<string, string>>({});
	#chain: Promise<void> = Promise.resolve();
	/** Cards due today beyond the window fetched (a large deck is fetched QUEUE_WINDOW at a time). */
	#beyond = $state(0);
	/** Studying more once today's cards are done (null: today's queue). */
	#more = $state<MoreKind | null>(null);
	/** Whether this round's extra cards were fetched (afterwards only learning cards come back). */
	#moreFetched = false;
	#channel: BroadcastChannel | null = null;

	constructor() {
		if (typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(CHANNEL);
		this.#channel.onmessage = (event: MessageEvent<RatedMessage>) =>
			this.#ratedElsewhere(event.data);
	}

	get status(): Status {
		return this.#status;
	}
	get deckId(): string | null {
		return this.#deckId;
	}
	/** The way of studying more this session is on, if any. */
	get more(): MoreKind | null {
		return this.#more;
	}
	/** True when ratings are practice: logged, the schedule left as it is. */
	get practising(): boolean {
		return this.#more !== null && isPractice(this.#more);
	}
	/** The item on screen: card and its schedule. */
	get current(): CardWithSchedule | null {
		return this.#queue[0] ?? null;
	}
	/**
	 * Cards not yet rated in this session (including the current one, if it is new to the session). A card
	 * rated and coming back in learning is counted by `again`, so this falls by one with each first rating.
	 */
	get remaining(): number {
		const rated = new Set(this.#ratedIds);
		return this.#queue.filter((q) => !rated.has(q.card.id)).length + this.#beyond;
	}
	/** Cards rated in this session that come back later today (learning steps). */
	get again(): number {
		const rated = new Set(this.#ratedIds);
		return this.#queue.filter((q) => rated.has(q.card.id)).length;
	}
	get revealed(): boolean {
		return this.#revealed;
	}
	/**
	 * How the current card is asked: multiple choice while it is new or being learnt (per the setting),
	 * then recall, typed or revealed; a cloze card by its sentence.
	 */
	get ask(): AskMode | null {
		const item = this.current;
		if (!item) return null;
		const { multipleChoice, typedAnswers } = settings.value;
		return askMode({ card: item.card, state: item.schedule.state, multipleChoice, typedAnswers });
	}
	/** The multiple-choice option picked, by index. */
	get choice(): number | null {
		return this.#choice;
	}
	/** The verdict on a typed answer, once checked. */
	get typed(): TypedVerdict | null {
		return this.#typed;
	}
	/** Disagreements between sources about the current card's fact. */
	get conflicts(): Conflict[] {
		return this.#conflicts;
	}
	get busy(): boolean {
		return this.#busy;
	}
	get error(): string | null {
		return this.#error;
	}
	/** Whether this session has a rating to take back. */
	get canUndo(): boolean {
		return this.#ratings.length > 0;
	}
	get reviewed(): number {
		return this.#ratings.length;
	}
	/** Source titles by id, for the evidence. */
	get sourceTitles(): Record<string, string> {
		return this.#titles;
	}
	get summary(): SessionSummary | null {
		return this.#summary;
	}
	/** The interval each rating would give the current card, e.g. "10m", "3d". */
	get previews(): Record<Rating, string> | null {
		const item = this.current;
		if (!item || this.practising) return null;
		const all = previewRatings({
			schedule: item.schedule,
			now: this.#now,
			settings: settings.value
		});
		return { 1: all[1].label, 2: all[2].label, 3: all[3].label, 4: all[4].label };
	}

	/** Starts (or restarts) a session on a deck: today's queue, or one way of studying more. */
	async start({ deckId, more = null }: { deckId: string; more?: MoreKind | null }): Promise<void> {
		this.#deckId = deckId;
		this.#more = more;
		this.#moreFetched = false;
		this.#status = 'loading';
		this.#ratings = [];
		this.#ratedIds = [];
		this.#summary = null;
		this.#started = Date.now();
		try {
			const db = await dbState.ready();
			await settings.load();
			if (!(await db.hasDeck({ deckId }))) {
				this.#status = 'missing';
				return;
			}
			lastDeck.remember({ deckId });
			const [list, row] = await Promise.all([db.listSources({ deckId }), db.getDeck({ deckId })]);
			this.#deckConflicts = row?.conflicts ?? [];
			this.#titles = Object.fromEntries(list.map((s) => [s.id, s.title]));
			await this.#refresh();
		} catch (error) {
			this.#fail(error);
		}
	}

	/** Shows the answer (for multiple choice: without a choice, nothing is marked as picked). */
	reveal(): void {
		if (!this.current || this.#revealed) return;
		this.#revealed = true;
	}

	/** Picks a multiple-choice option, then reveals. */
	choose(index: number): void {
		const card = this.current?.card;
		if (this.ask?.respond !== 'choices' || !card?.choices || this.#revealed) return;
		if (index < 0 || index >= card.choices.length) return;
		this.#choice = index;
		this.reveal();
	}

	/** Keeps the verdict on a typed answer, then reveals. */
	check(verdict: TypedVerdict): void {
		if (!this.current || this.#revealed) return;
		this.#typed = verdict;
		this.reveal();
	}

	/** Whether the picked choice was right (multiple choice only). */
	get choiceCorrect(): boolean | null {
		const card = this.current?.card;
		if (!card?.choices || this.#choice === null) return null;
		return card.choices[this.#choice] === card.answer;
	}

	/** Records a rating for the current card and moves on. */
	rate(rating: Rating): Promise<void> {
		const item = this.current;
		if (!item || !this.#revealed) return this.#chain;
		return this.#serial(async () => {
			// Checked again when it runs: an earlier step may have moved on to another card.
			if (this.current !== item || !this.#revealed) return;
			const db = await dbState.ready();
			const review = {
				cardId: item.card.id,
				deckId: item.schedule.deckId,
				rating,
				now: Date.now(),
				durationMs: Math.max(0, Date.now() - this.#shownAt)
			};
			this.#ratings = [...this.#ratings, rating];
			this.#ratedIds = [...this.#ratedIds, item.card.id];
			if (this.practising) {
				await db.recordPractice(review);
				// Practice until it is known: Again sends the card to the end of the round.
				const rest = this.#queue.slice(1);
				if (rating === 1) rest.push(item);
				if (rest.length) await this.#show(rest);
				else await this.#refresh();
				return;
			}
			let schedule: CardWithSchedule['schedule'];
			try {
				// Refused if another tab rated this card since it was shown: never counted twice.
				({ schedule } = await db.recordReview({ ...review, expected: item.schedule }));
			} catch (error) {
				if (!(error instanceof ReviewConflictError)) throw error;
				await this.#refresh();
				return;
			}
			const message: RatedMessage = {
				type: 'rated',
				deckId: item.schedule.deckId,
				cardId: item.card.id
			};
			this.#channel?.postMessage(message);
			// The next card comes from the queue already held (one frame, no database round trip); a card
			// back in learning returns at the end, and the database is asked again only when it runs out.
			const rest = this.#queue.slice(1);
			const learning = schedule.state === 'learning' || schedule.state === 'relearning';
			if (learning && !schedule.suspended && schedule.due - Date.now() <= LEARN_AHEAD_MS) {
				// Back about when it falls due, reckoning some ten seconds a card (1m: six cards on).
				const at = Math.min(rest.length, Math.ceil((schedule.due - Date.now()) / 10_000));
				rest.splice(Math.max(1, at), 0, { card: item.card, schedule });
			}
			if (rest.length) await this.#show(rest);
			else await this.#refresh();
		});
	}

	/** Takes back the last rating of this deck exactly, and shows that card again. */
	undo(): Promise<void> {
		return this.#serial(async () => {
			if (!this.#ratings.length || !this.#deckId) return;
			const db = await dbState.ready();
			const undone = await db.undoLastReview({ deckId: this.#deckId });
			this.#ratings = this.#ratings.slice(0, -1);
			this.#ratedIds = this.#ratedIds.slice(0, -1);
			if (this.practising && undone) {
				// The rest of the practice round stays; the card undone comes back in front.
				const got = await db.getCard({ cardId: undone.cardId, deckId: undone.deckId });
				const rest = this.#queue.filter((q) => q.card.id !== undone.cardId);
				if (got) return this.#show([{ card: got.card, schedule: got.schedule }, ...rest]);
			}
			await this.#refresh(undone?.cardId);
		});
	}

	/** The current card left the queue (suspended, buried or deleted): show the next one. */
	dropCurrent(): Promise<void> {
		const item = this.current;
		return this.#serial(async () => {
			if (!item || this.current !== item) return;
			const rest = this.#queue.slice(1);
			if (rest.length) await this.#show(rest);
			else await this.#refresh();
		});
	}

	/** Another tab rated a card of this deck: drop it from the queue held here (moving on if shown). */
	#ratedElsewhere(message: RatedMessage): void {
		if (message?.type !== 'rated' || message.deckId !== this.#deckId) return;
		void this.#serial(async () => {
			const queue = this.#queue;
			if (!queue.some((q) => q.card.id === message.cardId)) return;
			const rest = queue.filter((q) => q.card.id !== message.cardId);
			if (queue[0].card.id !== message.cardId) this.#queue = rest;
			else if (rest.length) await this.#show(rest);
			else await this.#refresh();
		});
	}

	/** A card came back (an undone suspend, bury or delete): show it first. */
	bringBack(cardId: string): Promise<void> {
		return this.#serial(() => this.#refresh(cardId));
	}

	/** The current card was flagged or unflagged. */
	setFlagged(flagged: boolean): void {
		const [item, ...rest] = this.#queue;
		if (item) this.#queue = [{ card: item.card, schedule: { ...item.schedule, flagged } }, ...rest];
	}

	/** Runs database steps one after another, so a quick Z right after a rating undoes that rating. */
	#serial(step: () => Promise<void>): Promise<void> {
		this.#chain = this.#chain.then(async () => {
			this.#busy = true;
			try {
				await step();
			} catch (error) {
				this.#fail(error);
			} finally {
				this.#busy = false;
			}
		});
		return this.#chain;
	}

	/** Reloads the queue from the database; `first` puts a card (just undone) in front. */
	async #refresh(first?: string): Promise<void> {
		const db = await dbState.ready();
		const deckId = this.#deckId as string;
		this.#now = Date.now();
		let queue: CardWithSchedule[];
		if (this.#more && !this.#moreFetched) {
			// One round of studying more; then only its cards still in learning come back.
			this.#moreFetched = true;
			queue = await db.getMoreWindow({ deckId, now: this.#now, kind: this.#more });
			this.#beyond = 0;
		} else if (this.practising) {
			queue = [];
			this.#beyond = 0;
		} else {
			// A window of the queue is enough to study on; the counts say how many wait beyond it.
			const window = await db.getStudyWindow({ deckId, now: this.#now, limit: QUEUE_WINDOW });
			queue = window.items;
			this.#beyond = Math.max(0, window.total - queue.length);
		}
		if (first) {
			const found = queue.find((q) => q.card.id === first);
			if (found) queue = [found, ...queue.filter((q) => q !== found)];
			else {
				const got = await db.getCard({ cardId: first, deckId });
				if (got) queue = [{ card: got.card, schedule: got.schedule }, ...queue];
			}
		}
		await this.#show(queue);
	}

	/** Puts a queue on screen: its first card, unrevealed, with its disagreements. */
	async #show(queue: CardWithSchedule[]): Promise<void> {
		this.#now = Date.now();
		this.#queue = queue;
		this.#revealed = false;
		this.#choice = null;
		this.#typed = null;
		this.#shownAt = Date.now();
		this.#error = null;
		const card: Card | undefined = queue[0]?.card;
		this.#conflicts = card ? conflictsOfCard({ card, conflicts: this.#deckConflicts }) : [];
		if (queue.length) {
			this.#status = 'studying';
			this.#summary = null;
		} else {
			this.#status = 'done';
			await this.#summarize();
		}
	}

	async #summarize(): Promise<void> {
		const db = await dbState.ready();
		const deckId = this.#deckId as string;
		const stored = await db.sessionSummary({ deckId, since: this.#started });
		this.#summary = {
			reviewed: stored.reviewed,
			again: Math.round(stored.againRate * stored.reviewed),
			ms: stored.timeMs,
			nextDue: stored.nextDue ?? null
		};
	}

	#fail(error: unknown): void {
		this.#error = dbState.report(error);
		if (this.#status === 'loading') this.#status = 'error';
	}
}

/** The study session on screen. */
export const session = new StudySession();
