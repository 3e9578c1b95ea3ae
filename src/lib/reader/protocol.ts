/**
 * The generator's Web Worker and the page talk in these messages. The page sends one `generate`
 * request; the worker answers with `progress` (sources read, then the merge), and one `done` (the
 * deck, and each source in which no facts were found) or `error`. A run is cancelled by terminating
 * the worker. The worker's whole job is `runGeneration` (run-generation.ts): this module imports no
 * generator code, so the Add articles page, which checks the worker's messages, does not carry it.
 */
import type { Deck } from '../deck/schema';
import type { ArticleInput } from '../generator';

/** Asks for a deck from `sources` (new articles), merged with `known` (a deck's current articles). */
export interface GenerateRequest {
	type: 'generate';
	runId: number;
	deckId: string;
	title?: string;
	sources: ArticleInput[];
	known?: ArticleInput[];
	/** Fixed clock (ms) for reproducible decks. */
	now?: number;
}

/** What the worker is doing: reading each new source, then merging them all into one deck. */
export type GenerateStage = 'reading' | 'merging';

/** A source that gave no deck, and why, in a sentence naming it. */
export interface FailedSource {
	sourceId: string;
	name: string;
	reason: string;
}

export type WorkerMessage =
	| {
			type: 'progress';
			runId: number;
			stage: GenerateStage;
			/** New sources read so far, out of `total`. */
			done: number;
			total: number;
			/** The source being read. */
			current?: string;
	  }
	| {
			type: 'done';
			runId: number;
			/** Null when no source gave a card. */
			deck: Deck | null;
			failed: FailedSource[];
			warnings: string[];
	  }
	| { type: 'error'; runId: number; message: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isArticle = (x: unknown): x is ArticleInput =>
	isObject(x) &&
	typeof x.text === 'string' &&
	['id', 'title', 'url', 'publisher', 'date', 'file'].every(
		(k) => x[k] === undefined || typeof x[k] === 'string'
	);
const isRunId = (x: unknown): x is number => Number.isSafeInteger(x);

/** Whether a message is a well-formed request (the worker ignores anything else). */
export function isGenerateRequest(x: unknown): x is GenerateRequest {
	return (
		isObject(x) &&
		x.type === 'generate' &&
		isRunId(x.runId) &&
		typeof x.deckId === 'string' &&
		x.deckId.length > 0 &&
		(x.title === undefined || typeof x.title === 'string') &&
		Array.isArray(x.sources) &&
		x.sources.every(isArticle) &&
		(x.known === undefined || (Array.isArray(x.known) && x.known.every(isArticle))) &&
		(x.now === undefined || Number.isFinite(x.now))
	);
}

/** Whether a message is one the worker sends (the page ignores anything else). */
export function isWorkerMessage(x: unknown): x is WorkerMessage {
	if (!isObject(x) || !isRunId(x.runId)) return false;
	switch (x.type) {
		case 'progress':
			return (
				(x.stage === 'reading' || x.stage === 'merging') &&
				Number.isInteger(x.done) &&
				Number.isInteger(x.total) &&
				(x.current === undefined || typeof x.current === 'string')
			);
		case 'done':
			return (
				(x.deck === null || isObject(x.deck)) &&
				Array.isArray(x.failed) &&
				Array.isArray(x.warnings)
			);
		case 'error':
			return typeof x.message === 'string';
		default:
			return false;
	}
}
