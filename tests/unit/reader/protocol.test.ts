/** The generator worker's message protocol: what it accepts, what it sends, and the run it makes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/lib/generator';
import {
	isGenerateRequest,
	isWorkerMessage,
	type GenerateRequest,
	type WorkerMessage
} from '../../../src/lib/reader/protocol';
import { runGeneration } from '../../../src/lib/reader/run-generation';

const article = (name: string): ArticleInput => ({
	id: `src-${name}`,
	file: `${name}.txt`,
	text: readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8')
});
const NO_FACTS: ArticleInput = {
	id: 'src-empty',
	file: 'weather.txt',
	text: 'It rained. Then it did not.'
};

function run(request: Omit<GenerateRequest, 'type' | 'runId' | 'deckId'>) {
	const messages: WorkerMessage[] = [];
	runGeneration({
		request: { type: 'generate', runId: 7, deckId: 'deck-x', now: 0, ...request },
		post: (m) => messages.push(structuredClone(m))
	});
	return messages;
}

describe('isGenerateRequest', () => {
	const good: GenerateRequest = {
		type: 'generate',
		runId: 1,
		deckId: 'd',
		sources: [{ text: 'Hello.', file: 'a.txt' }]
	};
	it('accepts a well-formed request, with or without known sources', () => {
		expect(isGenerateRequest(good)).toBe(true);
		expect(
			isGenerateRequest({ ...good, known: [{ text: 'x', id: 's' }], title: 'T', now: 5 })
		).toBe(true);
	});
	it.each([
		['null', null],
		['another type', { ...good, type: 'stop' }],
		['a run id that is not an integer', { ...good, runId: 1.5 }],
		['no deck id', { ...good, deckId: '' }],
		['sources that are not articles', { ...good, sources: [{ text: 3 }] }],
		['an article with a number for a title', { ...good, sources: [{ text: 'a', title: 1 }] }],
		['known sources that are not a list', { ...good, known: 'x' }],
		['a clock that is not a number', { ...good, now: 'today' }]
	])('refuses %s', (_label, value) => {
		expect(isGenerateRequest(value)).toBe(false);
	});
});

describe('isWorkerMessage', () => {
	it('accepts progress, done and error messages', () => {
		expect(
			isWorkerMessage({ type: 'progress', runId: 1, stage: 'reading', done: 0, total: 2 })
		).toBe(true);
		expect(isWorkerMessage({ type: 'done', runId: 1, deck: null, failed: [], warnings: [] })).toBe(
			true
		);
		expect(isWorkerMessage({ type: 'error', runId: 1, message: 'boom' })).toBe(true);
	});
	it('refuses anything else', () => {
		expect(
			isWorkerMessage({ type: 'progress', runId: 1, stage: 'sleeping', done: 0, total: 2 })
		).toBe(false);
		expect(isWorkerMessage({ type: 'done', runId: 1, deck: null })).toBe(false);
		expect(isWorkerMessage({ type: 'error', message: 'no run' })).toBe(false);
		expect(isWorkerMessage('done')).toBe(false);
	});
});

describe('runGeneration', () => {
	it('reports each source read, then the merge, then one deck citing both sources', () => {
		const messages = run({ sources: [article('treaty-a'), article('treaty-b')] });
		expect(messages.every(isWorkerMessage)).toBe(true);
		expect(messages.every((m) => m.runId === 7)).toBe(true);
		const progress = messages.filter((m) => m.type === 'progress');
		expect(progress.map((m) => [m.stage, m.done, m.total, m.current])).toEqual([
			['reading', 0, 2, 'treaty-a.txt'],
			['reading', 1, 2, 'treaty-b.txt'],
			['reading', 2, 2, undefined],
			['merging', 2, 2, undefined]
		]);
		const done = messages.at(-1)!;
		if (done.type !== 'done') throw new Error(`ended with ${done.type}`);
		expect(done.failed).toEqual([]);
		expect(done.deck!.id).toBe('deck-x');
		const cited = new Set(done.deck!.cards.flatMap((c) => c.citations.map((x) => x.source)));
		expect(cited).toEqual(new Set(['src-treaty-a', 'src-treaty-b']));
	});

	it('names a source with no facts, leaves it out, and still makes the others', () => {
		const messages = run({ sources: [NO_FACTS, article('cup-final')] });
		const done = messages.at(-1)!;
		if (done.type !== 'done') throw new Error(`ended with ${done.type}`);
		expect(done.failed).toEqual([
			{ sourceId: 'src-empty', name: 'weather.txt', reason: 'no facts found in weather.txt' }
		]);
		expect(done.deck!.sources.map((s) => s.id)).toEqual(['src-cup-final']);
		// One good source and nothing known: its own deck, no second pass.
		expect(messages.some((m) => m.type === 'progress' && m.stage === 'merging')).toBe(false);
	});

	it('gives no deck when no source has facts', () => {
		const done = run({ sources: [NO_FACTS] }).at(-1)!;
		expect(done).toMatchObject({ type: 'done', deck: null, failed: [{ sourceId: 'src-empty' }] });
	});

	it('merges new sources with the known ones, keeping the known ids', () => {
		const messages = run({ sources: [article('treaty-b')], known: [article('treaty-a')] });
		const progress = messages.filter((m) => m.type === 'progress');
		expect(progress.at(0)).toMatchObject({ stage: 'reading', done: 0, total: 1 });
		expect(progress.at(-1)).toMatchObject({ stage: 'merging' });
		const done = messages.at(-1)!;
		if (done.type !== 'done') throw new Error(`ended with ${done.type}`);
		expect(done.deck!.sources.map((s) => s.id)).toEqual(['src-treaty-a', 'src-treaty-b']);
	});

	it('turns a generator failure into one error message', () => {
		const messages: WorkerMessage[] = [];
		runGeneration({
			request: { type: 'generate', runId: 3, deckId: 'd', sources: [{ text: 'x' }] },
			post: (m) => messages.push(m),
			generate: () => {
				throw new Error('out of memory');
			}
		});
		expect(messages.at(-1)).toEqual({ type: 'error', runId: 3, message: 'out of memory' });
	});
});
