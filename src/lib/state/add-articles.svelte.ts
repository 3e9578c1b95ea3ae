/**
 * The "Add articles" page: the articles a person gives (files, drops, pasted or shared text), each
 * read at once and either ready or refused with a reason naming it; then one run of the generator in
 * a Web Worker with its progress, which Cancel stops by terminating the worker.
 */
import type { Deck } from '$lib/deck/schema';
import type { ArticleInput } from '$lib/generator';
import { articleSizeError } from '$lib/generator/input';
import { readArticle, type ParseHtml } from '$lib/reader/read-article';
import {
	isWorkerMessage,
	type GenerateRequest,
	type GenerateStage,
	type WorkerMessage
} from '$lib/reader/protocol';
import { stableId } from '$lib/deck/ids';
import { dbState } from './db-state.svelte';
import { reviewDeck } from './review-deck.svelte';

/** One article given: ready to go, or refused (`error` names it and says why). */
export interface SourceItem {
	key: string;
	name: string;
	article?: ArticleInput;
	error?: string;
	/** Read, with a caveat (an old text encoding guessed). */
	note?: string;
}

/** Where a run is. */
export interface RunProgress {
	stage: GenerateStage;
	done: number;
	total: number;
	current?: string;
}

/** Makes the generator's worker; tests pass their own. */
export type WorkerFactory = () => Promise<Worker>;

const browserParseHtml: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');
const defaultWorker: WorkerFactory = async () => {
	const { default: GenerateWorker } = await import('$lib/reader/generate.worker?worker');
	return new GenerateWorker();
};

let nextKey = 0;

class AddArticlesState {
	items = $state<SourceItem[]>([]);
	/** Text in the paste box. */
	paste = $state('');
	/** The stored deck the articles join (null: a new deck). */
	intoDeckId = $state<string | null>(null);
	#progress = $state<RunProgress | null>(null);
	#message = $state<string | null>(null);
	#worker: Worker | null = null;
	#runId = 0;
	#existing: Deck | null = null;
	#newIds: string[] = [];
	createWorker: WorkerFactory = defaultWorker;

	/** The run's progress while the generator works, else null. */
	get progress(): RunProgress | null {
		return this.#progress;
	}
	/** What the last run or action came to, for the status line. */
	get message(): string | null {
		return this.#message;
	}
	get ready(): SourceItem[] {
		return this.items.filter((i) => i.article);
	}

	/** Reads files (chosen or dropped) at once; each becomes ready or refused with its reason. */
	async addFiles(files: Iterable<File>): Promise<void> {
		for (const file of files) {
			const tooLarge = articleSizeError({ name: file.name, size: file.size });
			if (tooLarge) {
				this.#add({ name: file.name, error: tooLarge });
				continue;
			}
			const bytes = new Uint8Array(await file.arrayBuffer());
			this.#read({ bytes, name: file.name, type: file.type });
		}
	}

	/** Adds the paste box's text as one article (with a title and link if shared so). */
	addPasted(o: { title?: string; url?: string } = {}): void {
		const text = this.paste;
		if (!text.trim()) {
			this.#message = 'Pasted text is empty: paste an article first.';
			return;
		}
		const bytes = new TextEncoder().encode(text);
		const n = this.items.filter((i) => i.name.startsWith('Pasted text')).length;
		const name = n ? `Pasted text ${n + 1}` : 'Pasted text';
		if (this.#read({ bytes, name, pasted: true, ...o })) this.paste = '';
	}

	#read(o: {
		bytes: Uint8Array;
		name: string;
		type?: string;
		pasted?: boolean;
		title?: string;
		url?: string;
	}): boolean {
		const result = readArticle({ ...o, parseHtml: browserParseHtml });
		if (!result.ok) {
			this.#add({ name: o.name, error: result.error });
			return false;
		}
		const article = { ...result.article };
		if (o.title?.trim()) article.title = o.title.trim();
		if (o.url?.trim()) article.url = o.url.trim();
		if (this.items.some((i) => i.article?.id === article.id)) {
			this.#add({ name: o.name, error: `${o.name} is already in the list` });
			return false;
		}
		this.#add({
			name: o.name,
			article,
			...(result.warnings.length ? { note: result.warnings.join('; ') } : {})
		});
		return true;
	}

	#add(item: Omit<SourceItem, 'key'>): void {
		this.items.push({ key: `s${nextKey++}`, ...item });
		this.#message = null;
	}

	/** Takes an article off the list. */
	remove(key: string): void {
		this.items = this.items.filter((i) => i.key !== key);
	}

	/** Starts the generator on the ready articles (with the stored deck's, when adding to one). */
	async generate(): Promise<void> {
		if (this.#progress) return;
		this.#message = null;
		let existing: Deck | null = null;
		try {
			if (this.intoDeckId) {
				const db = await dbState.ready();
				existing = await db.readDeck({ deckId: this.intoDeckId });
			}
		} catch (error) {
			this.#message = dbState.report(error);
			return;
		}
		const stored = new Set(existing?.sources.map((s) => s.id) ?? []);
		for (const item of this.items)
			if (item.article && stored.has(item.article.id ?? ''))
				Object.assign(item, { article: undefined, error: `${item.name} is already in this deck` });
		const sources = ($state.snapshot(this.ready) as SourceItem[]).map((i) => tidyMeta(i.article!));
		if (!sources.length) {
			this.#message = 'Add at least one readable article first.';
			return;
		}
		const known: ArticleInput[] = (existing?.sources ?? []).map((s) => ({ ...s }));
		const runId = ++this.#runId;
		this.#existing = existing;
		this.#newIds = sources.map((s) => s.id!);
		this.#progress = { stage: 'reading', done: 0, total: sources.length };
		const request: GenerateRequest = {
			type: 'generate',
			runId,
			deckId: existing?.id ?? stableId('deck', ...this.#newIds, String(Date.now())),
			sources,
			known
		};
		try {
			const worker = await this.createWorker();
			if (runId !== this.#runId) return worker.terminate();
			this.#worker = worker;
			worker.onmessage = (event) => this.#receive(event.data);
			worker.onerror = (event) => {
				event.preventDefault?.();
				this.#stop(
					`The generator stopped: ${event.message || 'unknown error'}. Nothing was saved.`
				);
			};
			worker.postMessage(request);
		} catch (error) {
			this.#stop(`The generator could not start: ${(error as Error).message}`);
		}
	}

	/** Stops the run (the worker is terminated at once); nothing is saved. */
	cancel(): void {
		if (!this.#progress) return;
		this.#runId++;
		this.#stop('Cancelled: nothing was saved. Your articles are still listed.');
	}

	#stop(message: string): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#progress = null;
		this.#message = message || null;
	}

	#receive(data: unknown): void {
		if (!isWorkerMessage(data) || data.runId !== this.#runId) return;
		const message: WorkerMessage = data;
		if (message.type === 'progress') {
			this.#progress = {
				stage: message.stage,
				done: message.done,
				total: message.total,
				current: message.current
			};
			return;
		}
		if (message.type === 'error') {
			this.#stop(`The generator failed: ${message.message}. Nothing was saved.`);
			return;
		}
		for (const failed of message.failed) {
			const item = this.items.find((i) => i.article?.id === failed.sourceId);
			if (item) Object.assign(item, { article: undefined, error: failed.reason });
		}
		const failedIds = new Set(message.failed.map((f) => f.sourceId));
		const newSourceIds = this.#newIds.filter((id) => !failedIds.has(id));
		if (!message.deck) {
			this.#stop('No facts were found in these articles, so there are no cards to review.');
			return;
		}
		this.#stop('');
		reviewDeck.load({ generated: message.deck, existing: this.#existing, newSourceIds });
	}

	/**
	 * What a phone's Share menu sent (the manifest's share target): text becomes a pasted article with
	 * the title and link; a bare link cannot be read, as the app fetches nothing from other sites.
	 */
	receiveShare({ title, text, url }: { title: string; text: string; url: string }): void {
		const bare = /^https?:\/\/\S+$/.test(text.trim()) ? text.trim() : '';
		const link = url.trim() || bare;
		const body = bare ? '' : text;
		if (body.trim()) {
			this.paste = body;
			this.addPasted({ title, url: link });
		} else if (link)
			this.#message = `citecards received a link (${link}) but does not fetch pages from other sites. Open the article, copy its text and paste it here.`;
	}

	/** Forgets everything (after a save). */
	reset(): void {
		this.items = [];
		this.paste = '';
		this.#message = null;
	}
}

/** Empty metadata fields left out, a date kept only in YYYY-MM-DD form. */
function tidyMeta(article: ArticleInput): ArticleInput {
	const out: ArticleInput = { ...article };
	for (const key of ['title', 'url', 'publisher', 'date'] as const) {
		const value = out[key]?.trim();
		if (value) out[key] = value;
		else delete out[key];
	}
	if (out.date && !/^\d{4}-\d{2}-\d{2}$/.test(out.date)) delete out.date;
	return out;
}

/** The articles being added. */
export const addArticles = new AddArticlesState();
