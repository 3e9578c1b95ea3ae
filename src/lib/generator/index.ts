/**
 * The generator: articles in, a cited deck out.
 * clean → segment → find → extract → merge → write cards → cite. Pure TypeScript (Node and browser).
 */
import { DECK_FORMAT, DECK_VERSION, stableId, type Deck } from '../deck';

/** One article as a user gives it: the text, and what they know about it. */
export interface ArticleInput {
	text: string;
	id?: string;
	title?: string;
	url?: string;
	publisher?: string;
	/** ISO date YYYY-MM-DD. */
	date?: string;
	file?: string;
}

export interface GenerateOptions {
	sources: ArticleInput[];
	title?: string;
	deckId?: string;
	/** Fixed clock for reproducible output (createdAt). */
	now?: Date;
}

export interface GenerateStats {
	sources: number;
	sentences: number;
	mentions: number;
	facts: number;
	cards: number;
	conflicts: number;
	ms: number;
}

export interface GenerateResult {
	deck: Deck;
	stats: GenerateStats;
	warnings: string[];
}

/** Turns articles into a deck of cited cards. */
export function generateDeck({ sources, title, deckId, now }: GenerateOptions): GenerateResult {
	const t0 = performance.now();
	const deckSources = sources.map((s, i) => ({
		id: s.id ?? stableId('src', s.text) + (i ? '' : ''),
		title: s.title ?? '',
		text: s.text
	}));
	const deck: Deck = {
		format: DECK_FORMAT,
		version: DECK_VERSION,
		id: deckId ?? stableId('deck', ...deckSources.map((s) => s.id)),
		title: title ?? 'Untitled deck',
		createdAt: (now ?? new Date()).toISOString(),
		sources: deckSources,
		cards: [],
		conflicts: []
	};
	const ms = performance.now() - t0;
	return {
		deck,
		stats: {
			sources: sources.length,
			sentences: 0,
			mentions: 0,
			facts: 0,
			cards: 0,
			conflicts: 0,
			ms
		},
		warnings: []
	};
}
