/**
 * The generator worker's whole job (generate.worker.ts), kept out of the worker so Node tests can run
 * it, and out of protocol.ts so the page that talks to the worker does not load the generator.
 */
import type { Deck } from '../deck/schema';
import { generateDeck, type ArticleInput, type GenerateOptions } from '../generator';
import type { FailedSource, GenerateRequest, WorkerMessage } from './protocol';

/** A source's name in messages: its file, its title, or "Pasted text". */
export const sourceName = (s: ArticleInput) => s.file ?? s.title ?? 'Pasted text';

/**
 * Runs one request: each new source on its own (progress per source; a source with no facts is
 * reported and left out), then all good ones with the known ones into one deck.
 */
export function runGeneration({
	request,
	post,
	generate = generateDeck
}: {
	request: GenerateRequest;
	post: (message: WorkerMessage) => void;
	generate?: (o: GenerateOptions) => ReturnType<typeof generateDeck>;
}): void {
	const { runId, deckId, title, sources, known = [] } = request;
	const now = request.now === undefined ? undefined : new Date(request.now);
	const total = sources.length;
	try {
		const good: ArticleInput[] = [];
		const failed: FailedSource[] = [];
		const warnings: string[] = [];
		let single: Deck | null = null;
		for (const [done, source] of sources.entries()) {
			post({ type: 'progress', runId, stage: 'reading', done, total, current: sourceName(source) });
			const result = generate({ sources: [source], deckId, title, now });
			if (result.deck.cards.length === 0) {
				const name = sourceName(source);
				failed.push({
					sourceId: result.deck.sources[0]?.id ?? '',
					name,
					reason: `no facts found in ${name}`
				});
				continue;
			}
			good.push(source);
			single = result.deck;
		}
		post({ type: 'progress', runId, stage: 'reading', done: total, total });
		let deck: Deck | null = null;
		if (good.length === 1 && known.length === 0) deck = single;
		else if (good.length > 0) {
			post({ type: 'progress', runId, stage: 'merging', done: total, total });
			const result = generate({ sources: [...known, ...good], deckId, title, now });
			deck = result.deck;
			warnings.push(...result.warnings.filter((w) => !w.startsWith('no facts found')));
		}
		post({ type: 'done', runId, deck, failed, warnings });
	} catch (error) {
		post({ type: 'error', runId, message: (error as Error)?.message ?? String(error) });
	}
}
