/**
 * The teacher's export page: which decks and cards go out, in which order and format, the preview of
 * what the format keeps, converts or leaves out, and the file built in the browser.
 * The exporters (sql.js, zip and XML writers) are loaded with a dynamic import, so no other page
 * carries them.
 */
import type { Card, CardType, Deck, Source } from '$lib/deck';
import type { DeckSummary } from '$lib/db';
import type {
	ExportFormat,
	ExportItem,
	ExportOrder,
	ExportPlan,
	ExportWarning,
	FormatId,
	Selection
} from '$lib/export';
import type { CardEdit } from '$lib/export/edits';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { dbState } from './db-state.svelte';

type ExportLib = typeof import('$lib/export');

/** The choices on the export form; empty strings mean "any". */
export interface ExportOptions {
	deckIds: string[];
	tag: string;
	type: '' | CardType;
	sourceId: string;
	/** How many questions; null (an empty box) means every matching card. */
	count: number | null;
	seed: number | null;
	order: ExportOrder;
	title: string;
	formatId: FormatId;
}

/** One line of the preview: what goes out for a card. */
export interface PreviewRow {
	id: string;
	question: string;
	answer: string;
	type: CardType;
	/** The card's own type when the format converted it. */
	from?: CardType;
	/** Multiple choice: the choices as the file lists them, the answer at `correct`. */
	choices?: string[];
	correct?: number;
	/** The cloze form, its blanks shown as "_____". */
	cloze?: string;
	/** True when the teacher changed the wording for this export. */
	edited: boolean;
}

/** The export preference's name in the database. */
const PREF = 'export';
const ORDERS: ExportOrder[] = ['deck', 'rank', 'random'];

/** The remembered options that are still valid, over the current ones. */
export function rememberedOptions({
	value,
	formats
}: {
	value: unknown;
	formats: string[];
}): Partial<ExportOptions> {
	if (!value || typeof value !== 'object') return {};
	const v = value as Record<string, unknown>;
	const out: Partial<ExportOptions> = {};
	const text = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
	if (Array.isArray(v.deckIds) && v.deckIds.every((x) => typeof x === 'string'))
		out.deckIds = v.deckIds as string[];
	if (text(v.tag, 200)) out.tag = v.tag as string;
	if (v.type === '' || v.type === 'qa' || v.type === 'cloze' || v.type === 'mcq') out.type = v.type;
	if (text(v.sourceId, 200)) out.sourceId = v.sourceId as string;
	if (v.count === null || (Number.isInteger(v.count) && (v.count as number) >= 0))
		out.count = v.count as number | null;
	if (Number.isInteger(v.seed) && (v.seed as number) >= 0 && (v.seed as number) <= MAX_SEED)
		out.seed = v.seed as number;
	if (ORDERS.includes(v.order as ExportOrder)) out.order = v.order as ExportOrder;
	if (text(v.title, 200)) out.title = v.title as string;
	if (formats.includes(v.formatId as string)) out.formatId = v.formatId as FormatId;
	return out;
}

const MAX_SEED = 4_294_967_295;
const TYPE_WORDS: Record<CardType, string> = {
	qa: 'question',
	cloze: 'cloze',
	mcq: 'multiple choice'
};

/** A card type in words. */
export function typeWords(type: CardType): string {
	return TYPE_WORDS[type];
}

/**
 * A file name from the title: letters, digits and dashes, then the format's name where its extension is
 * shared (`deck-blooket.csv`, `deck-gimkit.csv`, but `deck.csv` for CSV itself), then the extension.
 */
export function exportFileName({
	title,
	extension,
	formatId,
	shared = false
}: {
	title: string;
	extension: string;
	formatId?: string;
	/** Whether another format writes the same extension. */
	shared?: boolean;
}): string {
	const base = title
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	const named = shared && formatId && extension.split('.')[0] !== formatId ? `-${formatId}` : '';
	return `${base || 'citecards-export'}${named}.${extension}`;
}

const WARNING_WORDS: Partial<Record<ExportWarning['kind'], [one: string, many: string]>> = {
	'left-out': ['Left out', 'left out'],
	converted: ['Converted', 'converted'],
	note: ['Note', 'noted']
};

/** One line of the preview's warnings: a sentence, and the questions it is about when it is about many. */
export interface WarningLine {
	text: string;
	questions: string[];
}

/**
 * planExport's warnings in words for people: a card is named by the start of its question, not its
 * id; the same warning about several cards is said once ("7 questions converted: …") with the
 * questions listed under it. Format-wide warnings are said as they are.
 */
export function plainWarnings({ plan, cards }: { plan: ExportPlan; cards: Card[] }): WarningLine[] {
	const byId: Record<string, Card> = Object.fromEntries(cards.map((c) => [c.id, c]));
	const groups: Record<string, { warning: ExportWarning; questions: string[] }> = {};
	const out: Array<{ warning: ExportWarning; questions: string[] }> = [];
	for (const warning of plan.warnings) {
		const card =
			warning.cardId !== undefined && Object.hasOwn(byId, warning.cardId)
				? byId[warning.cardId]
				: undefined;
		const key = `${warning.kind}\u0000${warning.text}`;
		const group =
			warning.cardId !== undefined && Object.hasOwn(groups, key) ? groups[key] : undefined;
		if (group) {
			if (card) group.questions.push(shorten(card.question));
			continue;
		}
		const entry = { warning, questions: card ? [shorten(card.question)] : [] };
		if (warning.cardId !== undefined) groups[key] = entry;
		out.push(entry);
	}
	return out.map(({ warning, questions }) => {
		if (warning.cardId === undefined) return { text: `${warning.text}.`, questions: [] };
		const [one, many] = WARNING_WORDS[warning.kind] ?? ['Note', 'noted'];
		if (questions.length > 1)
			return { text: `${questions.length} questions ${many}: ${warning.text}.`, questions };
		return {
			text: questions.length
				? `${one}: “${questions[0]}”: ${warning.text}.`
				: `${one}: ${warning.text}.`,
			questions: []
		};
	});
}

/** The start of a long question, enough to recognise it in a warning. */
function shorten(text: string, max = 70): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

class ExportState {
	#lib = $state.raw<ExportLib | null>(null);
	#decks = $state.raw<DeckSummary['deck'][]>([]);
	#loaded = $state.raw<Record<string, Deck>>({});
	#ready = $state(false);
	#busy = $state(false);
	#status = $state('');
	#error = $state<string | null>(null);
	#edits = $state<Record<string, CardEdit>>({});
	#dropped = $state<string[]>([]);
	/** The form's choices, bound to its controls. */
	options = $state<ExportOptions>({
		deckIds: [],
		tag: '',
		type: '',
		sourceId: '',
		count: 10,
		seed: null,
		order: 'deck',
		title: '',
		formatId: 'csv'
	});

	/** Decks on this device. */
	get decks(): DeckSummary['deck'][] {
		return this.#decks;
	}
	/** True once the decks and the exporters are loaded. */
	get ready(): boolean {
		return this.#ready;
	}
	/** True while a file is being built. */
	get busy(): boolean {
		return this.#busy;
	}
	/** What the last download or copy did. */
	get status(): string {
		return this.#status;
	}
	/** What went wrong, in words a teacher can act on. */
	get error(): string | null {
		return this.#error;
	}
	/** Every export format, in the exporters' order. */
	get formats(): ExportFormat[] {
		return this.#lib?.EXPORT_FORMATS ?? [];
	}
	/** The chosen format. */
	get format(): ExportFormat | undefined {
		return this.formats.find((f) => f.id === this.options.formatId);
	}
	/** The chosen decks, once read from the database. */
	get chosen(): Deck[] {
		return this.options.deckIds.flatMap((id) => this.#loaded[id] ?? []);
	}
	/** Tags used in the chosen decks. */
	get tags(): string[] {
		return [...new Set(this.chosen.flatMap((d) => d.cards.flatMap((c) => c.tags)))].sort();
	}
	/** Sources of the chosen decks, each id once (decks from the same articles share them). */
	get sources(): Source[] {
		const all = this.chosen.flatMap((d) => d.sources);
		return all.filter((s, i) => all.findIndex((x) => x.id === s.id) === i);
	}
	/** Why the seed cannot be used, if it cannot. */
	get seedProblem(): string | null {
		const seed = this.options.seed;
		if (seed === null || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
			return `The seed must be a whole number from 0 to ${MAX_SEED}.`;
		return null;
	}

	#selection = $derived.by((): Selection | null => {
		const lib = this.#lib;
		const o = this.options;
		if (!lib || this.seedProblem || !this.chosen.length) return null;
		const count = o.count === null || !Number.isFinite(o.count) ? undefined : Math.max(0, o.count);
		return lib.selectCards({
			decks: this.chosen,
			filter: {
				tags: o.tag ? [o.tag] : [],
				types: o.type ? [o.type] : [],
				sourceIds: o.sourceId ? [o.sourceId] : []
			},
			count,
			seed: o.seed ?? 0,
			order: o.order
		});
	});
	/** The picked cards as the teacher edited them, dropped ones left out. */
	#cards = $derived.by((): Card[] => {
		const selection = this.#selection;
		if (!this.#lib || !selection) return [];
		return this.#lib.applyEdits({
			cards: selection.cards,
			edits: this.#edits,
			dropped: this.#dropped
		});
	});
	/** Every card of the chosen decks: wrong choices may come from any of their answers. */
	#pool = $derived(this.chosen.flatMap((d) => d.cards));
	#plan = $derived.by((): ExportPlan | null => {
		const selection = this.#selection;
		const format = this.format;
		if (!this.#lib || !selection || !format) return null;
		return this.#lib.planExport({
			cards: this.#cards,
			sources: selection.sources,
			format,
			pool: this.#pool
		});
	});

	/** The cards picked by the filters, count, seed and order. */
	get selection(): Selection | null {
		return this.#selection;
	}
	/** What the chosen format does with each picked card. */
	get plan(): ExportPlan | null {
		return this.#plan;
	}
	/** The rows the preview lists, in export order. */
	get rows(): PreviewRow[] {
		return (this.#plan?.items ?? []).map((item: ExportItem) => ({
			id: item.card.id,
			question: item.question,
			answer: item.answer,
			type: item.type,
			// A card asked by its own choices is not converted: it carries that form.
			from: item.type === item.card.type || item.status === 'kept' ? undefined : item.card.type,
			...(item.choices ? { choices: item.choices, correct: item.correct } : {}),
			...(item.parts ? { cloze: this.#lib!.blankedText(item.parts) } : {}),
			edited: Object.hasOwn(this.#edits, item.card.id)
		}));
	}
	/** The plan's warnings in plain words, those about many questions grouped. */
	get warnings(): WarningLine[] {
		const plan = this.#plan;
		return plan ? plainWarnings({ plan, cards: this.#cards }) : [];
	}
	/** Picked cards the teacher dropped from this export: id and question. */
	get dropped(): Array<{ id: string; question: string }> {
		const cards = this.#selection?.cards ?? [];
		return this.#dropped.flatMap((id) => {
			const card = cards.find((c) => c.id === id);
			return card ? [{ id, question: card.question }] : [];
		});
	}
	/** The teacher's wording of a card for this export, or undefined. */
	editOf(cardId: string): CardEdit | undefined {
		return Object.hasOwn(this.#edits, cardId) ? this.#edits[cardId] : undefined;
	}
	/** Rewords a card for this export only (the stored card stays as it is). */
	editCard({ cardId, question, answer }: { cardId: string } & CardEdit): void {
		this.#edits = { ...this.#edits, [cardId]: { question, answer } };
	}
	/** Goes back to the card's own wording. */
	revertCard({ cardId }: { cardId: string }): void {
		const edits = { ...this.#edits };
		delete edits[cardId];
		this.#edits = edits;
	}
	/** Leaves a card out of this export, or puts it back. */
	dropCard({ cardId, drop }: { cardId: string; drop: boolean }): void {
		const rest = this.#dropped.filter((id) => id !== cardId);
		this.#dropped = drop ? [...rest, cardId] : rest;
	}

	/** Remembers the form's choices (and seed) on this device for the next visit. */
	async remember(): Promise<void> {
		if (!this.#ready) return;
		try {
			await (await dbState.ready()).savePreference({ name: PREF, value: this.options });
		} catch {
			// Remembering is a convenience: the export works without it.
		}
	}

	/** Loads the exporters and the deck list; preselects `deckId` (or the only deck). */
	async load({ deckId }: { deckId?: string | null } = {}): Promise<void> {
		this.#error = null;
		try {
			this.#lib ??= await import('$lib/export');
			const saved = await (await dbState.ready()).getPreference({ name: PREF }).catch(() => null);
			Object.assign(
				this.options,
				rememberedOptions({ value: saved, formats: this.formats.map((f) => f.id) })
			);
			if (this.options.seed === null) this.options.seed = this.#lib.newSeed();
		} catch {
			// Only the exporters' code failed (offline before this page was ever stored): say so plainly.
			this.#error =
				'The exporters could not be loaded. Connect to the internet and reload the page.';
		}
		try {
			const db = await dbState.ready();
			this.#decks = (await db.listDecks({ now: Date.now() })).map((s) => s.deck);
			// Read the chosen decks afresh: they may have been updated since the last visit.
			const asked = this.#decks.some((d) => d.id === deckId) ? [deckId as string] : [];
			const keep = asked.length
				? asked
				: this.options.deckIds.filter((id) => this.#decks.some((d) => d.id === id));
			this.#loaded = {};
			this.options.deckIds = [];
			const first = this.#decks.find((d) => d.id === deckId) ?? this.#decks[0];
			if (!keep.length && first && (deckId || this.#decks.length === 1)) keep.push(first.id);
			for (const id of keep) await this.toggleDeck({ deckId: id, on: true });
		} catch (error) {
			this.#error = `The decks could not be read: ${dbState.report(error)}`;
		} finally {
			this.#ready = true;
		}
	}

	/** Adds a deck to the export (reading its cards) or takes it out. */
	async toggleDeck({ deckId, on }: { deckId: string; on: boolean }): Promise<void> {
		const ids = this.options.deckIds.filter((id) => id !== deckId);
		this.options.deckIds = on ? [...ids, deckId] : ids;
		if (!on || this.#loaded[deckId]) return this.#defaultTitle();
		try {
			const deck = await (await dbState.ready()).readDeck({ deckId });
			if (deck) this.#loaded = { ...this.#loaded, [deckId]: deck };
			this.#defaultTitle();
		} catch (error) {
			this.#error = `That deck could not be read: ${dbState.report(error)}`;
		}
	}

	#defaultTitle(): void {
		const titles = this.chosen.map((d) => d.title);
		if (!this.options.title.trim() && titles.length) this.options.title = titles.join(' + ');
	}

	/** Draws a fresh random seed (shown, so the same set can be made again). */
	reseed(): void {
		if (this.#lib) this.options.seed = this.#lib.newSeed();
	}

	/** Builds the file for the chosen format; null (with a message) when there is nothing to build. */
	async build(): Promise<{ data: Uint8Array | string; name: string; mime: string } | null> {
		const lib = this.#lib;
		const selection = this.#selection;
		const format = this.format;
		this.#error = null;
		if (!lib || !selection || !format || !this.#plan?.items.length) {
			this.#error = this.seedProblem ?? 'Nothing to export: choose a deck and cards first.';
			return null;
		}
		this.#busy = true;
		try {
			const title = this.options.title.trim() || 'citecards export';
			const decks = this.chosen;
			const { data } = await lib.exportCards({
				cards: this.#cards,
				pool: this.#pool,
				sources: selection.sources,
				title,
				deck: decks.length === 1 ? decks[0] : undefined,
				sqlJs: { locateFile: () => wasmUrl },
				format
			});
			return {
				data,
				name: exportFileName({
					title,
					extension: format.extension,
					formatId: format.id,
					shared: this.formats.filter((f) => f.extension === format.extension).length > 1
				}),
				mime: format.mime
			};
		} catch (error) {
			this.#error = `The ${format.label} file could not be made: ${(error as Error).message}`;
			return null;
		} finally {
			this.#busy = false;
		}
	}

	/** Says what happened after a download or copy. */
	announce(message: string): void {
		this.#status = message;
	}

	/** Shows a problem with the last action. */
	fail(message: string): void {
		this.#error = message;
	}
}

/** The export page's state. */
export const exportState = new ExportState();
