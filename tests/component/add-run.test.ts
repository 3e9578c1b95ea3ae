/**
 * The page's side of the generator's worker (a stand-in worker here; the real one runs in Chromium in
 * tests/e2e/add-articles.test.ts): the request it sends, progress shown, Cancel terminating the worker,
 * answers of an old run ignored, failures and empty results said plainly.
 */
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	isGenerateRequest,
	type GenerateRequest,
	type WorkerMessage
} from '../../src/lib/reader/protocol';
import { addArticles } from '../../src/lib/state/add-articles.svelte';
import { reviewDeck } from '../../src/lib/state/review-deck.svelte';
import RunProgress from '../../src/routes/add/RunProgress.svelte';
import SourceList from '../../src/routes/add/SourceList.svelte';
import { makeDeck } from '../fixtures/deck';

/** Stands in for the generator's worker: records requests, answers when told. */
class FakeWorker {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	requests: GenerateRequest[] = [];
	terminated = false;
	postMessage(request: GenerateRequest) {
		this.requests.push(structuredClone(request));
	}
	terminate() {
		this.terminated = true;
	}
	send(message: WorkerMessage | Record<string, unknown>) {
		flushSync(() => this.onmessage?.({ data: message } as MessageEvent));
	}
}

let workers: FakeWorker[] = [];
const latest = () => workers.at(-1)!;
const ARTICLE =
	'Mayor Ana Ruiz opened the bridge in Porto Alto on Monday. It cost 40 million euros.';

beforeEach(() => {
	workers = [];
	addArticles.createWorker = async () => {
		const worker = new FakeWorker();
		workers.push(worker);
		return worker as unknown as Worker;
	};
	addArticles.reset();
	reviewDeck.clear();
	addArticles.paste = ARTICLE;
	addArticles.addPasted({ title: 'Bridge' });
});
afterEach(() => addArticles.cancel());

async function start() {
	render(SourceList);
	render(RunProgress);
	await fireEvent.click(screen.getByRole('button', { name: 'Make cards' }));
	await expect.poll(() => workers.length).toBe(1);
	return latest();
}

describe('a run of the generator', () => {
	it('sends one well-formed request with the articles and their metadata', async () => {
		const worker = await start();
		expect(worker.requests).toHaveLength(1);
		const [request] = worker.requests;
		expect(isGenerateRequest(request)).toBe(true);
		expect(request.sources).toEqual([
			expect.objectContaining({
				text: ARTICLE,
				title: 'Bridge',
				id: expect.stringMatching(/^src-/)
			})
		]);
		expect(request.known).toEqual([]);
	});

	it('shows the stage and the sources done, and ignores messages of another run', async () => {
		const worker = await start();
		const runId = worker.requests[0].runId;
		worker.send({
			type: 'progress',
			runId,
			stage: 'reading',
			done: 0,
			total: 1,
			current: 'Pasted text'
		});
		expect(screen.getByLabelText('Reading Pasted text (1 of 1)')).toBeInTheDocument();
		worker.send({ type: 'progress', runId: runId + 99, stage: 'merging', done: 1, total: 1 });
		worker.send({ type: 'nonsense', runId });
		expect(screen.getByText('0 of 1 articles read')).toBeInTheDocument();
		worker.send({ type: 'progress', runId, stage: 'merging', done: 1, total: 1 });
		expect(screen.getByLabelText('Merging facts across the article')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Make cards' })).toBeDisabled();
	});

	it('Cancel terminates the worker, keeps the articles, and a late answer changes nothing', async () => {
		const worker = await start();
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(worker.terminated).toBe(true);
		expect(screen.getByRole('status')).toHaveTextContent('Cancelled: nothing was saved.');
		expect(screen.queryByRole('progressbar')).toBeNull();
		worker.send({
			type: 'done',
			runId: worker.requests[0].runId,
			deck: makeDeck(),
			failed: [],
			warnings: []
		});
		expect(reviewDeck.generated).toBeNull();
		expect(addArticles.ready).toHaveLength(1);
	});

	it('says when no article had facts, naming each', async () => {
		const worker = await start();
		const [request] = worker.requests;
		const sourceId = request.sources[0].id!;
		worker.send({
			type: 'done',
			runId: request.runId,
			deck: null,
			failed: [{ sourceId, name: 'Pasted text', reason: 'no facts found in Pasted text' }],
			warnings: []
		});
		expect(worker.terminated).toBe(true);
		expect(screen.getByText('no facts found in Pasted text')).toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent('No facts were found in these articles');
		expect(reviewDeck.generated).toBeNull();
	});

	it('reports a failure in the worker, and opens the review with a deck', async () => {
		let worker = await start();
		worker.send({ type: 'error', runId: worker.requests[0].runId, message: 'out of memory' });
		expect(screen.getByRole('status')).toHaveTextContent(
			'The generator failed: out of memory. Nothing was saved.'
		);
		await fireEvent.click(screen.getByRole('button', { name: 'Make cards' }));
		await expect.poll(() => workers.length).toBe(2);
		worker = latest();
		const deck = makeDeck({ id: worker.requests[0].deckId });
		worker.send({ type: 'done', runId: worker.requests[0].runId, deck, failed: [], warnings: [] });
		expect(reviewDeck.generated?.id).toBe(deck.id);
		expect(reviewDeck.items).toHaveLength(deck.cards.length);
	});

	it('names refused files with their reasons, and says how an old encoding was read', async () => {
		await addArticles.addFiles([
			new File(
				[new Uint8Array([0x49, 0x74, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35, 0x2e])],
				'old.txt',
				{
					type: 'text/plain'
				}
			),
			new File([''], 'empty.txt', { type: 'text/plain' }),
			new File(['a,b'], 'table.csv', { type: 'text/csv' })
		]);
		render(SourceList);
		expect(screen.getByText('empty.txt is empty')).toBeInTheDocument();
		expect(screen.getByText(/^table\.csv is a \.csv file/)).toBeInTheDocument();
		expect(
			screen.getByText('old.txt is not valid UTF-8; read as Windows-1252')
		).toBeInTheDocument();
		expect(addArticles.ready.at(-1)?.article?.text).toBe('It cost £5.');
	});
});
